/// A set of Unicode scalars for a `[...]` class, `.`, `\d`, `\w` or `\s` in
/// a `ScalarPattern`: an ASCII bitmap plus sorted, disjoint non-ASCII ranges.
struct ScalarSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Non-ASCII ranges (lower bounds ≥ 0x80), sorted and disjoint.
    private var ranges: [ClosedRange<UInt32>] = []

    /// The set of the given scalar ranges.
    init(_ input: [ClosedRange<UInt32>]) {
        var wide: [ClosedRange<UInt32>] = []
        for range in input {
            var lower = range.lowerBound
            while lower <= range.upperBound && lower < 0x80 {
                if lower < 64 { low |= 1 << UInt64(lower) } else { high |= 1 << UInt64(lower - 64) }
                lower += 1
            }
            if lower <= range.upperBound { wide.append(lower...range.upperBound) }
        }
        wide.sort { $0.lowerBound < $1.lowerBound }
        for range in wide {
            if let last = ranges.last, range.lowerBound <= last.upperBound &+ 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
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
            if scalar < range.lowerBound { upper = middle } else if scalar > range.upperBound { lower = middle + 1 } else { return true }
        }
        return false
    }

    /// The complement of `ranges` over all scalar values.
    static func complement(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in sorted {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = max(next, range.upperBound &+ 1)
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }

    /// `\d`: ASCII digits only, as in ECMA-262.
    static let digitRanges: [ClosedRange<UInt32>] = [0x30...0x39]
    /// `\w`: ASCII letters, digits and `_`, as in ECMA-262.
    static let wordRanges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    /// `\s`: ECMA-262 WhiteSpace and LineTerminator (TAB, LF, VT, FF, CR,
    /// the Zs category, U+2028, U+2029 and U+FEFF).
    static let spaceRanges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]
    /// `.`: every scalar but the ECMA-262 line terminators (LF, CR, U+2028, U+2029).
    static let dot = ScalarSet(complement([0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]))
}
