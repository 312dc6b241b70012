/// Why a schema could not be compiled: where, and which `Problem`.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer of the offending schema location, with its document's URI.
    public var location: String
    /// What is wrong.
    public var problem: Problem

    /// What can be wrong with a schema.
    public enum Problem: Sendable, Hashable {
        /// A value where a schema must be is neither an object nor a boolean.
        case notASchema
        /// A reference's target location holds nothing.
        case noSchema
        /// The schema nests deeper than `limit` levels.
        case nestsTooDeeply(limit: Int)
        /// A keyword's value has the wrong form; `expected` is what it must
        /// be ("a number", "an array of strings").
        case malformed(keyword: String, expected: String)
        /// `type` names a type JSON Schema does not have.
        case unknownType(String)
        /// `pattern` is not a regular expression.
        case invalidPattern(String)
        /// A `patternProperties` name is not a regular expression.
        case invalidPatternName(String)
        /// A `$ref`/`$dynamicRef` names a document that was not given.
        case unavailable(keyword: String, reference: String)
        /// A `$ref`/`$dynamicRef` names an anchor no resource declares.
        case unknownAnchor(keyword: String, anchor: String)
        /// A `$ref`/`$dynamicRef` points inside a document at nothing.
        case missingTarget(keyword: String, reference: String)

        /// The keyword the problem is in, if it is in one.
        var keyword: String? {
            switch self {
            case .notASchema, .noSchema, .nestsTooDeeply: return nil
            case .malformed(let keyword, _), .unavailable(let keyword, _), .unknownAnchor(let keyword, _),
                 .missingTarget(let keyword, _):
                return keyword
            case .unknownType: return "type"
            case .invalidPattern: return "pattern"
            case .invalidPatternName: return "patternProperties"
            }
        }
    }

    /// Creates an error.
    public init(location: String, problem: Problem) {
        self.location = location
        self.problem = problem
    }

    /// What is wrong, as one sentence (without the location).
    public var message: String {
        switch problem {
        case .notASchema: return "a schema must be an object or a boolean"
        case .noSchema: return "no schema at this location"
        case .nestsTooDeeply(let limit): return "the schema nests too deeply (more than \(limit) levels)"
        case .malformed(let keyword, let expected): return "'\(keyword)' must be \(expected)"
        case .unknownType(let name): return "'type' names the unknown type '\(name)'"
        case .invalidPattern(let source): return "'pattern' is not a valid regular expression: '\(source)'"
        case .invalidPatternName(let name): return "'patternProperties' holds an invalid regular expression: '\(name)'"
        case .unavailable(let keyword, let reference): return "'\(keyword)' refers to '\(reference)', which is not available"
        case .unknownAnchor(let keyword, let anchor): return "'\(keyword)' refers to the unknown anchor '\(anchor)'"
        case .missingTarget(let keyword, let reference): return "'\(keyword)' refers to '\(reference)', which does not exist"
        }
    }

    public var description: String { "\(location): \(message)" }
}
