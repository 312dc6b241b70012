/// `file://` URIs and the paths they name.
public enum DocumentURI {
    /// The path of a `file://` URI, percent-decoded; nil for another scheme.
    public static func path(of uri: String) -> String? {
        let prefix = "file://"
        guard uri.lowercased().hasPrefix(prefix) else { return nil }
        var rest = Substring(uri.dropFirst(prefix.count))
        // file://host/path: the host is dropped ("localhost" or empty in practice).
        if !rest.hasPrefix("/"), let slash = rest.firstIndex(of: "/") { rest = rest[slash...] }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        return percentDecode(rest)
    }

    /// The `file://` URI of an absolute path.
    public static func uri(ofPath path: String) -> String {
        "file://" + FileURI.percentEncode(path)
    }

    /// `text` with `%XX` sequences decoded as UTF-8 bytes.
    static func percentDecode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let high = hexValue(utf8[i + 1]), let low = hexValue(utf8[i + 2]) {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - 0x57
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - 0x37
        default: return nil
        }
    }
}
