// MARK: - Strings

extension JSONScanner {
    /// Reads the string whose opening quote is at `offset` and returns its
    /// unescaped value; `offset` ends just past the closing quote.
    ///
    /// A string without escapes becomes a String straight from the buffer;
    /// only strings with a backslash go through `scratch`.
    mutating func scanString() throws(JSONSyntaxError) -> String {
        let quote = offset
        let n = bytes.count
        var o = quote + 1
        while o < n {
            let b = bytes[o]
            if b == 0x22 {
                offset = o + 1
                return text((quote + 1)..<o)
            }
            if b == 0x5C {
                return try scanEscapedString(quote: quote, from: o)
            }
            o = try stringByteEnd(b, at: o)
        }
        throw JSONSyntaxError(.unterminatedString, quote, quote + 1)
    }

    /// Where the string byte `b` at `o` (neither quote nor backslash) and
    /// the rest of its UTF-8 sequence end; throws for a control character or
    /// ill-formed UTF-8.
    @inline(__always)
    private func stringByteEnd(_ b: UInt8, at o: Int) throws(JSONSyntaxError) -> Int {
        if b >= 0x20, b < 0x80 { return o + 1 }
        if b < 0x20 { throw JSONSyntaxError(.controlCharacter(b), o, o + 1) }
        guard let end = UTF8Sequence.end(in: bytes, at: o) else {
            throw JSONSyntaxError(.invalidUTF8(b), o, o + 1)
        }
        return end
    }

    /// The slow path: copies runs of plain bytes and decoded escapes into
    /// `scratch`, starting at the first backslash `from`.
    private mutating func scanEscapedString(quote: Int, from first: Int) throws(JSONSyntaxError) -> String {
        let n = bytes.count
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<first]))
        var o = first
        var run = first
        while o < n {
            let b = bytes[o]
            if b == 0x22 {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<o]))
                offset = o + 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b != 0x5C {
                o = try stringByteEnd(b, at: o)
                continue
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<o]))
            guard o + 1 < n else { throw JSONSyntaxError(.unterminatedString, quote, quote + 1) }
            let escaped = bytes[o + 1]
            var next = o + 2
            switch escaped {
            case 0x22, 0x5C, 0x2F: scratch.append(escaped)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                let (scalar, end) = try unicodeEscape(at: o)
                appendUTF8(scalar)
                next = end
            default:
                let found = describe(at: o + 1)
                let shown = escaped >= 0x21 && escaped <= 0x7E
                    ? "'\\" + String(UnicodeScalar(escaped)) + "'"
                    : "'\\' followed by " + found.text
                throw JSONSyntaxError(.invalidEscape(found: shown), o, max(o + 2, found.end))
            }
            o = next
            run = next
        }
        throw JSONSyntaxError(.unterminatedString, quote, quote + 1)
    }

    /// Decodes `\uXXXX` at `o` (the backslash), combining a surrogate pair
    /// written as two escapes. JSON allows a lone surrogate escape, but a
    /// Swift String cannot hold one, so it becomes U+FFFD.
    private func unicodeEscape(at o: Int) throws(JSONSyntaxError) -> (UInt32, Int) {
        guard let unit = hex4(at: o + 2) else {
            throw JSONSyntaxError(.invalidUnicodeEscape, o, min(bytes.count, o + 6))
        }
        switch unit {
        case 0xD800...0xDBFF:
            if bytes.count >= o + 12, bytes[o + 6] == 0x5C, bytes[o + 7] == UInt8(ascii: "u"),
               let low = hex4(at: o + 8), (0xDC00...0xDFFF).contains(low) {
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), o + 12)
            }
            return (0xFFFD, o + 6)
        case 0xDC00...0xDFFF:
            return (0xFFFD, o + 6)
        default:
            return (unit, o + 6)
        }
    }

    /// Four hex digits at `index`, or nil.
    private func hex4(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let b = bytes[index + k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a valid scalar value to `scratch`.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (value >> 6)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (value >> 12)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (value >> 18)))
            scratch.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
