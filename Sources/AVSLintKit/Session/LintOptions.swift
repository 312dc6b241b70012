/// What a lint session is asked to do; the command line maps its options
/// onto this, an editor sets what it needs. The defaults lint and report.
public struct LintOptions: Sendable {
    /// A schema file that replaces the embedded launch schema (`--schema`).
    public var schemaPath: String?
    /// A config file every input uses (`--config`); nil for the nearest `.avslint.yaml`.
    public var configPath: String?
    /// Settings every input uses, given in memory (an editor's, a fuzzer's);
    /// they win over `configPath` and config files.
    public var configuration: Configuration?
    /// A folder of rule files added to the embedded rules (`--rules-dir`).
    public var rulesDirectory: String?
    /// What happens to safe fixes.
    public var fixMode: LintRun.FixMode = .off
    /// Findings recorded here are left out of the report (`--baseline`).
    public var baseline: Baseline?
    /// Record the findings as a baseline instead of filtering them (`--write-baseline`).
    public var recordsBaseline = false
    /// Report errors only (`--quiet`).
    public var quiet = false
    /// More warnings than this fail the run (`--max-warnings`).
    public var maxWarnings: Int?
    /// Add the `javascript/computed-values` note to each script (`--verbose`).
    public var reportsComputedValues = false
    /// Apply the walk's rules to named files (`--skip-non-configs`).
    public var skipNonConfigs = false
    /// Lint only this share of the discovered files (`--shard`).
    public var shard: Shard?
    /// Read the embedded rules' descriptions and examples, for a report or
    /// an editor that shows them; findings are the same without.
    public var ruleDocumentation = true

    /// The defaults.
    public init() {}
}
