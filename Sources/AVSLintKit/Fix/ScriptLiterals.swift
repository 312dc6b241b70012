/// How a fix writes a string or a property name into JavaScript or
/// TypeScript source: JavaScript's own escaping, not YAML's (`'it\'s'`, not
/// `'it''s'`), in the literal's own quotes (single, double or a template
/// without substitutions), and an unquoted identifier key that stays an
/// identifier when the new name is one.
enum ScriptLiterals {
    /// The literal that writes `value` in place of the token at `range`.
    /// - Parameters:
    ///   - value: the new string or property name.
    ///   - range: the old token's bytes (a string, template, identifier or number).
    ///   - isString: true when the old token is a string value or key (the
    ///     loader gives JavaScript template literals and identifier keys the
    ///     plain style, so the first byte tells them apart).
    ///   - bytes: the file.
    /// - Returns: nil when the range is empty or outside the file.
    static func replacement(for value: String, at range: Range<Int>, isString: Bool, in bytes: [UInt8]) -> String? {
        guard !range.isEmpty, range.upperBound <= bytes.count, range.lowerBound >= 0 else { return nil }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "'"): return quote(value, with: "'")
        case UInt8(ascii: "\""): return quote(value, with: "\"")
        case UInt8(ascii: "`"): return template(value)
        default:
            // An identifier key stays one; anything else (a numeric key, a
            // number or keyword value) becomes a double-quoted string.
            if isString, isIdentifierName(bytes[range]), isIdentifierName(Array(value.utf8)[...]) { return value }
            return quote(value, with: "\"")
        }
    }

    /// `value` as a JavaScript string literal in `quote` (`'` or `"`): the
    /// quote and `\` escaped with a backslash, line terminators and other
    /// control characters as escapes, everything else raw.
    static func quote(_ value: String, with quote: Character) -> String {
        var out = String(quote)
        for scalar in value.unicodeScalars {
            if scalar == "\\" {
                out += "\\\\"
            } else if Character(scalar) == quote {
                out += "\\" + String(quote)
            } else if let escape = controlEscape(scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        out.append(quote)
        return out
    }

    /// `value` as a template literal with no substitution: `` ` ``, `\` and
    /// the `$` of `${` escaped, line breaks written as escapes so the
    /// literal stays on its line.
    static func template(_ value: String) -> String {
        var out = "`"
        let scalars = Array(value.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\\" || scalar == "`" {
                out += "\\" + String(scalar)
            } else if scalar == "$", i + 1 < scalars.count, scalars[i + 1] == "{" {
                out += "\\$"
            } else if let escape = controlEscape(scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "`"
    }

    /// The escape of a control character or line terminator, or nil for
    /// a character written raw.
    private static func controlEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0B}": return "\\v"
        case "\u{0C}": return "\\f"
        case "\u{2028}": return "\\u2028"
        case "\u{2029}": return "\\u2029"
        default:
            guard scalar.value < 0x20 || scalar.value == 0x7F else { return nil }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// True for an ASCII identifier name (`[A-Za-z_$][A-Za-z0-9_$]*`);
    /// reserved words are valid property names. Non-ASCII names are quoted.
    static func isIdentifierName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
        }
    }
}
