/// What a rule file names and sets up with options: a function
/// (`then: {function: NAME, options: …}`) or a fix kind (`fix: {kind: NAME, …}`).
public protocol RuleConfigurable: Sendable {
    /// The options as typed values.
    associatedtype Options: RuleOptions = NoOptions
    /// The name rule files use.
    static var name: String { get }
    /// The JSON Schema (as JSON text) the options must match; nil when it takes none.
    static var optionsSchema: String? { get }
    /// The function or fixer set up for one rule's options.
    init(options: Options)
}

extension RuleConfigurable {
    /// Most take no options.
    public static var optionsSchema: String? { nil }

    /// Set up for a rule's options, which the options schema accepted:
    /// decoded once, when the rule file is read.
    static func configured(_ options: Node?) throws(MissingOption) -> Self {
        Self(options: try Options(options))
    }
}

/// The options of a rule function or a fixer as typed values, decoded once
/// when the rule file is read, from a node its options schema already
/// accepted (so every key is known and every value has its type).
public protocol RuleOptions: Sendable {
    /// Decodes the options; nil when the rule file gives none.
    /// - Throws: `MissingOption` when a needed option (or one of a pair) is
    ///   absent, which the schema leaves to the decoder to say.
    init(_ node: Node?) throws(MissingOption)
}

/// A needed option the rule file leaves out: what it needs, worded to
/// follow the function's or fixer's name (`the option 'property'`).
public struct MissingOption: Error, Sendable, Hashable {
    /// What is needed (`the option 'name'`, `'expected' or 'forbidden: true'`).
    public var needed: String

    /// Creates the error.
    public init(_ needed: String) {
        self.needed = needed
    }
}

/// The options of a function or fixer that takes none.
public struct NoOptions: RuleOptions {
    /// Accepts no options (the rule file parser refuses any before decoding).
    public init(_ node: Node?) {}
}
