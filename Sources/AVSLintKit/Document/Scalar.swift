/// A leaf value with its resolved type, its text and how it was written.
public struct Scalar: Sendable, Hashable {
    /// How the scalar was written in the source.
    public enum Style: String, Sendable, Hashable {
        /// A YAML plain scalar, or a JSON/JavaScript number or keyword.
        case plain
        /// `'…'`
        case singleQuoted
        /// `"…"`
        case doubleQuoted
        /// YAML `|` block.
        case literal
        /// YAML `>` block.
        case folded
    }

    /// The resolved value.
    public var value: ScalarValue
    /// The scalar's text after unquoting and unescaping (for a key, the name).
    public var text: String
    /// How the scalar was written.
    public var style: Style

    /// Creates a scalar.
    public init(_ value: ScalarValue, text: String, style: Style) {
        self.value = value
        self.text = text
        self.style = style
    }
}

/// A resolved scalar value, compared as JSON compares values: `1` equals
/// `1.0`, `true` is not `1`.
public enum ScalarValue: Sendable, Hashable {
    /// `null`
    case null
    /// `true` / `false`
    case bool(Bool)
    /// An exact number.
    case number(Number)
    /// A string.
    case string(String)

    /// The JSON type name: "null", "boolean", "integer", "number" or "string".
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let number): return number.isInteger ? "integer" : "number"
        case .string: return "string"
        }
    }
}
