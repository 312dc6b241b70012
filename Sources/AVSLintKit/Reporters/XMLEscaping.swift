/// Escaping for the XML reporters (JUnit, checkstyle).
enum XMLEscaping {
    /// `text` made safe in an attribute value or element content: the five
    /// predefined entities, and characters that XML 1.0 forbids replaced
    /// with U+FFFD.
    ///
    /// - Parameters:
    ///   - text: the text to escape.
    ///   - literalLineBreaks: keep LF and tab as they are (multi-line element
    ///     content); otherwise LF, CR and tab become character references so
    ///     that attribute-value normalisation keeps them.
    static func escape(_ text: String, literalLineBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x09, 0x0A:
                if literalLineBreaks {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += scalar.value == 0x09 ? "&#9;" : "&#10;"
                }
            case 0x0D: out += "&#13;"
            case 0x00..<0x20, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
