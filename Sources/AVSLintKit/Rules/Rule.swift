/// A declarative cross-field rule, read from a `rules/<category>/<name>.yaml` file.
///
/// An immutable final class: the engine runs every rule on every document,
/// and handing a rule around then costs one retain instead of a copy of its
/// selectors, checks and examples.
public final class Rule: Sendable {
    /// Stable id (`navigate/type-mismatch`).
    public let id: String
    /// Default severity.
    public let severity: Severity
    /// One line.
    public let summary: String
    /// What fires, why it matters on the platform, how to fix it.
    public let description: String
    /// The nodes the rule looks at (the union of every selector, in order).
    public let given: [JSONPath]
    /// The launch mode the rule applies to; nil for both.
    public let mode: LaunchMode?
    /// The checks run on every selected node.
    public let checks: [RuleCheck]
    /// Documented examples, run by the test suite.
    public let examples: RuleExamples
    /// The file the rule was read from.
    public let file: String
    /// Ids of findings this rule's finding replaces when both point at the
    /// same place (a misplaced key is not also an unknown key).
    public let supersedes: [String]
    /// When every check's `when` is a bare `type`, the types any of them
    /// allows (a `TypeKeyword.allowed` bit set): the engine then filters
    /// selected nodes without running a schema.
    let whenTypes: UInt8?

    /// Creates a rule.
    public init(
        id: String, severity: Severity, summary: String, description: String, given: [JSONPath], mode: LaunchMode?,
        checks: [RuleCheck], examples: RuleExamples, file: String, supersedes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.description = description
        self.given = given
        self.mode = mode
        self.checks = checks
        self.examples = examples
        self.file = file
        self.supersedes = supersedes
        info = RuleInfo(id: id, severity: severity, summary: summary, description: description)
        var types: UInt8? = 0
        for check in checks {
            guard let allowed = check.when?.onlyTypes, let sofar = types else { types = nil; break }
            types = sofar | allowed
        }
        whenTypes = checks.isEmpty ? nil : types
    }

    /// What reporters and `avslint rules` need (and what its findings are made from).
    public let info: RuleInfo
}

/// One `then` entry of a rule, with the conditions and wording that apply to it.
///
/// An immutable final class, like `Rule`: the engine hands a check to every
/// node it selects, and a reference costs one retain where the struct's
/// schemas, strings and options cost one each.
public final class RuleCheck: Sendable {
    /// What the selected node must satisfy.
    public enum Action: Sendable {
        /// A JSON Schema; each failure is a finding.
        case schema(JSONSchema)
        /// A named function, set up with its options.
        case function(any RuleFunction)
    }

    /// A schema the selected node must match for the check to apply.
    public let when: JSONSchema?
    /// Settings the configuration must hold for the check to apply (`survey: true`).
    public let config: [(key: String, value: ScalarValue)]
    /// What the node must satisfy.
    public let action: Action
    /// The message template.
    public let message: String
    /// Where findings point.
    public let at: RuleTarget
    /// The safe fix offered with each finding, if the rule has one.
    public let fix: RuleFix?

    /// Creates a check.
    public init(
        when: JSONSchema?, config: [(key: String, value: ScalarValue)], action: Action, message: String, at: RuleTarget,
        fix: RuleFix? = nil
    ) {
        self.when = when
        self.config = config
        self.action = action
        self.message = message
        self.at = at
        self.fix = fix
    }
}

/// Where a finding points, relative to the node a check found wrong.
public enum RuleTarget: Sendable, Hashable {
    /// The node itself.
    case value
    /// The key that holds the node.
    case key
    /// The value of the node's member with this name (the node itself when absent).
    case member(String)
    /// The key of the node's member with this name (the node itself when absent).
    case memberKey(String)

    /// Parses `value`, `key`, `NAME` or `NAME.key`.
    public init(_ text: String) {
        switch text {
        case "value": self = .value
        case "key": self = .key
        default:
            if text.hasSuffix(".key") {
                self = .memberKey(String(text.dropLast(4)))
            } else {
                self = .member(text)
            }
        }
    }
}

/// A rule's documented examples.
public struct RuleExamples: Sendable {
    /// One example: a YAML launch config, the settings it runs under, and for
    /// an invalid one the findings it must give (`RULE LINE:COL`).
    public struct Example: Sendable {
        /// The YAML text.
        public var config: String
        /// `survey`, `profile`, `secret` for the run.
        public var settings: ExampleSettings
        /// `RULE LINE:COL` strings; empty for a valid example.
        public var expect: [String]
    }

    /// Configs on which the rule is silent.
    public var valid: [Example]
    /// Configs on which the rule gives exactly the expected findings.
    public var invalid: [Example]
}

/// The configuration an example runs under.
public struct ExampleSettings: Sendable, Hashable {
    /// Config `survey`.
    public var survey: Bool?
    /// Config `profile`.
    public var profile: String?
    /// The signing secret, as if read from the environment.
    public var secret: String?

    /// Creates settings.
    public init(survey: Bool? = nil, profile: String? = nil, secret: String? = nil) {
        self.survey = survey
        self.profile = profile
        self.secret = secret
    }

    /// The configuration these settings describe.
    public var configuration: Configuration {
        Configuration(survey: survey, profile: profile)
    }
}
