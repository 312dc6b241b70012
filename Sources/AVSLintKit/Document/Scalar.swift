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

    /// A string whose text is the string itself (nearly every scalar of a
    /// config) is stored once; anything else keeps value and text in a box.
    /// Every node of a large document holds one, so this halves its size.
    private enum Storage: Sendable {
        case string(String)
        case other(Other)
    }

    /// The value and text of a scalar that is not a plain string.
    private final class Other: Sendable {
        let value: ScalarValue
        let text: String

        init(value: ScalarValue, text: String) {
            self.value = value
            self.text = text
        }
    }

    private let storage: Storage
    /// How the scalar was written.
    public let style: Style

    /// The resolved value.
    public var value: ScalarValue {
        switch storage {
        case .string(let string): return .string(string)
        case .other(let other): return other.value
        }
    }

    /// The scalar's text after unquoting and unescaping (for a key, the name).
    public var text: String {
        switch storage {
        case .string(let string): return string
        case .other(let other): return other.text
        }
    }

    /// True when `text` is `other`; cheaper than comparing `text`, which copies it out.
    func hasText(_ other: String) -> Bool {
        switch storage {
        case .string(let string): return string == other
        case .other(let box): return box.text == other
        }
    }

    /// True when the value is the string `other`.
    func isString(_ other: String) -> Bool {
        switch storage {
        case .string(let string): return string == other
        case .other(let box):
            if case .string(let string) = box.value { return string == other }
            return false
        }
    }

    /// Creates a scalar.
    public init(_ value: ScalarValue, text: String, style: Style) {
        if case .string(let string) = value, string == text {
            storage = .string(string)
        } else {
            storage = .other(Other(value: value, text: text))
        }
        self.style = style
    }

    public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
        lhs.style == rhs.style && lhs.value == rhs.value && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(text)
        hasher.combine(style)
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
