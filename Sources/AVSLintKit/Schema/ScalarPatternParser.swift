/// Parses the ECMAScript regular expression subset `ScalarPattern` runs:
/// `^`, `$`, literals, escaped punctuation, `\n \r \t \f`, `.`, classes
/// with ranges, `\d \w \s \D \W \S`, groups `( )` and `(?: )`, alternation
/// and the quantifiers `? * + {n} {n,} {n,m}` (lazy forms too). Anything
/// else, and anything the stdlib `Regex` might read differently, is nil.
struct ScalarPatternParser {
    /// The parsed tree.
    indirect enum Node {
        case empty
        case scalar(UInt32)
        case set(ScalarSet)
        case start
        case end
        case concatenation([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?)
    }

    private let scalars: [UInt32]
    private var index = 0
    /// The largest bound a `{n,m}` quantifier may have.
    static let maximumCount = 1000

    /// Parses `source`; nil when it leaves the subset.
    static func parse(_ source: String) -> Node? {
        var parser = ScalarPatternParser(scalars: source.unicodeScalars.map(\.value))
        guard let node = parser.alternation(), parser.index == parser.scalars.count else { return nil }
        return node
    }

    private init(scalars: [UInt32]) { self.scalars = scalars }

    private var peek: UInt32? { index < scalars.count ? scalars[index] : nil }

    private func peek(_ offset: Int) -> UInt32? { index + offset < scalars.count ? scalars[index + offset] : nil }

    private static func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }

    private mutating func alternation() -> Node? {
        var branches: [Node] = []
        guard let first = concatenation() else { return nil }
        branches.append(first)
        while peek == Self.ascii("|") {
            index += 1
            guard let branch = concatenation() else { return nil }
            branches.append(branch)
        }
        return branches.count == 1 ? first : .alternation(branches)
    }

