/// File paths as URIs, for SARIF's artifact locations.
enum FileURI {
    /// The `file://` URI of directory `path`, with a trailing slash.
    static func directory(_ path: String) -> String {
        let components = normalized(path)
        return "file://" + percentEncode("/" + components.joined(separator: "/")) + (components.isEmpty ? "" : "/")
    }

    /// Where `file` is, relative to `workingDirectory` when it lies under it
    /// (a percent-encoded relative reference, `isRelative` true), else as an
    /// absolute `file://` URI. Relative file names resolve against
    /// `workingDirectory`; `.` and `..` are resolved lexically.
    static func artifact(file: String, workingDirectory: String) -> (uri: String, isRelative: Bool) {
        let base = normalized(workingDirectory)
        let absolute = normalized(file.hasPrefix("/") ? file : workingDirectory + "/" + file)
        if absolute.count > base.count, Array(absolute.prefix(base.count)) == base {
            return (percentEncode(absolute.dropFirst(base.count).joined(separator: "/")), true)
        }
        return ("file://" + percentEncode("/" + absolute.joined(separator: "/")), false)
    }

    /// The components of absolute `path` with empty, `.` and `..` components resolved.
    static func normalized(_ path: String) -> [String] {
        var components: [String] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components
    }

    /// `path` with every byte other than ASCII letters, digits, `-._~` and `/`
    /// percent-encoded (UTF-8, uppercase hex).
    static func percentEncode(_ path: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".unicodeScalars)
        var out = String.UnicodeScalarView()
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(Unicode.Scalar(byte))
            default:
                out.append("%")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(out)
    }
}
