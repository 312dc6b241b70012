/// YAML 1.2 core schema resolution of scalar text.
///
/// Plain scalars resolve to null, bool, int or float when their text matches
/// the core schema's patterns exactly, and to a string otherwise: `yes`,
/// `on` and `1_000` are strings, `0o17` is 15, `0x1F` is 31.
enum CoreSchema {
    /// Hex and octal literals longer than this many digits stay strings:
    /// converting them to decimal costs time quadratic in their length.
    static let maxRadixDigits = 10_000

    /// The value of plain scalar `text` (`bytes` are its UTF-8).
    static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> ScalarValue {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isNull(bytes) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = bool(bytes) { return .bool(value) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let number = integer(bytes, text: text) ?? float(bytes, text: text) { return .number(number) }
        default:
            break
        }
        return .string(text)
    }

    // MARK: - Patterns

    /// `~`, `null`, `Null`, `NULL` or empty.
    static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return matches(bytes, "null", "Null", "NULL")
        default: return false
        }
    }

    /// `true|True|TRUE|false|False|FALSE`.
    static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(bytes, "true", "True", "TRUE") { return true }
        if matches(bytes, "false", "False", "FALSE") { return false }
        return nil
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> Number? {
        let n = bytes.count
        guard n > 0 else { return nil }
        if n > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x") {
            let radix: UInt32 = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            var values: [UInt32] = []
            values.reserveCapacity(n - 2)
            for b in bytes[2...] {
                guard let v = digitValue(b), v < radix else { return nil }
                if v == 0 && values.isEmpty { continue }
                values.append(v)
            }
            guard values.count <= maxRadixDigits else { return nil }
            return Number(integer: decimalDigits(values, radix: radix), negative: false)
        }
        var i = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { i = 1 }
        guard i < n else { return nil }
        while i < n {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            i += 1
        }
        return Number(decimal: text)
    }

    /// The core schema's float forms: decimal with fraction and/or exponent,
    /// `[-+]?.inf` and `.nan` in their three spellings.
    static func float(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> Number? {
        var start = 0
        var negative = false
        if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
            negative = s == UInt8(ascii: "-")
            start = 1
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        if matches(rest, ".inf", ".Inf", ".INF") {
            return Number(special: negative ? .negativeInfinity : .infinity, text: text)
        }
        if start == 0, matches(rest, ".nan", ".NaN", ".NAN") {
            return Number(special: .nan, text: text)
        }
        // Number(decimal:) accepts exactly the core float (and int) pattern.
        for b in rest {
            switch b {
            case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                continue
            default:
                return nil
            }
        }
        return Number(decimal: text)
    }

    // MARK: - Helpers

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ a: StaticString, _ b: StaticString, _ c: StaticString) -> Bool {
        equal(bytes, a) || equal(bytes, b) || equal(bytes, c)
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<bytes.count where bytes[i] != w[i] { return false }
        return true
    }

    private static func digitValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    /// The decimal digits (ASCII) of the number whose base-`radix` digits are `values`.
    static func decimalDigits(_ values: [UInt32], radix: UInt32) -> [UInt8] {
        // Little-endian limbs in base 10^9.
        var limbs: [UInt64] = [0]
        let limbBase: UInt64 = 1_000_000_000
        for v in values {
            var carry = UInt64(v)
            for k in limbs.indices {
                let x = limbs[k] * UInt64(radix) + carry
                limbs[k] = x % limbBase
                carry = x / limbBase
            }
            if carry > 0 { limbs.append(carry) }
        }
        var out: [UInt8] = []
        for (k, limb) in limbs.reversed().enumerated() {
            var chunk: [UInt8] = []
            var x = limb
            repeat {
                chunk.append(UInt8(x % 10) + 0x30)
                x /= 10
            } while x > 0
            if k > 0 { while chunk.count < 9 { chunk.append(0x30) } }
            out.append(contentsOf: chunk.reversed())
        }
        return out
    }
}