    private mutating func concatenation() -> Node? {
        var items: [Node] = []
        while let next = peek, next != Self.ascii("|"), next != Self.ascii(")") {
            guard var item = atom() else { return nil }
            switch quantifier() {
            case .none: break
            case .malformed: return nil
            case .bounds(let min, let max):
                if case .start = item { return nil }
                if case .end = item { return nil }
                item = .repetition(item, min: min, max: max)
                if peek == Self.ascii("?") { index += 1 }  // lazy: same boolean result
                if let after = peek, Self.isQuantifierStart(after) { return nil }
            }
            items.append(item)
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    private static func isQuantifierStart(_ scalar: UInt32) -> Bool {
        scalar == ascii("*") || scalar == ascii("+") || scalar == ascii("?") || scalar == ascii("{")
    }

    private enum Quantifier {
        case none
        case malformed
        case bounds(Int, Int?)
    }

    private mutating func quantifier() -> Quantifier {
        guard let next = peek, Self.isQuantifierStart(next) else { return .none }
        index += 1
        switch next {
        case Self.ascii("*"): return .bounds(0, nil)
        case Self.ascii("+"): return .bounds(1, nil)
        case Self.ascii("?"): return .bounds(0, 1)
        default: break
        }
        guard let min = number() else { return .malformed }
        var max: Int? = min
        if peek == Self.ascii(",") {
            index += 1
            max = peek == Self.ascii("}") ? nil : number()
            if max == nil && peek != Self.ascii("}") { return .malformed }
        }
        guard peek == Self.ascii("}") else { return .malformed }
        index += 1
        if let max, max < min { return .malformed }
        return .bounds(min, max)
    }

    private mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while let next = peek, next >= 0x30, next <= 0x39 {
            value = value * 10 + Int(next - 0x30)
            digits += 1
            index += 1
            if value > Self.maximumCount { return nil }
        }
        return digits == 0 ? nil : value
    }

    private mutating func atom() -> Node? {
        guard let next = peek else { return nil }
        index += 1
        switch next {
        case Self.ascii("^"): return .start
        case Self.ascii("$"): return .end
        case Self.ascii("."): return .set(ScalarSet.dot)
        case Self.ascii("("):
            if peek == Self.ascii("?") {
                guard peek(1) == Self.ascii(":") else { return nil }
                index += 2
            }
            guard let inner = alternation(), peek == Self.ascii(")") else { return nil }
            index += 1
            return inner
        case Self.ascii("["): return characterClass()
        case Self.ascii("\\"):
            guard let escape = escape() else { return nil }
            switch escape {
            case .scalar(let scalar): return .scalar(scalar)
            case .ranges(let ranges): return .set(ScalarSet(ranges))
            }
        case Self.ascii("*"), Self.ascii("+"), Self.ascii("?"), Self.ascii("{"),
             Self.ascii("}"), Self.ascii("]"), Self.ascii(")"):
            return nil
        default:
            return .scalar(next)
        }
    }

    private enum ClassAtom {
        case scalar(UInt32)
        case ranges([ScalarSet.Interval])
    }

    /// Punctuation that `\` makes literal, alike in ECMA-262 and the stdlib.
    private static let escapable = Set("^$\\.*+?()[]{}|/-".unicodeScalars.map(\.value))

    /// The escape after a `\` (already consumed).
    private mutating func escape() -> ClassAtom? {
        guard let next = peek else { return nil }
        index += 1
        switch next {
        case Self.ascii("d"): return .ranges(ScalarSet.digitRanges)
        case Self.ascii("w"): return .ranges(ScalarSet.wordRanges)
        case Self.ascii("s"): return .ranges(ScalarSet.spaceRanges)
        case Self.ascii("D"): return .ranges(ScalarSet.complement(ScalarSet.digitRanges))
        case Self.ascii("W"): return .ranges(ScalarSet.complement(ScalarSet.wordRanges))
        case Self.ascii("S"): return .ranges(ScalarSet.complement(ScalarSet.spaceRanges))
        case Self.ascii("n"): return .scalar(0x0A)
        case Self.ascii("r"): return .scalar(0x0D)
        case Self.ascii("t"): return .scalar(0x09)
        case Self.ascii("f"): return .scalar(0x0C)
        default: return Self.escapable.contains(next) ? .scalar(next) : nil
        }
    }

    /// A `[...]` or `[^...]` class, after the `[`.
    private mutating func characterClass() -> Node? {
        var negated = false
        if peek == Self.ascii("^") {
            negated = true
            index += 1
        }
        // `[]` and `[^]` mean different things to ECMA-262 and the stdlib.
        guard peek != Self.ascii("]") else { return nil }
        var ranges: [ScalarSet.Interval] = []
        var first = true
        while true {
            guard let next = peek else { return nil }
            if next == Self.ascii("]") {
                index += 1
                break
            }
            guard let atom = classAtom(first: first) else { return nil }
            first = false
            let rangeFollows = peek == Self.ascii("-") && peek(1) != Self.ascii("]") && peek(1) != nil
            switch atom {
            case .ranges(let more):
                if rangeFollows { return nil }
                ranges += more
            case .scalar(let lower):
                guard rangeFollows else {
                    ranges.append(ScalarSet.Interval(lower))
                    continue
                }
                index += 1
                guard case .scalar(let upper)? = classAtom(first: false), lower <= upper else { return nil }
                ranges.append(ScalarSet.Interval(lower, upper))
            }
        }
        return .set(ScalarSet(negated ? ScalarSet.complement(ranges) : ranges))
    }

    private mutating func classAtom(first: Bool) -> ClassAtom? {
        guard let next = peek else { return nil }
        index += 1
        switch next {
        case Self.ascii("\\"): return escape()
        // Nested classes and set operations are stdlib extensions.
        case Self.ascii("["): return nil
        case Self.ascii("&"), Self.ascii("~"):
            return peek == next ? nil : .scalar(next)
        case Self.ascii("-"):
            // A literal '-' only first or last; `a-b-c` reads differently elsewhere.
            return first || peek == Self.ascii("]") ? .scalar(next) : nil
        default: return .scalar(next)
        }
    }
}
