/// What reporters and `avslint rules` need to know of a rule.
public struct RuleInfo: Sendable, Hashable {
    /// Stable id (`navigate/type-mismatch`).
    public var id: String
    /// Default severity.
    public var severity: Severity
    /// One line.
    public var summary: String
    /// What fires, why it matters on the platform, how to fix it (Markdown).
    public var description: String

    /// Creates rule information.
    public init(id: String, severity: Severity, summary: String, description: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.description = description
    }

    /// Where the rule's documentation lives online (a heading of docs/rules.md).
    public var helpURI: String {
        "https://github.com/avslint/avslint/blob/main/docs/rules.md#" + anchor
    }

    /// The heading anchor GitHub gives `## <id>`: lowercase, punctuation other than `-` dropped.
    public var anchor: String {
        String(id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
