/// Where the configured secret is written in a file's text: every
/// occurrence, in values, keys, comments and anything else, so
/// `secret-in-config` can point at each one.
enum SecretOccurrences {
    /// One selection per occurrence of `secret` in `file`: its node spans
    /// exactly the occurrence (a computed node, so nothing echoes it), and
    /// its way from the root is that of the deepest node of `root` that
    /// holds the occurrence (the root itself for text outside every node).
    /// Occurrences inside one of the `skipping` spans are left out.
    static func find(_ secret: String, in file: SourceFile, root: Selection, skipping: [Span]) -> [Selection] {
        let needle = Array(secret.utf8)
        let bytes = file.bytes
        guard let first = needle.first, needle.count <= bytes.count else { return [] }
        var out: [Selection] = []
        var i = 0
        while i + needle.count <= bytes.count {
            guard bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) else {
                i += 1
                continue
            }
            if !skipping.contains(where: { $0.start.offset <= i && i < $0.end.offset }) {
                let holder = deepest(containing: i, from: root)
                let span = Span(start: file.position(at: i), end: file.position(at: i + needle.count))
                out.append(Selection(node: Node(.computed, span: span), keyPath: holder.keyPath, key: nil))
            }
            i += needle.count
        }
        return out
    }

    /// The deepest node below `selection` (a member's key counts as its
    /// member) whose text holds byte `offset`.
    private static func deepest(containing offset: Int, from selection: Selection) -> Selection {
        func holds(_ span: Span) -> Bool { span.start.offset <= offset && offset < span.end.offset }
        var current = selection
        while true {
            var next: Selection?
            switch current.node.value {
            case .mapping(let members):
                for member in members where holds(member.key.span) || holds(member.value.span) {
                    next = current.child(member)
                    if holds(member.key.span) { return next ?? current }
                    break
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() where holds(item.span) {
                    next = current.item(item, at: index)
                    break
                }
            case .scalar, .computed:
                break
            }
            guard let found = next else { return current }
            current = found
        }
    }
}
