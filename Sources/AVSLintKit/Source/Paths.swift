/// `/`-separated path arithmetic on strings, with no file-system access.
public enum Paths {
    /// `path` made absolute against `folder` (an absolute folder), with `.`
    /// and `..` segments and repeated slashes resolved.
    public static func absolute(_ path: String, in folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        var result = ""
        for segment in segments { result += "/" + segment }
        return result.isEmpty ? "/" : result
    }

    /// `path` relative to `folder` (both absolute and resolved), or nil when
    /// it is not inside it.
    public static func relative(_ path: String, to folder: String) -> String? {
        if folder == "/" { return String(path.dropFirst()) }
        if path == folder { return "" }
        guard path.hasPrefix(folder), path.utf8.dropFirst(folder.utf8.count).first == UInt8(ascii: "/") else { return nil }
        return String(path.dropFirst(folder.count + 1))
    }

    /// The folder holding `path`, or nil at the top. Counts and searches
    /// bytes, not characters: it runs for every file of a walk.
    public static func parentFolder(of path: String) -> String? {
        // The common case first: "folder/name", with no trailing slash.
        let bytes = path.utf8
        if let last = bytes.last, last != UInt8(ascii: "/"), let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
           slash != bytes.startIndex {
            return String(path[..<slash])
        }
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return trimmed == "." || trimmed == ".." || trimmed.isEmpty ? (trimmed == "." ? ".." : nil) : "."
        }
        if slash == trimmed.startIndex { return trimmed == "/" ? nil : "/" }
        return String(trimmed[..<slash])
    }
}
