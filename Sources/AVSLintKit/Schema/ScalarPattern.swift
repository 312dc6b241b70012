/// A regular expression in the common ECMAScript subset (see
/// `ScalarPatternParser`), compiled to a small backtracking program over
/// the Unicode scalars of the subject, read straight from its UTF-8 bytes.
///
/// Matching is an unanchored search with ECMA-262 semantics (`.` stops at
/// LF, CR, U+2028 and U+2029; `\d \w` are ASCII; `\s` is ECMA-262
/// whitespace). It first runs with a step budget of O(text × program); past
/// it, it reruns remembering visited (instruction, position) pairs, which
/// bounds the work by the same product (a pair that failed once fails
/// again: there are no captures or backreferences).
struct ScalarPattern: Sendable {
    enum Operation: Sendable, Equatable {
        case scalar(UInt32)
        case set(Int)
        case split(Int, Int)
        case jump(Int)
        case start
        case end
        case match
    }

    private(set) var operations: [Operation] = []
    private var sets: [ScalarSet] = []
    /// The most operations a compiled pattern may have.
    static let maximumOperations = 4096
    /// The largest remembered-pairs table (in bits) before giving up.
    static let maximumMemoBits = 1 << 26

    /// Compiles `source`; nil when it leaves the supported subset.
    init?(_ source: String) {
        guard let node = ScalarPatternParser.parse(source), emit(node) else { return nil }
        operations.append(.match)
    }

    /// A compiled program in its stored form.
    init(operations: [Operation], sets: [ScalarSet]) {
        self.operations = operations
        self.sets = sets
    }

    /// A Swift expression that builds this program (`SchemaProgramSource`).
    var swiftSource: String {
        let operations = SwiftSource.array(operations) { operation in
            switch operation {
            case .scalar(let value): return ".scalar(\(value))"
            case .set(let index): return ".set(\(index))"
            case .split(let first, let second): return ".split(\(first), \(second))"
            case .jump(let target): return ".jump(\(target))"
            case .start: return ".start"
            case .end: return ".end"
            case .match: return ".match"
            }
        }
        return "ScalarPattern(operations: \(operations), sets: \(SwiftSource.array(sets, \.swiftSource)))"
    }

