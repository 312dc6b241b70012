/// The settings of a run, from `.avslint.yaml` and the command line.
/// Missing keys keep these defaults.
public struct Configuration: Sendable {
    /// How a rule's findings are reported: turned off or at a severity.
    public enum Level: String, Sendable, Hashable {
        case off, info, warning, error

        /// The severity, or nil for `off`.
        public var severity: Severity? {
            switch self {
            case .off: return nil
            case .info: return .info
            case .warning: return .warning
            case .error: return .error
            }
        }
    }

    /// Whether the video mini program shows the satisfaction-survey page; nil when unknown.
    public var survey: Bool?
    /// `production` also flags develop/trial envVersion; nil when unset.
    public var profile: String?
    /// The environment variable that holds the signing secret.
    public var secretEnv: String
    /// Per-rule levels, by rule id or category glob (`navigate/*`), in file order; the last match wins.
    public var rules: [(pattern: String, level: Level)]
    /// Globs of paths left out of a run (walked or named), relative to `excludeBase`.
    public var exclude: [String] {
        didSet { excludeGlobs = exclude.map(Glob.init) }
    }
    /// The absolute folder `exclude` globs are relative to: the config file's.
    public var excludeBase: String?
    private var excludeGlobs: [Glob]
    /// A schema file that replaces the embedded one.
    public var schemaPath: String?
    /// A folder of rule files added to the embedded ones.
    public var rulesDirectory: String?
    /// Where the config was read from; nil for the defaults.
    public var source: String?

    /// The defaults that hold with no config file.
    public init(
        survey: Bool? = nil, profile: String? = nil, secretEnv: String = "UDESK_AVS_SECRET",
        rules: [(pattern: String, level: Level)] = [], exclude: [String] = [],
        schemaPath: String? = nil, rulesDirectory: String? = nil, source: String? = nil
    ) {
        self.survey = survey
        self.profile = profile
        self.secretEnv = secretEnv
        self.rules = rules
        self.exclude = exclude
        excludeGlobs = exclude.map(Glob.init)
        self.schemaPath = schemaPath
        self.rulesDirectory = rulesDirectory
        self.source = source
    }

    /// True when an `exclude` glob matches `path` (absolute and resolved)
    /// relative to `excludeBase`; a path outside that folder is never excluded.
    public func excludes(absolutePath path: String) -> Bool {
        guard !excludeGlobs.isEmpty, let base = excludeBase, let relative = Paths.relative(path, to: base),
              !relative.isEmpty else { return false }
        return excludeGlobs.contains { $0.matches(relative) }
    }

    /// The level configured for `ruleID`, or nil when the config says nothing of it.
    public func level(for ruleID: String) -> Level? {
        var found: Level?
        for entry in rules where Configuration.matches(pattern: entry.pattern, ruleID: ruleID) {
            found = entry.level
        }
        return found
    }

    /// True when `pattern` names `ruleID` exactly, or is a category glob (`navigate/*`, `schema/*`, `*`) that covers it.
    public static func matches(pattern: String, ruleID: String) -> Bool {
        if pattern == ruleID || pattern == "*" { return true }
        if pattern.hasSuffix("/*") {
            return ruleID.hasPrefix(pattern.dropLast())
        }
        return false
    }
}
