/// The JSON type of an instance node.
enum JSONKind: UInt8, Sendable {
    case null = 1, boolean = 2, object = 4, array = 8, number = 16, string = 32, integer = 64

    /// The kind of `node` (a whole-valued number is an integer); nil for a
    /// computed value. A function, not an initializer: an initializer takes
    /// its argument owned, which costs every caller a copy of the node.
    static func of(_ node: Node) -> JSONKind? {
        switch node.value {
        case .mapping: return .object
        case .sequence: return .array
        case .computed: return nil
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool: return .boolean
            case .number(let number): return number.isInteger ? .integer : .number
            case .string: return .string
            }
        }
    }

    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "number": self = .number
        case "string": self = .string
        case "integer": self = .integer
        default: return nil
        }
    }

    /// The name with its article, as messages say it: "an object", "null".
    var phrase: String {
        switch self {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .object: return "an object"
        case .array: return "an array"
        case .number: return "a number"
        case .string: return "a string"
        case .integer: return "an integer"
        }
    }
}

/// `type`: one JSON type name or a list of them.
struct TypeKeyword: Sendable {
    /// Bit set of allowed `JSONKind` raw values.
    var allowed: UInt8
    /// The allowed types as message phrases, in schema order.
    var phrases: [String]

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> TypeKeyword? {
        guard let value = node["type"] else { return nil }
        var names: [String]
        if let name = value.string {
            names = [name]
        } else if value.items != nil {
            names = try compiler.strings(value, site, "type")
        } else {
            throw compiler.error(site, .malformed(keyword: "type", expected: "a type name or an array of them"))
        }
        var allowed: UInt8 = 0
        var phrases: [String] = []
        for name in names {
            guard let kind = JSONKind(name: name) else { throw compiler.error(site, .unknownType(name)) }
            allowed |= kind.rawValue
            phrases.append(kind.phrase)
        }
        return TypeKeyword(allowed: allowed, phrases: phrases)
    }

    /// True when a value of `kind` is allowed (an integer is also a number).
    func allows(_ kind: JSONKind) -> Bool {
        Self.allows(kind, in: allowed)
    }

    /// True when a value of `kind` is allowed by the bit set `allowed`.
    static func allows(_ kind: JSONKind, in allowed: UInt8) -> Bool {
        allowed & kind.rawValue != 0 || (kind == .integer && allowed & JSONKind.number.rawValue != 0)
    }

    /// "a string", "a string or null", "an object, an array or null".
    static func list(_ phrases: [String]) -> String {
        var unique: [String] = []
        for phrase in phrases where !unique.contains(phrase) { unique.append(phrase) }
        guard unique.count > 1, let last = unique.last else { return unique.first ?? "nothing" }
        return unique.dropLast().joined(separator: ", ") + " or " + last
    }
}

extension SchemaEvaluator {
    /// `type`: reported at the value, e.g. `expected a string, got the integer 13312223333`.
    mutating func checkType(_ type: TypeKeyword, _ node: Node, _ context: InstanceContext) -> Bool {
        guard let kind = JSONKind.of(node), !type.allows(kind) else { return true }
        report("type", "expected \(TypeKeyword.list(type.phrases)), got \(InstanceValue.describe(node))",
               at: node.span, context.path, expectedTypes: type.phrases)
        return false
    }
}
