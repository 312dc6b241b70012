/// A set of Unicode scalars for a `[...]` class, `.`, `\d`, `\w` or `\s` in
/// a `ScalarPattern`: an ASCII bitmap plus sorted, disjoint non-ASCII ranges.
struct ScalarSet: Sendable, Equatable {
    /// Scalar values from `lower` to `upper`, both included. A plain struct
    /// rather than `ClosedRange`, whose generic setup costs a lookup of its
    /// `Comparable` conformance at run time.
    struct Interval: Sendable, Equatable {
        var lower: UInt32
        var upper: UInt32

        init(_ lower: UInt32, _ upper: UInt32) {
            self.lower = lower
            self.upper = upper
        }

        /// The one scalar value `value`.
        init(_ value: UInt32) { self.init(value, value) }
    }

    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Non-ASCII ranges (lower bounds ≥ 0x80), sorted and disjoint.
    private var ranges: [Interval] = []

    /// The set of the given scalar ranges.
    init(_ input: [Interval]) {
        var wide: [Interval] = []
        for range in input {
            var lower = range.lower
            while lower <= range.upper && lower < 0x80 {
                if lower < 64 { low |= 1 << UInt64(lower) } else { high |= 1 << UInt64(lower - 64) }
                lower += 1
            }
            if lower <= range.upper { wide.append(Interval(lower, range.upper)) }
        }
        wide.sort { $0.lower < $1.lower }
        for range in wide {
            if let last = ranges.last, range.lower <= last.upper &+ 1 {
                ranges[ranges.count - 1] = Interval(last.lower, max(last.upper, range.upper))
            } else {
                ranges.append(range)
            }
        }
    }

    /// The set in its stored form: the ASCII bitmap halves and the sorted,
    /// disjoint non-ASCII ranges.
    init(low: UInt64, high: UInt64, ranges: [Interval]) {
        self.low = low
        self.high = high
        self.ranges = ranges
    }

    /// A Swift expression that builds this set (`SchemaProgramSource`).
    var swiftSource: String {
        "ScalarSet(low: \(low), high: \(high), ranges: "
            + SwiftSource.array(ranges) { "ScalarSet.Interval(\($0.lower), \($0.upper))" } + ")"
    }

    /// True when `scalar` is in the set.
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return low & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return high & (1 << UInt64(scalar - 64)) != 0 }
        return containsWide(scalar)
    }

    private func containsWide(_ scalar: UInt32) -> Bool {
        var lower = 0
        var upper = ranges.count
        while lower < upper {
            let middle = (lower + upper) / 2
            let range = ranges[middle]
            if scalar < range.lower { upper = middle } else if scalar > range.upper { lower = middle + 1 } else { return true }
        }
        return false
    }

    /// The complement of `ranges` over all scalar values.
    static func complement(_ input: [Interval]) -> [Interval] {
        let sorted = input.sorted { $0.lower < $1.lower }
        var result: [Interval] = []
        var next: UInt32 = 0
        for range in sorted {
            if range.lower > next { result.append(Interval(next, range.lower - 1)) }
            next = max(next, range.upper &+ 1)
        }
        if next <= 0x10FFFF { result.append(Interval(next, 0x10FFFF)) }
        return result
    }

    /// `\d`: ASCII digits only, as in ECMA-262.
    static let digitRanges: [Interval] = [Interval(0x30, 0x39)]
    /// `\w`: ASCII letters, digits and `_`, as in ECMA-262.
    static let wordRanges: [Interval] = [Interval(0x30, 0x39), Interval(0x41, 0x5A), Interval(0x5F), Interval(0x61, 0x7A)]
    /// `\s`: ECMA-262 WhiteSpace and LineTerminator (TAB, LF, VT, FF, CR,
    /// the Zs category, U+2028, U+2029 and U+FEFF).
    static let spaceRanges: [Interval] = [
        Interval(0x09, 0x0D), Interval(0x20), Interval(0xA0), Interval(0x1680), Interval(0x2000, 0x200A),
        Interval(0x2028, 0x2029), Interval(0x202F), Interval(0x205F), Interval(0x3000), Interval(0xFEFF),
    ]
    /// `.`: every scalar but the ECMA-262 line terminators (LF, CR, U+2028, U+2029).
    static let dot = ScalarSet(complement([Interval(0x0A), Interval(0x0D), Interval(0x2028, 0x2029)]))
}
