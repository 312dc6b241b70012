/// Which loader reads a file, chosen by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml
    case json
    case javascript

    /// The extensions avslint reads, as a problem message lists them.
    public static let extensionList = ".yaml, .yml, .json, .js, .mjs, .cjs, .jsx, .ts, .mts, .tsx, .vue, .nvue or .uvue"

    /// The format for a file name, or nil when avslint does not read that kind of file.
    public init?(path: String) {
        // Bytes only: this runs for every file a walk finds.
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
              !bytes[dot...].contains(UInt8(ascii: "/")) else { return nil }
        // The extension, ASCII-lowercased, packed into one word (at most 4 bytes).
        var ext: UInt32 = 0
        var length = 0
        for byte in bytes[bytes.index(after: dot)...] {
            guard length < 4 else { return nil }
            ext = ext << 8 | UInt32(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            length += 1
        }
        guard let format = Self.byExtension.first(where: { $0.ext == ext })?.format else { return nil }
        self = format
    }

    /// The packed extensions (see `packed`) and their formats, made once.
    private static let byExtension: [(ext: UInt32, format: InputFormat)] = [
        (packed("yaml"), .yaml), (packed("yml"), .yaml), (packed("json"), .json),
        (packed("js"), .javascript), (packed("mjs"), .javascript), (packed("cjs"), .javascript),
        (packed("jsx"), .javascript), (packed("ts"), .javascript), (packed("mts"), .javascript), (packed("tsx"), .javascript),
        (packed("vue"), .javascript), (packed("nvue"), .javascript), (packed("uvue"), .javascript),
    ]

    /// An ASCII extension packed the way `init(path:)` packs one.
    private static func packed(_ ext: StaticString) -> UInt32 {
        var word: UInt32 = 0
        ext.withUTF8Buffer { for byte in $0 { word = word << 8 | UInt32(byte) } }
        return word
    }
}