    /// True when the pattern matches somewhere in `text`; nil when the
    /// text is too large for the bounded search (use another engine).
    func matches(_ text: String) -> Bool? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ search($0) }) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { search($0) } ?? nil
    }

    // MARK: Compiling

    private mutating func emit(_ node: ScalarPatternParser.Node) -> Bool {
        guard operations.count < Self.maximumOperations else { return false }
        switch node {
        case .empty: return true
        case .scalar(let scalar): operations.append(.scalar(scalar))
        case .set(let set):
            if let existing = sets.firstIndex(of: set) {
                operations.append(.set(existing))
            } else {
                operations.append(.set(sets.count))
                sets.append(set)
            }
        case .start: operations.append(.start)
        case .end: operations.append(.end)
        case .concatenation(let items):
            for item in items {
                guard emit(item) else { return false }
            }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (offset, branch) in branches.enumerated() {
                if offset == branches.count - 1 {
                    if !emit(branch) { return false }
                    break
                }
                let split = operations.count
                operations.append(.split(split + 1, 0))
                if !emit(branch) { return false }
                jumps.append(operations.count)
                operations.append(.jump(0))
                operations[split] = .split(split + 1, operations.count)
            }
            for jump in jumps { operations[jump] = .jump(operations.count) }
        case .repetition(let item, let min, let max):
            return emitRepetition(item, min, max)
        }
        return operations.count <= Self.maximumOperations
    }

    private mutating func emitRepetition(_ item: ScalarPatternParser.Node, _ min: Int, _ max: Int?) -> Bool {
        guard let max else {
            if min == 0 {
                // L: split(body, out); body; jump L
                let loop = operations.count
                operations.append(.split(loop + 1, 0))
                if !emit(item) { return false }
                operations.append(.jump(loop))
                operations[loop] = .split(loop + 1, operations.count)
                return true
            }
            for _ in 0..<(min - 1) {
                guard emit(item) else { return false }
            }
            // L: body; split(L, out)
            let loop = operations.count
            if !emit(item) { return false }
            operations.append(.split(loop, operations.count + 1))
            return operations.count <= Self.maximumOperations
        }
        for _ in 0..<min {
            guard emit(item) else { return false }
        }
        // Each optional copy: split(body, out); body — all exits go to the end.
        var splits: [Int] = []
        for _ in 0..<(max - min) {
            splits.append(operations.count)
            operations.append(.split(operations.count + 1, 0))
            if !emit(item) { return false }
        }
        for split in splits { operations[split] = .split(split + 1, operations.count) }
        return operations.count <= Self.maximumOperations
    }

    // MARK: Matching

    private enum Outcome { case match, noMatch, exhausted }

    private func search(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = text.count
        let product = operations.count.multipliedReportingOverflow(by: count + 1)
        guard !product.overflow else { return nil }
        switch run(text, budget: product.partialValue + 64, memo: nil) {
        case .match: return true
        case .noMatch: return false
        case .exhausted:
            guard product.partialValue <= Self.maximumMemoBits else { return nil }
            var memo = [UInt64](repeating: 0, count: product.partialValue / 64 + 1)
            return memo.withUnsafeMutableBufferPointer { run(text, budget: Int.max, memo: $0) } == .match
        }
    }

    @inline(__always)
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, _ position: Int) -> (UInt32, Int) {
        let lead = UInt32(text[position])
        if lead < 0x80 { return (lead, position + 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(text[position + 1]) & 0x3F, position + 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | (UInt32(text[position + 1]) & 0x3F) << 6 | UInt32(text[position + 2]) & 0x3F, position + 3)
        }
        let value = (lead & 0x07) << 18 | (UInt32(text[position + 1]) & 0x3F) << 12
            | (UInt32(text[position + 2]) & 0x3F) << 6 | UInt32(text[position + 3]) & 0x3F
        return (value, position + 4)
    }

    /// Pending alternatives held on the call stack, spilling to the heap
    /// only when deep (the spill is used only while the inline part is full).
    private struct Alternatives {
        static let inlineCapacity = 64
        let inline: UnsafeMutableBufferPointer<(Int, Int)>
        var inlineCount = 0
        var spill: [(Int, Int)] = []

        @inline(__always)
        mutating func push(_ operation: Int, _ position: Int) {
            if inlineCount < inline.count {
                inline[inlineCount] = (operation, position)
                inlineCount += 1
            } else {
                spill.append((operation, position))
            }
        }

        @inline(__always)
        mutating func pop() -> (Int, Int)? {
            if let last = spill.popLast() { return last }
            guard inlineCount > 0 else { return nil }
            inlineCount -= 1
            return inline[inlineCount]
        }
    }

    private func run(_ text: UnsafeBufferPointer<UInt8>, budget: Int, memo: UnsafeMutableBufferPointer<UInt64>?) -> Outcome {
        withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: Alternatives.inlineCapacity) { inline in
            var stack = Alternatives(inline: inline)
            return operations.withUnsafeBufferPointer { operations in
                sets.withUnsafeBufferPointer { sets in
                    Self.run(operations, sets, text, budget: budget, memo: memo, stack: &stack)
                }
            }
        }
    }

    // Static, over buffers: no retain/release of the arrays in the loop.
    private static func run(_ operations: UnsafeBufferPointer<Operation>, _ sets: UnsafeBufferPointer<ScalarSet>,
                            _ text: UnsafeBufferPointer<UInt8>, budget: Int,
                            memo: UnsafeMutableBufferPointer<UInt64>?, stack: inout Alternatives) -> Outcome {
        let count = text.count
        let width = count + 1
        var steps = 0
        let anchored = operations.first == .start
        var firstByte: UInt8?
        if case .scalar(let scalar)? = operations.first, scalar < 0x80 { firstByte = UInt8(scalar) }
        var origin = 0
        while origin <= count {
            if let firstByte {
                while origin < count && text[origin] != firstByte { origin += 1 }
                if origin == count { return .noMatch }
            }
            stack.push(0, origin)
            while let (startOperation, startPosition) = stack.pop() {
                var operation = startOperation
                var position = startPosition
                thread: while true {
                    if let memo {
                        let bit = operation * width + position
                        let mask: UInt64 = 1 << UInt64(bit & 63)
                        if memo[bit >> 6] & mask != 0 { break thread }
                        memo[bit >> 6] |= mask
                    }
                    steps += 1
                    if steps > budget { return .exhausted }
                    switch operations[operation] {
                    case .scalar(let scalar):
                        guard position < count else { break thread }
                        if scalar < 0x80 {
                            guard text[position] == UInt8(scalar) else { break thread }
                            position += 1
                        } else {
                            let (value, next) = Self.decode(text, position)
                            guard value == scalar else { break thread }
                            position = next
                        }
                        operation += 1
                    case .set(let index):
                        guard position < count else { break thread }
                        let (value, next) = Self.decode(text, position)
                        guard sets[index].contains(value) else { break thread }
                        position = next
                        operation += 1
                    case .split(let preferred, let other):
                        stack.push(other, position)
                        operation = preferred
                    case .jump(let target):
                        operation = target
                    case .start:
                        guard position == 0 else { break thread }
                        operation += 1
                    case .end:
                        guard position == count else { break thread }
                        operation += 1
                    case .match:
                        return .match
                    }
                }
            }
            if anchored || origin == count { break }
            origin += 1
            while origin < count && text[origin] & 0xC0 == 0x80 { origin += 1 }
        }
        return .noMatch
    }
}
