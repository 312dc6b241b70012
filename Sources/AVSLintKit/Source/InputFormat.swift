/// Which loader reads a file, chosen by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml
    case json
    case javascript

    /// The extensions avslint reads, as a problem message lists them.
    public static let extensionList = ".yaml, .yml, .json, .js, .mjs, .cjs, .ts, .mts or .vue"

    /// The format for a file name, or nil when avslint does not read that kind of file.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "js", "mjs", "cjs", "ts", "mts", "vue": self = .javascript
        default: return nil
        }
    }
}
