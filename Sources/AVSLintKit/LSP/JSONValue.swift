/// A JSON value as the language server reads and writes it: read from the
/// project's own JSON reader (`JSONLoader`), written with `JSONText`.
/// Objects keep their members in order.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as its JSON text (`3`, `-1.5e2`), so an id is echoed exactly.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// An integer value.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The value of the last member named `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of an integer that fits an `Int`.
    public var int: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// The value of a boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The items of an array.
    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// True for an object.
    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// Parses JSON text with the project's strict reader.
    /// - Returns: the value, or the reader's message for the first syntax error.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONValueError> {
        let loaded = JSONLoader.load(SourceFile(path: "message", bytes: bytes))
        if let root = loaded.documents.first?.root, !loaded.diagnostics.contains(where: { $0.severity == .error }) {
            return .success(JSONValue(root))
        }
        let problem = loaded.diagnostics.first
        let place = problem.map { "\($0.span.start.line):\($0.span.start.column): " } ?? ""
        return .failure(JSONValueError(message: place + (problem?.message ?? "no JSON value")))
    }

    /// Converts a loaded JSON node.
    init(_ node: Node) {
        switch node.value {
        case .mapping(let members):
            self = .object(members.map { (key: $0.name, value: JSONValue($0.value)) })
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .number(let number): self = .number(number.text)
            case .string(let text): self = .string(text)
            }
        case .computed:
            self = .null
        }
    }

    /// The compact JSON text of the value.
    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the compact JSON text of the value to `out`.
    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): JSONText.appendString(text, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                JSONText.appendString(member.key, to: &out)
                out += ":"
                member.value.write(to: &out)
            }
            out += "}"
        }
    }
}

/// Why a JSON text could not be read.
public struct JSONValueError: Error, Sendable, Equatable {
    /// `line:column: what was expected`.
    public var message: String
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
    public init(nilLiteral: ()) { self = .null }
}
