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
        var ext: [UInt8] = []
        for byte in bytes[bytes.index(after: dot)...] {
            guard ext.count < 4 else { return nil }
            ext.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        switch String(decoding: ext, as: UTF8.self) {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "js", "mjs", "cjs", "ts", "mts", "vue": self = .javascript
        default: return nil
        }
    }
}
