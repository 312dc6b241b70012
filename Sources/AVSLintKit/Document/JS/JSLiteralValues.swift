/// The values of JavaScript string and numeric literals.
extension JSTokenizer {
    // MARK: - Strings

    /// The cooked value of a string token or of a template without
    /// substitutions (quotes dropped, escapes decoded as JavaScript does).
    func stringValue(_ token: JSToken) -> String {
        let inner = (token.start + 1)..<(token.end - 1)
        if case .string(hasEscape: false) = token.kind { return text(inner) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var o = inner.lowerBound
        let end = inner.upperBound
        while o < end {
            let b = bytes[o]
            if token.kind == .template, b == 0x0D {
                // Template text normalises CR and CRLF to LF.
                out.append(0x0A)
                o += o + 1 < end && bytes[o + 1] == 0x0A ? 2 : 1
                continue
            }
            guard b == UInt8(ascii: "\\"), o + 1 < end else {
                out.append(b)
                o += 1
                continue
            }
            let e = bytes[o + 1]
            o += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case 0x0D:
                if o < end, bytes[o] == 0x0A { o += 1 }
            case 0x0A:
                break
            case UInt8(ascii: "x"):
                if let value = hexValue(o, count: 2, end: end) {
                    JSTokenizer.appendUTF8(value, to: &out)
                    o += 2
                } else {
                    out.append(e)
                }
            case UInt8(ascii: "u"):
                let (value, next) = unicodeEscape(at: o, end: end)
                JSTokenizer.appendUTF8(value, to: &out)
                o = next
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                // `\0` and legacy octal escapes, up to three digits (≤ 0o377).
                var value = UInt32(e - 0x30)
                var digits = 1
                while digits < 3, o < end, bytes[o] &- 0x30 < 8, value * 8 + UInt32(bytes[o] - 0x30) <= 0o377 {
                    value = value * 8 + UInt32(bytes[o] - 0x30)
                    o += 1
                    digits += 1
                }
                JSTokenizer.appendUTF8(value, to: &out)
            default:
                // Any other escaped character stands for itself (all of its UTF-8 bytes).
                out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `\u` escape whose `u` ends just before `o`: `XXXX` or `{X…}`; a
    /// surrogate pair written as two escapes combines, a lone surrogate is
    /// U+FFFD. Returns the value and where reading continues.
    private func unicodeEscape(at o: Int, end: Int) -> (UInt32, Int) {
        if o < end, bytes[o] == UInt8(ascii: "{") {
            var value: UInt32 = 0
            var k = o + 1
            while k < end, JSTokenizer.isHexDigit(bytes[k]), value <= 0x10FFFF {
                value = value * 16 + JSTokenizer.hexDigit(bytes[k])
                k += 1
            }
            guard k < end, bytes[k] == UInt8(ascii: "}"), value <= 0x10FFFF else { return (0xFFFD, k) }
            return ((0xD800...0xDFFF).contains(value) ? 0xFFFD : value, k + 1)
        }
        guard let unit = hexValue(o, count: 4, end: end) else { return (0xFFFD, o) }
        switch unit {
        case 0xD800...0xDBFF:
            if o + 10 <= end, bytes[o + 4] == UInt8(ascii: "\\"), bytes[o + 5] == UInt8(ascii: "u"),
               let low = hexValue(o + 6, count: 4, end: end), (0xDC00...0xDFFF).contains(low) {
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), o + 10)
            }
            return (0xFFFD, o + 4)
        case 0xDC00...0xDFFF:
            return (0xFFFD, o + 4)
        default:
            return (unit, o + 4)
        }
    }

    /// `count` hex digits at `index` (before `end`), or nil.
    private func hexValue(_ index: Int, count: Int, end: Int) -> UInt32? {
        guard index + count <= end else { return nil }
        var value: UInt32 = 0
        for k in 0..<count {
            guard JSTokenizer.isHexDigit(bytes[index + k]) else { return nil }
            value = value * 16 + JSTokenizer.hexDigit(bytes[index + k])
        }
        return value
    }

    static func hexDigit(_ b: UInt8) -> UInt32 {
        b &- 0x30 < 10 ? UInt32(b - 0x30) : UInt32((b | 0x20) - 0x61 + 10)
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else {
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            return
        }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    // MARK: - Numbers

    /// The value of a numeric token, or nil for one that is malformed
    /// (`1__0`, `0x`, `1e`), which a consumer could not have run either.
    /// `negative` applies a `-` written before it. Hex, octal and binary
    /// literals become decimal integers; a BigInt's `n` is dropped.
    func numberValue(_ token: JSToken, negative: Bool) -> Number? {
        var digits = Array(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
        if digits.last == UInt8(ascii: "n") { digits.removeLast() }
        guard !digits.isEmpty, digits.last != UInt8(ascii: "_") else { return nil }
        for k in digits.indices where digits[k] == UInt8(ascii: "_") {
            // A separator sits between two digits.
            guard k > 0, JSTokenizer.isHexDigit(digits[k - 1]), k + 1 < digits.count, JSTokenizer.isHexDigit(digits[k + 1]) else { return nil }
        }
        digits.removeAll { $0 == UInt8(ascii: "_") }
        var radix: UInt32 = 10
        var body = digits[...]
        if digits.count > 1, digits[0] == UInt8(ascii: "0") {
            switch digits[1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; body = digits[2...]
            case UInt8(ascii: "o"): radix = 8; body = digits[2...]
            case UInt8(ascii: "b"): radix = 2; body = digits[2...]
            default:
                // Legacy octal `017` when every digit is below 8; `019` is decimal.
                if digits.allSatisfy({ $0 &- 0x30 < 8 }) { radix = 8; body = digits[1...] }
            }
        }
        if radix != 10 {
            var values: [UInt32] = []
            for b in body {
                guard JSTokenizer.isHexDigit(b) else { return nil }
                let v = JSTokenizer.hexDigit(b)
                guard v < radix else { return nil }
                if v == 0, values.isEmpty { continue }
                values.append(v)
            }
            guard !body.isEmpty, values.count <= CoreSchema.maxRadixDigits else { return nil }
            return Number(integer: CoreSchema.decimalDigits(values, radix: radix), negative: negative)
        }
        var literal = String(decoding: digits, as: UTF8.self)
        if negative { literal = "-" + literal }
        return Number(decimal: literal)
    }
}
