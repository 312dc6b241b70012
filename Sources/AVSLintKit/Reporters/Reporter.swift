/// What a reporter may know besides the findings themselves.
public struct ReportContext: Sendable {
    /// The linted sources, keyed by `Diagnostic.file`, for code frames and
    /// fingerprints. A finding whose file is missing here is still reported,
    /// only without source text.
    public var sources: [String: SourceFile]
    /// Every linted file, as named in diagnostics, in the order linted
    /// (files without findings included: JUnit lists them as passing tests).
    public var files: [String]
    /// Every known rule (SARIF lists them all in `tool.driver.rules`).
    public var rules: [RuleInfo]
    /// The version of avslint.
    public var toolVersion: String
    /// The absolute working directory; SARIF URIs are relative to it.
    public var workingDirectory: String
    /// Whether the text reporter may use ANSI colours.
    public var color: Bool
    /// Whether the text reporter ends with a summary line.
    public var showSummary: Bool

    /// Creates a context.
    public init(
        sources: [String: SourceFile] = [:], files: [String] = [], rules: [RuleInfo] = [],
        toolVersion: String = "0.0.0", workingDirectory: String = "/",
        color: Bool = false, showSummary: Bool = true
    ) {
        self.sources = sources
        self.files = files
        self.rules = rules
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
        self.color = color
        self.showSummary = showSummary
    }

    /// The number of linted files.
    public var fileCount: Int { files.count }
}

/// One output format (`--format`): a pure function from findings to text.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// Whether the report shows the rules' descriptions (`ReportContext.rules`).
    static var showsRuleDocumentation: Bool { get }
    /// Creates the reporter.
    init()
    /// Renders `diagnostics`, already sorted by `Diagnostic.sortOrder`.
    /// - Parameters:
    ///   - diagnostics: the findings, in print order.
    ///   - context: the linted files, the rules and the output options.
    /// - Returns: the complete output; empty or ending with a line break.
    func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String
}

extension Reporter {
    /// Most reports show findings only.
    public static var showsRuleDocumentation: Bool { false }
}
