/// A named check that a JSON Schema cannot express (the signature, a path's
/// query string, duplicates across a list, secrets). Rule files name it in
/// `then: {function: NAME, options: …}`.
public protocol RuleFunction: Sendable {
    /// The name rule files use.
    static var name: String { get }
    /// Checks `options` once, when the rule file is read.
    /// - Returns: an error message, or nil when the options are usable.
    func validate(options: Node?) -> String?
    /// The function set up for one rule's `options` (read once, when the
    /// rule file is read, instead of on every node it runs on).
    func configured(options: Node?) -> any RuleFunction
    /// Runs on one selected node.
    func run(_ context: RuleFunctionContext) -> [RuleFunctionResult]
}

extension RuleFunction {
    /// Most functions take any options.
    public func validate(options: Node?) -> String? { nil }

    /// Most functions read their options as they run.
    public func configured(options: Node?) -> any RuleFunction { self }
}

/// What a function sees.
public struct RuleFunctionContext: Sendable {
    /// The selected node and the way to it.
    public var selection: Selection
    /// The rule's `options`.
    public var options: Node?
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
    public static let all: [String: any RuleFunction] = {
        let list: [any RuleFunction] = [
            QueryParamFunction(), PathFormatFunction(), SignParamsFunction(), SignatureFunction(),
            SecretInConfigFunction(), PhoneFormatFunction(), UniqueFunction(), IntegerLiteralRangeFunction(),
        ]
        var table: [String: any RuleFunction] = [:]
        for function in list { table[type(of: function).name] = function }
        return table
    }()
}

extension Node {
    /// An option of a function: the member's value, nil when absent.
    func option(_ name: String) -> Node? { self[name] }

    /// The bool value when this is a boolean scalar.
    var bool: Bool? {
        if case .scalar(let s) = value, case .bool(let b) = s.value { return b }
        return nil
    }

    /// True when this node or any node inside it is computed at run time.
    var containsComputed: Bool {
        switch value {
        case .computed: return true
        case .scalar: return false
        case .sequence(let items): return items.contains { $0.containsComputed }
        case .mapping(let members): return members.contains { $0.value.containsComputed }
        }
    }
}
