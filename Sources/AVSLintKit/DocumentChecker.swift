/// A check that runs on every loaded launch-config document: the schema
/// validator and the rule engine are the two the linter runs.
public protocol DocumentChecker: Sendable {
    /// The findings for one document of `file`.
    func check(_ document: Document, in file: SourceFile) -> [Diagnostic]
}
