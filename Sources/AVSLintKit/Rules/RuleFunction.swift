/// A named check that a JSON Schema cannot express (the signature, a path's
/// query string, duplicates across a list, secrets). Rule files name it in
/// `then: {function: NAME, options: …}`.
///
/// Its `optionsSchema` is the JSON Schema of `options`.
public protocol RuleFunction: RuleConfigurable {
    /// Runs on one selected node.
    func run(_ context: RuleFunctionContext) -> [RuleFunctionResult]
}

/// What a function sees.
public struct RuleFunctionContext: Sendable {
    /// The selected node and the way to it.
    public var selection: Selection
    /// The document root.
    public var root: Node
    /// The document's launch mode.
    public var mode: LaunchMode
    /// The run's configuration.
    public var configuration: Configuration
    /// The signing secret, when the environment has it. Never print it.
    public var secret: String?
    /// The file the document is in (for checks of its whole text).
    public var file: SourceFile?
}

/// One finding of a function.
public struct RuleFunctionResult: Sendable {
    /// The node the finding is about; nil for the selected node.
    public var target: Selection?
    /// Point at the target's key instead of its value.
    public var atKey: Bool
    /// Extra template values (`{{expected}}`), added to `property`, `value`, `path`.
    public var values: [String: String]
    /// A message that replaces the rule's template.
    public var message: String?
    /// A registered id the finding is given instead of the rule's (the
    /// skipped-signature note is `miniprogram/sign-unchecked`), with that
    /// id's default severity; nil for the rule's own id.
    public var rule: RuleInfo?
    /// True when a file gets this finding once, however many of its
    /// documents give it (the skipped-signature note).
    public var oncePerFile: Bool
    /// Other places that explain the finding.
    public var related: [Related]

    /// Creates a result.
    public init(
        target: Selection? = nil, atKey: Bool = false, values: [String: String] = [:], message: String? = nil,
        rule: RuleInfo? = nil, oncePerFile: Bool = false, related: [Related] = []
    ) {
        self.target = target
        self.atKey = atKey
        self.values = values
        self.message = message
        self.rule = rule
        self.oncePerFile = oncePerFile
        self.related = related
    }
}

/// The functions rule files may name.
public enum RuleFunctions {
    /// Every function, by name.
    public static let all: [String: any RuleFunction.Type] = {
        let list: [any RuleFunction.Type] = [
            QueryParamFunction.self, PathFormatFunction.self, SignParamsFunction.self, SignatureFunction.self,
            SecretInConfigFunction.self, PhoneFormatFunction.self, UniqueFunction.self, IntegerLiteralRangeFunction.self,
        ]
        return Dictionary(list.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Each function's compiled options schema, by name (functions that take no options are absent).
    public static let optionSchemas = RuleFileParser.compileOptionSchemas(all, of: "options of")
}
