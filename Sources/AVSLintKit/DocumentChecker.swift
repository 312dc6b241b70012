/// A check that runs on the launch-config documents of a file: the schema
/// validator and the rule engine are the two the linter runs.
public protocol DocumentChecker: Sendable {
    /// The findings for the documents of `file` (a YAML stream may hold several).
    func check(_ documents: [Document], in file: SourceFile) -> [Diagnostic]

    /// For a rule id, the ids of findings it replaces at the same position.
    var supersedes: [String: Set<String>] { get }
}

extension DocumentChecker {
    /// Nothing is superseded by default.
    public var supersedes: [String: Set<String>] { [:] }
}

extension RuleEngine: DocumentChecker {
    public func check(_ documents: [Document], in file: SourceFile) -> [Diagnostic] {
        check(documents, file: file)
    }

}
