/// An exact decimal number, as written in the source.
///
/// The value is `digits × 10^exponent` with `digits` free of leading and
/// trailing zeros, so equal values have equal fields: `1`, `1.0` and `10e-1`
/// are the same number, and `9007199254740993` is not rounded. YAML's
/// `.inf` and `.nan` are the only non-finite values.
///
/// A final class rather than a struct: a scalar holds either a string or a
/// number, and boxing the (rarer, larger) number keeps every scalar of a big
/// document small. It is immutable, so sharing it is safe.
public final class Number: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Finite, infinite or not a number.
    public enum Kind: Sendable, Hashable {
        case finite, infinity, negativeInfinity, nan
    }

    /// Finite, infinite or not a number.
    public let kind: Kind
    /// True for a value below zero (never for zero).
    public let isNegative: Bool
    /// Significant decimal digits (ASCII), without leading or trailing zeros; empty for zero.
    public let digits: [UInt8]
    /// Power of ten applied to `digits`.
    public let exponent: Int
    /// The text a reader sees: the source text for decimal literals, the
    /// decimal value for YAML hex and octal integers.
    public let text: String
    /// True when the source wrote an integer (no fraction, no exponent).
    public let isIntegerLiteral: Bool

    /// Parses a decimal number: optional sign, digits with an optional
    /// fraction, an optional exponent (`-1.5e+3`, `.5`, `5.`). Returns nil
    /// for anything else. The text is kept as given.
    public convenience init?(decimal text: String) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var integerPart: [UInt8] = []
        var fractionPart: [UInt8] = []
        while let b = bytes.first, b >= 0x30, b <= 0x39 { integerPart.append(b); bytes = bytes.dropFirst() }
        var sawPoint = false
        if bytes.first == UInt8(ascii: ".") {
            sawPoint = true
            bytes = bytes.dropFirst()
            while let b = bytes.first, b >= 0x30, b <= 0x39 { fractionPart.append(b); bytes = bytes.dropFirst() }
        }
        guard !integerPart.isEmpty || !fractionPart.isEmpty else { return nil }
        var exponent = 0
        var sawExponent = false
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            sawExponent = true
            bytes = bytes.dropFirst()
            var expNegative = false
            if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                expNegative = s == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard let d = bytes.first, d >= 0x30, d <= 0x39 else { return nil }
            while let b = bytes.first, b >= 0x30, b <= 0x39 {
                // Saturate: an exponent this large already means overflow or zero.
                if exponent < 1_000_000_000 { exponent = exponent * 10 + Int(b - 0x30) }
                bytes = bytes.dropFirst()
            }
            if expNegative { exponent = -exponent }
        }
        guard bytes.isEmpty else { return nil }
        self.init(negative: negative, digits: integerPart + fractionPart, exponent: exponent - fractionPart.count,
                  text: text, isIntegerLiteral: !sawPoint && !sawExponent)
    }

    /// An integer from its decimal digits (used for YAML hex and octal).
    public convenience init(integer magnitude: [UInt8], negative: Bool) {
        let digits = String(decoding: magnitude.drop { $0 == 0x30 }, as: UTF8.self)
        let text = (negative && !digits.isEmpty ? "-" : "") + (digits.isEmpty ? "0" : digits)
        self.init(negative: negative, digits: Array(magnitude), exponent: 0, text: text, isIntegerLiteral: true)
    }

    /// A non-finite value (YAML `.inf`, `-.inf`, `.nan`).
    public init(special kind: Kind, text: String) {
        self.kind = kind
        isNegative = kind == .negativeInfinity
        digits = []
        exponent = 0
        self.text = text
        isIntegerLiteral = false
    }

    private init(negative: Bool, digits raw: [UInt8], exponent: Int, text: String, isIntegerLiteral: Bool) {
        var start = 0
        while start < raw.count, raw[start] == 0x30 { start += 1 }
        var end = raw.count
        var exp = exponent
        while end > start, raw[end - 1] == 0x30 { end -= 1; exp += 1 }
        kind = .finite
        digits = Array(raw[start..<end])
        isNegative = negative && !digits.isEmpty
        self.exponent = digits.isEmpty ? 0 : exp
        self.text = text
        self.isIntegerLiteral = isIntegerLiteral
    }

    /// True for a finite number with no fractional part (`1.0` is an integer).
    public var isInteger: Bool { kind == .finite && exponent >= 0 }

    /// True for zero.
    public var isZero: Bool { kind == .finite && digits.isEmpty }

    /// The nearest Double (what JavaScript holds).
    public var doubleValue: Double {
        switch kind {
        case .infinity: return .infinity
        case .negativeInfinity: return -.infinity
        case .nan: return .nan
        case .finite:
            if digits.isEmpty { return 0 }
            let string = (isNegative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e\(exponent)"
            return Double(string) ?? (isNegative ? -.infinity : .infinity)
        }
    }

    /// The value as an Int when it is an integer that fits.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 19 else { return nil }
        var value = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(d - 0x30))
            if o1 || o2 { return nil }
            value = a
        }
        for _ in 0..<exponent {
            let (m, o) = value.multipliedReportingOverflow(by: 10)
            if o { return nil }
            value = m
        }
        return isNegative ? -value : value
    }

    /// The number of digits before the decimal point (magnitude order); zero
    /// has none.
    private var order: Int { digits.count + exponent }

    /// Compares magnitudes exactly, ignoring sign.
    private static func compareMagnitude(_ a: Number, _ b: Number) -> Int {
        if a.digits.isEmpty || b.digits.isEmpty {
            return a.digits.isEmpty ? (b.digits.isEmpty ? 0 : -1) : 1
        }
        if a.order != b.order { return a.order < b.order ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let x = i < a.digits.count ? a.digits[i] : 0x30
            let y = i < b.digits.count ? b.digits[i] : 0x30
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`; nil when either is NaN.
    public static func compare(_ a: Number, _ b: Number) -> Int? {
        if a.kind == .nan || b.kind == .nan { return nil }
        func rank(_ n: Number) -> Int {
            switch n.kind {
            case .negativeInfinity: return -2
            case .infinity: return 2
            default: return 0
            }
        }
        if rank(a) != 0 || rank(b) != 0 {
            return rank(a) == rank(b) ? 0 : (rank(a) < rank(b) ? -1 : 1)
        }
        if a.isNegative != b.isNegative { return a.isNegative ? -1 : 1 }
        let magnitude = compareMagnitude(a, b)
        return a.isNegative ? -magnitude : magnitude
    }

    public static func == (lhs: Number, rhs: Number) -> Bool {
        lhs.kind == rhs.kind && lhs.isNegative == rhs.isNegative && lhs.digits == rhs.digits && lhs.exponent == rhs.exponent
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(isNegative)
        hasher.combine(digits)
        hasher.combine(exponent)
    }

    public static func < (lhs: Number, rhs: Number) -> Bool {
        compare(lhs, rhs) == -1
    }

    public var description: String { text }
}
