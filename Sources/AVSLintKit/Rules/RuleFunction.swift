/// A named check that a JSON Schema cannot express (the signature, a path's
/// query string, duplicates across a list, secrets). Rule files name it in
/// `then: {function: NAME, options: …}`.
public protocol RuleFunction: Sendable {
    /// The function's options as typed values.
    associatedtype Options: RuleOptions = NoOptions
    /// The name rule files use.
    static var name: String { get }
    /// The JSON Schema (as JSON text) of the function's `options`, which a
    /// rule file's options must match; nil for a function that takes none.
    static var optionsSchema: String? { get }
    /// The function set up for one rule's options.
    init(options: Options)
    /// Runs on one selected node.
    func run(_ context: RuleFunctionContext) -> [RuleFunctionResult]
}

extension RuleFunction {
    /// Most functions take no options.
    public static var optionsSchema: String? { nil }

    /// The function set up for a rule's `options`, which its options schema
    /// accepted: decoded once, when the rule file is read.
    static func configured(_ options: Node?) throws(MissingOption) -> any RuleFunction {
        Self(options: try Options(options))
    }
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
        var table: [String: any RuleFunction.Type] = [:]
        for function in list { table[function.name] = function }
        return table
    }()

    /// Each function's compiled options schema, by name (functions that take no options are absent).
    public static let optionSchemas: [String: JSONSchema] = RuleFileParser.compileOptionSchemas(
        all.mapValues { $0.optionsSchema }, of: "options of")
}
