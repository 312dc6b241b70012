/// The anchors of one document and the alias-expansion budget.
///
/// Each anchored node is stored with its subtree size (nodes, counting keys
/// and the expansions inside it), so an alias costs its size up front: the
/// budget is checked before anything is copied, and a "billion laughs"
/// document stops at the first alias that would exceed it.
struct YAMLAnchors {
    private var table: [String: (node: Node, size: Int)] = [:]
    /// Nodes created by alias expansion so far in this document.
    private(set) var expanded = 0

    /// Forgets all anchors (a new document starts).
    mutating func reset() {
        table.removeAll(keepingCapacity: true)
        expanded = 0
    }

    /// Defines (or redefines) `name`.
    mutating func define(_ name: String, node: Node, size: Int) {
        table[name] = (node, size)
    }

    /// What resolving an alias gives.
    enum Resolution {
        /// The copy, with the alias's span at its root, and its size.
        case node(Node, size: Int)
        /// No anchor has that name (yet).
        case undefined
        /// The expansion would pass the budget.
        case overBudget
    }

    /// Resolves alias `name` written at `span`, charging its size to the budget.
    mutating func resolve(_ name: String, span: Span, budget: Int) -> Resolution {
        guard let entry = table[name] else { return .undefined }
        let (total, overflow) = expanded.addingReportingOverflow(entry.size)
        guard !overflow, total <= budget else { return .overBudget }
        expanded = total
        var copy = entry.node
        copy.span = span
        return .node(copy, size: entry.size)
    }
}
