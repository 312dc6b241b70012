extension Diagnostic {
    /// `diagnostics` with each repeat of a finding dropped: one problem, one
    /// finding. A repeat has the same rule, severity, place and message, as
    /// a node reached through two YAML aliases gets, or a problem of the
    /// whole file seen from each of its documents. Of the repeats, the first
    /// with the deepest JSON Pointer (the most specific) stays, in the place
    /// of the first.
    static func droppingRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > 1 else { return diagnostics }
        var out: [Diagnostic] = []
        out.reserveCapacity(diagnostics.count)
        // Repeats share a place: findings are grouped by their offsets (cheap
        // to hash), and only within a group are rule and message compared.
        var byPlace: [Place: [Int]] = [:]
        for diagnostic in diagnostics {
            let place = Place(start: diagnostic.span.start.offset, end: diagnostic.span.end.offset)
            if let group = byPlace[place],
               let index = group.first(where: { out[$0].repeats(diagnostic) }) {
                if depth(diagnostic.instancePath) > depth(out[index].instancePath) { out[index] = diagnostic }
                continue
            }
            byPlace[place, default: []].append(out.count)
            out.append(diagnostic)
        }
        return out
    }

    /// True when `other` is the same problem: same rule, severity, place and message.
    private func repeats(_ other: Diagnostic) -> Bool {
        ruleID == other.ruleID && severity == other.severity && span == other.span && message == other.message
    }

    /// Where a finding points, as byte offsets.
    private struct Place: Hashable {
        var start: Int
        var end: Int
    }

    /// The number of tokens of a JSON Pointer.
    private static func depth(_ pointer: String) -> Int {
        pointer.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }
}
