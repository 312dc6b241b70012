/// Path globs as in `exclude:`: `*` and `?` stay within a path segment,
/// `**` spans segments. A pattern matches a path or any trailing part of it
/// that starts at a segment, so `fixtures/**` excludes `a/fixtures/x.yaml`.
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let segments: [Substring]

    /// Compiles a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        segments = trimmed.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// True when the pattern matches `path` (relative, `/`-separated).
    public func matches(_ path: String) -> Bool {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true)
        while parts.first == "." { parts.removeFirst() }
        if pattern.hasPrefix("/") { return Glob.match(segments[...], parts[...]) }
        for start in parts.indices where Glob.match(segments[...], parts[start...]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var index = path.startIndex
            while true {
                if match(rest, path[index...]) { return true }
                if index == path.endIndex { return false }
                index += 1
            }
        }
        guard let segment = path.first, matchSegment(Array(head.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var starP = -1
        var starT = -1
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.endIndex, pattern[p] == "*" {
                starP = p
                starT = t
                p += 1
            } else if starP >= 0 {
                p = starP + 1
                starT += 1
                t = starT
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}
