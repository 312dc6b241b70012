/// One way an instance fails its schema, positioned for a diagnostic.
///
/// The rule id of the diagnostic is `schema/<keyword>` in kebab-case
/// (`schema/min-length`); an unknown key (from
/// `additionalProperties: false` or `unevaluatedProperties: false`) is the
/// keyword `unknown-key`.
public struct SchemaFinding: Sendable, Hashable {
    /// The failing keyword (`type`, `required`, `unknown-key`, `enum`, …).
    public var keyword: String
    /// A short English sentence, lowercase first letter, no trailing period.
    public var message: String
    /// Where it points: the value, or the key for unknown and missing keys.
    public var span: Span
    /// JSON Pointer of the instance node the finding is about.
    public var instancePath: String
    /// For an unknown key: the one allowed key it is most likely a typo of
    /// (the "did you mean" of the message), when there is exactly one.
    public var suggestion: String?

    /// Creates a finding.
    public init(keyword: String, message: String, span: Span, instancePath: String, suggestion: String? = nil) {
        self.keyword = keyword
        self.message = message
        self.span = span
        self.instancePath = instancePath
        self.suggestion = suggestion
    }

    /// The diagnostic rule id: `schema/<keyword>` in kebab-case.
    public var ruleID: String { BuiltinRule.schema(keyword) }

    /// The finding as a diagnostic of `file`.
    /// - Parameters:
    ///   - file: the file name shown in the diagnostic.
    ///   - severity: the severity to report with (errors by default).
    public func diagnostic(file: String, severity: Severity = .error) -> Diagnostic {
        Diagnostic(ruleID: ruleID, severity: severity, message: message, file: file, span: span, instancePath: instancePath)
    }
}
