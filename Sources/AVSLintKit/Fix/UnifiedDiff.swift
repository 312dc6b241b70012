/// A unified diff of two texts by lines (Myers' O(ND) algorithm), as
/// `diff -u` and `git diff` print it: `--- a/FILE`, `+++ b/FILE`, `@@`
/// hunks with 3 lines of context, `\ No newline at end of file` where a
/// side ends without a line break. Lines keep their own line breaks, so a
/// CRLF file's diff carries CR bytes. The work is capped: past
/// `maxEditDistance` differing lines the changed middle is shown as one
/// removal and one insertion.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let context = 3
    /// The most differing lines Myers' search explores before giving up on a minimal diff.
    public static let maxEditDistance = 1000

    /// The diff of `before` and `after` for `path`; empty when they are equal.
    public static func diff(path: String, before: [UInt8], after: [UInt8]) -> String {
        guard before != after else { return "" }
        let old = lines(before)
        let new = lines(after)
        let script = editScript(old, new)
        var out = "--- a/\(displayPath(path))\n+++ b/\(displayPath(path))\n"
        for hunk in hunks(script) {
            out += header(hunk, script)
            for op in script[hunk] {
                switch op {
                case .equal(let i, _): out += line(" ", old[i])
                case .delete(let i): out += line("-", old[i])
                case .insert(let j): out += line("+", new[j])
                }
            }
        }
        return out
    }

    // MARK: - Lines

    /// Splits bytes into lines, each with its LF, CRLF or CR.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                out.append(bytes[start...i])
                start = i + 1
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                out.append(bytes[start...i])
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { out.append(bytes[start...]) }
        return out
    }

    private static func line(_ mark: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = mark + String(decoding: bytes, as: UTF8.self)
        if let last = bytes.last, last == 0x0A || last == 0x0D { return text }
        return text + "\n\\ No newline at end of file\n"
    }

    private static func displayPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    // MARK: - Edit script

    enum Op: Equatable {
        /// Old line i equals new line j.
        case equal(Int, Int)
        /// Old line i is removed.
        case delete(Int)
        /// New line j is inserted.
        case insert(Int)
    }

    /// The line operations turning `old` into `new`, in order.
    static func editScript(_ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>]) -> [Op] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        var ops: [Op] = (0..<prefix).map { .equal($0, $0) }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        if let middle = myers(a, b) {
            for op in middle {
                switch op {
                case .equal(let i, let j): ops.append(.equal(i + prefix, j + prefix))
                case .delete(let i): ops.append(.delete(i + prefix))
                case .insert(let j): ops.append(.insert(j + prefix))
                }
            }
        } else {
            ops += a.indices.map { .delete($0 + prefix) }
            ops += b.indices.map { .insert($0 + prefix) }
        }
        for k in 0..<suffix { ops.append(.equal(old.count - suffix + k, new.count - suffix + k)) }
        return ops
    }

    /// Myers' greedy shortest edit script, or nil past `maxEditDistance`.
    private static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op]? {
        let n = a.count
        let m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let maxD = min(n + m, maxEditDistance)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break outer
                }
            }
        }
        guard found else { return nil }
        var ops: [Op] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                ops.append(.equal(x, y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    ops.append(.insert(y))
                } else {
                    x -= 1
                    ops.append(.delete(x))
                }
            }
        }
        return ops.reversed()
    }

    // MARK: - Hunks

    /// Ranges of `script` to print: each change with its context, close changes merged.
    private static func hunks(_ script: [Op]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var index = 0
        while index < script.count {
            guard case .equal = script[index] else {
                var end = index
                var lastChange = index
                while end < script.count {
                    if case .equal = script[end] {
                        if end - lastChange > 2 * context { break }
                    } else {
                        lastChange = end
                    }
                    end += 1
                }
                let start = max(0, index - context)
                let stop = min(script.count, lastChange + 1 + context)
                if let last = out.last, last.upperBound >= start {
                    out[out.count - 1] = last.lowerBound..<stop
                } else {
                    out.append(start..<stop)
                }
                index = lastChange + 1
                continue
            }
            index += 1
        }
        return out
    }

    private static func header(_ hunk: Range<Int>, _ script: [Op]) -> String {
        var oldStart: Int?
        var newStart: Int?
        var oldCount = 0
        var newCount = 0
        var oldBefore = 0
        var newBefore = 0
        for op in script[..<hunk.lowerBound] {
            switch op {
            case .equal: oldBefore += 1; newBefore += 1
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        for op in script[hunk] {
            switch op {
            case .equal(let i, let j):
                oldStart = oldStart ?? i
                newStart = newStart ?? j
                oldCount += 1
                newCount += 1
            case .delete(let i):
                oldStart = oldStart ?? i
                oldCount += 1
            case .insert(let j):
                newStart = newStart ?? j
                newCount += 1
            }
        }
        func range(_ start: Int?, _ before: Int, _ count: Int) -> String {
            let first = count == 0 ? before : (start ?? before) + 1
            return count == 1 ? "\(first)" : "\(first),\(count)"
        }
        return "@@ -\(range(oldStart, oldBefore, oldCount)) +\(range(newStart, newBefore, newCount)) @@\n"
    }
}
