/// A rule file that cannot be used: where and why.
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why a rule file cannot be used; `message` words each.
    public enum Reason: Sendable, Hashable {
        /// The YAML cannot be read (the loader's message).
        case syntax(String)
        /// The file breaks the rule file schema (the schema's message).
        case schema(String)
        /// The file is not one mapping.
        case notAMapping
        /// Two rule files have one id; the first is in `earlier`.
        case duplicateID(String, earlier: String)
        /// A `given` path does not parse.
        case badPath(String, reason: String)
        /// A `when` or `then` schema does not compile.
        case badSchema(String, reason: String)
        /// A `config` condition is not a scalar.
        case configNotScalar
        /// `fix` names no kind.
        case fixWithoutKind
        /// `fix` names a kind that does not exist.
        case unknownFixKind(String, known: [String])
        /// A `then` entry has neither `schema` nor `function`.
        case checkWithoutAction
        /// Neither the rule nor the `then` entry has a `message`.
        case missingMessage
        /// `function` names a function that does not exist.
        case unknownFunction(String, known: [String])
        /// Options given to a function or fixer that takes none.
        case takesNoOptions(String)
        /// An option its options schema refuses (the schema's message).
        case badOption(String, reason: String)
        /// A needed option left out.
        case missingOption(String, MissingOption)
    }

    /// The rule file's path.
    public var file: String
    /// Where in it.
    public var position: Position
    /// What is wrong.
    public var reason: Reason

    /// What is wrong, in one line.
    public var message: String {
        switch reason {
        case .syntax(let message), .schema(let message): return message
        case .notAMapping: return "a rule file holds one mapping"
        case .duplicateID(let id, let earlier): return "rule '\(id)' is already defined in \(earlier)"
        case .badPath(let text, let reason): return "bad JSONPath '\(text)': \(reason)"
        case .badSchema(let what, let reason): return "the '\(what)' schema does not compile: \(reason)"
        case .configNotScalar: return "a config condition is a scalar"
        case .fixWithoutKind: return "'fix' is a fix kind or a mapping with 'kind'"
        case .unknownFixKind(let name, let known): return "unknown fix kind '\(name)'; known: \(Self.quoted(known))"
        case .checkWithoutAction: return "a 'then' entry needs 'schema' or 'function'"
        case .missingMessage: return "missing 'message' (in the rule or in this 'then' entry)"
        case .unknownFunction(let name, let known): return "unknown function '\(name)'; known: \(Self.quoted(known))"
        case .takesNoOptions(let name): return "'\(name)' takes no options"
        case .badOption(let name, let reason): return "bad option of '\(name)': \(reason)"
        case .missingOption(let name, let missing): return "'\(name)' needs \(missing.needed)"
        }
    }

    /// `file:line:col: message`.
    public var description: String {
        "\(file):\(position.line):\(position.column): \(message)"
    }

    /// Names, sorted and quoted: `'a', 'b'`.
    private static func quoted(_ names: [String]) -> String {
        names.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }
}
