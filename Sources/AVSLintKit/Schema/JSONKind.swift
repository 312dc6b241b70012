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
