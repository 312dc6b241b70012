/// `remove-member`: removes the member the finding points at from its
/// mapping: its whole lines in block style (only when it sits alone on
/// them), or the member and one comma in flow style and JSON. No fix when
/// that cannot be done cleanly.
public struct RemoveMemberFixer: RuleFixer {
    public static let name = "remove-member"

    public init(options: NoOptions) {}

    public func fix(_ context: RuleFixContext) -> Fix? {
        guard let name = context.target.property, let (mapping, index) = context.target.parentMapping(in: context.root),
              let edit = SourceEdits.removeMember(at: index, of: mapping, in: context.file) else { return nil }
        return Fix(description: "remove '\(name)'", edits: [edit])
    }
}
