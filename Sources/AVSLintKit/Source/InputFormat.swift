/// Which loader reads a file, chosen by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml
    case json
    case javascript

    /// The extensions avslint reads, as a problem message lists them.
    public static let extensionList = ".yaml, .yml, .json, .js, .mjs, .cjs, .ts, .mts or .vue"

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
        switch ext {
        case Self.packed("yaml"), Self.packed("yml"): self = .yaml
        case Self.packed("json"): self = .json
        case Self.packed("js"), Self.packed("mjs"), Self.packed("cjs"), Self.packed("ts"), Self.packed("mts"),
             Self.packed("vue"):
            self = .javascript
        default: return nil
        }
    }

    /// An ASCII extension packed the way `init(path:)` packs one.
    private static func packed(_ ext: StaticString) -> UInt32 {
        var word: UInt32 = 0
        ext.withUTF8Buffer { for byte in $0 { word = word << 8 | UInt32(byte) } }
        return word
    }
}
