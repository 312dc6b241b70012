/// RFC 6901 JSON Pointer helpers.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        for character in token.unicodeScalars {
            switch character {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Appends an array index to a pointer.
    public static func appending(_ path: String, index: Int) -> String {
        path + "/" + String(index)
    }

    /// Appends a key to a pointer.
    public static func appending(_ path: String, key: String) -> String {
        path + "/" + escape(key)
    }
}
