/// What a session's run produced: everything a reporter, an editor or the
/// exit code needs, with the baseline, `quiet` and secret masking applied.
public struct LintReport: Sendable {
    /// The findings to report, sorted by file, line, column, rule.
    public var diagnostics: [Diagnostic] = []
    /// Files that were linted, sorted.
    public var files: [String] = []
    /// Files named on the command line (for `--list-files`).
    public var namedFiles: Set<String> = []
    /// Sources of the files with findings, secrets masked (for code frames and fingerprints).
    public var sources: [String: SourceFile] = [:]
    /// I/O and usage problems, one line each (exit 2).
    public var problems: [String] = []
    /// Inputs left out, and why, in discovery order.
    public var skipped: [(path: String, reason: String)] = []
    /// True when a named script held no launch-config literal and was skipped.
    public var skippedNamedScript = false
    /// Files the fixes changed (or would change), sorted by path.
    public var changes: [LintRun.FileChange] = []
    /// For each in-memory input, its text after the safe fixes (unchanged
    /// when none applied); empty unless fixing.
    public var fixedTexts: [String: [UInt8]] = [:]
    /// The findings as a baseline, when recording one (then `diagnostics` are unfiltered).
    public var recordedBaseline: Baseline?
    /// How the baseline filtered the findings, when one was given.
    public var baselineComparison: (suppressed: Int, fixed: Int)?
    /// The `maxWarnings` the verdict was judged against.
    public var maxWarnings: Int?

    /// An empty report.
    public init() {}

    /// How many findings are warnings.
    public var warnings: Int { diagnostics.count { $0.severity == .warning } }

    /// The run's outcome, in DESIGN.md's exit codes.
    public var verdict: Verdict {
        if !problems.isEmpty { return .problems }
        if recordedBaseline != nil { return .clean }
        if diagnostics.contains(where: { $0.severity == .error }) { return .errors }
        if let maxWarnings, warnings > maxWarnings { return .tooManyWarnings(warnings, limit: maxWarnings) }
        return .clean
    }

    /// A run's outcome.
    public enum Verdict: Sendable, Hashable {
        /// No errors, warnings within the limit: exit 0.
        case clean
        /// Errors found: exit 1.
        case errors
        /// More warnings than allowed: exit 1.
        case tooManyWarnings(Int, limit: Int)
        /// An I/O or usage problem: exit 2.
        case problems

        /// The process exit status.
        public var exitCode: Int32 {
            switch self {
            case .clean: return 0
            case .errors, .tooManyWarnings: return 1
            case .problems: return 2
            }
        }
    }
}
