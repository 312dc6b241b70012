// MARK: - Errors

/// Turns what stands at the current byte into the finding that explains it.
extension JSONParser {
    /// The error for what stands where a value should start.
    func unexpectedValue() -> JSONSyntaxError {
        let o = scanner.offset
        if let special = misplacedToken(at: o) { return special }
        switch scanner.current {
        case UInt8(ascii: "+"): return JSONSyntaxError(.leadingPlus, o, o + 1)
        case UInt8(ascii: "."): return JSONSyntaxError(.leadingPoint, o, o + 1)
        default: break
        }
        let found = scanner.describe(at: o)
        if found.text == "'NaN'" || found.text == "'Infinity'" {
            return JSONSyntaxError(.notAllowed(literal: String(found.text.dropFirst().dropLast())), o, found.end)
        }
        return JSONSyntaxError(.expectedValue(found: found.text), o, found.end)
    }

    /// The error for what stands where a key should start.
    func unexpectedKey(afterComma: Bool) -> JSONSyntaxError {
        let o = scanner.offset
        if afterComma, scanner.current == UInt8(ascii: "}") {
            return JSONSyntaxError(.trailingCommaInObject, o, o + 1)
        }
        if let special = misplacedToken(at: o) { return special }
        let found = scanner.describe(at: o)
        if scanner.isWordByte(scanner.current), !scanner.isDigit(scanner.current) {
            return JSONSyntaxError(.unquotedKey(found: found.text), o, found.end)
        }
        return JSONSyntaxError(afterComma ? .expectedKey(found: found.text) : .expectedKeyOrBrace(found: found.text), o, found.end)
    }

    /// `reason` at the current byte, unless a comment stands there.
    func unexpected(_ reason: JSONSyntaxReason) -> JSONSyntaxError {
        let o = scanner.offset
        if scanner.commentStarts(at: o) { return JSONSyntaxError(.comment, o, o + 2) }
        return JSONSyntaxError(reason, o, scanner.describe(at: o).end)
    }

    /// A comment or a single-quoted string where a value or key should be.
    func misplacedToken(at o: Int) -> JSONSyntaxError? {
        if scanner.commentStarts(at: o) { return JSONSyntaxError(.comment, o, o + 2) }
        if scanner.current == UInt8(ascii: "'") { return JSONSyntaxError(.singleQuote, o, o + 1) }
        return nil
    }
}
