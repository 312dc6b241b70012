/// The one list of output formats: `--format` choices, help and lookup all
/// come from here.
public enum Reporters {
    /// Every reporter, the default (`text`) first.
    public static let all: [any Reporter.Type] = [
        TextReporter.self,
        GCCReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        GitHubReporter.self,
        JUnitReporter.self,
        CheckstyleReporter.self,
    ]

    /// Every `--format` name, in `all` order.
    public static var identifiers: [String] { all.map { $0.identifier } }

    /// The reporter for a `--format` name, or nil when there is none.
    /// - Parameter id: a format name such as `sarif`.
    /// - Returns: a new reporter.
    public static func named(_ id: String) -> (any Reporter)? {
        all.first { $0.identifier == id }.map { $0.init() }
    }
}
