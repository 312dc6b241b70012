/// `sign-params`: the signing parameters in a path's query (the selected
/// node is the `path` string).
///
/// Options:
/// - `required: true`: `sign` (64 hex digits), `nonce` (non-empty) and
///   `timestamp` (digits) must each appear exactly once (mini-program mode).
/// - `forbidden: true`: none of them may appear (page mode is not signed).
///
/// Template values: `{{param}}`, `{{problem}}`.
public struct SignParamsFunction: RuleFunction {
    public static let name = "sign-params"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"required": {"type": "boolean"}, "forbidden": {"type": "boolean"}}, "additionalProperties": false}"##

    static let names = ["sign", "nonce", "timestamp"]

    /// Whether the parameters must be there or must not.
    public enum Options: RuleOptions {
        /// Each must appear exactly once, well formed (`required: true`).
        case required
        /// None may appear (`forbidden: true`, which wins over `required`).
        case forbidden

        public init(_ node: Node?) throws(MissingOption) {
            if node?["forbidden"]?.bool == true {
                self = .forbidden
            } else if node?["required"]?.bool == true {
                self = .required
            } else {
                throw MissingOption("'required: true' or 'forbidden: true'")
            }
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let path = context.selection.node.string else { return [] }
        let query = PathQuery(path)
        var results: [RuleFunctionResult] = []
        if options == .forbidden {
            for name in Self.names where !query.values(name).isEmpty {
                results.append(RuleFunctionResult(values: ["param": name, "problem": "is present"]))
            }
            return results
        }
        for name in Self.names {
            let found = query.values(name)
            let problem: String?
            if found.isEmpty {
                problem = "is missing"
            } else if found.count > 1 {
                problem = "appears \(found.count) times"
            } else {
                problem = Self.problem(name, value: found[0].value ?? "")
            }
            if let problem {
                results.append(RuleFunctionResult(values: ["param": name, "problem": problem]))
            }
        }
        return results
    }

    private static func problem(_ name: String, value: String) -> String? {
        switch name {
        case "sign":
            let bytes = Array(value.utf8)
            return bytes.count == 64 && bytes.allSatisfy(\.isHexDigit) ? nil : "is not 64 hex digits"
        case "timestamp":
            return !value.isEmpty && value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? nil : "is not digits"
        default:
            return value.isEmpty ? "is empty" : nil
        }
    }
}
