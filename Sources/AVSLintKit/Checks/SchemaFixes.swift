/// The safe fixes of launch-schema findings, attached where the checker
/// turns findings into diagnostics:
/// - `schema/unknown-key` with exactly one "did you mean" candidate renames
///   the key (in its own quoting style), unless the mapping already has a
///   key of that name;
/// - `schema/type` on a telephone `content` written as an integer quotes it
///   (`13312223333` becomes `"13312223333"`).
enum SchemaFixes {
    /// `diagnostic` with its fix, when `finding` has a safe one.
    static func attach(to diagnostic: Diagnostic, finding: SchemaFinding, root: Node, file: SourceFile) -> Diagnostic {
        var out = diagnostic
        switch finding.keyword {
        case "unknown-key": out.fix = renameUnknownKey(finding, root: root, file: file)
        case "type": out.fix = quotePhoneNumber(finding, root: root, file: file)
        default: break
        }
        return out
    }

    private static func renameUnknownKey(_ finding: SchemaFinding, root: Node, file: SourceFile) -> Fix? {
        guard let suggestion = finding.suggestion else { return nil }
        let tokens = JSONPointerWalk.tokens(finding.instancePath)
        guard !tokens.isEmpty else { return nil }
        let parentPointer = tokens.dropLast().reduce("") { JSONPointer.appending($0, key: $1) }
        guard let mapping = JSONPointerWalk.node(in: root, pointer: parentPointer), let members = mapping.members,
              !members.contains(where: { $0.name == suggestion }),
              let member = members.first(where: { $0.key.span == finding.span }),
              let edit = SourceEdits.renameKey(member.key, to: suggestion, in: file) else { return nil }
        return Fix(description: "rename to '\(suggestion)'", edits: [edit])
    }

    private static func quotePhoneNumber(_ finding: SchemaFinding, root: Node, file: SourceFile) -> Fix? {
        let tokens = JSONPointerWalk.tokens(finding.instancePath)
        guard tokens.count >= 4, tokens[tokens.count - 1] == "content", Int(tokens[tokens.count - 2]) != nil,
              tokens[tokens.count - 3] == "telephones", tokens[tokens.count - 4] == "customerInfo",
              let node = JSONPointerWalk.node(in: root, pointer: finding.instancePath), node.span == finding.span,
              let edit = SourceEdits.quoteNumber(node, in: file) else { return nil }
        return Fix(description: "write the phone number as a string", edits: [edit])
    }
}
