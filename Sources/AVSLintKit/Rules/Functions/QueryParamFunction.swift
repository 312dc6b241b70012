/// `query-param`: looks at one parameter of a page path's query (the
/// selected node is the `path` string).
///
/// Options:
/// - `name` (string, required): the parameter, e.g. `navigateType`.
/// - `expected` (map slot → value): the value the parameter must have when
///   the path belongs to that slot (the member name holding the path's
///   object, e.g. `callEndNavigate: 3`); slots not listed are not checked.
/// - `forbidden` (bool): any occurrence of the parameter is a finding.
/// - `mode-values` (map mode → map name → text): more template values, by
///   the document's launch mode (`page`, `miniprogram`), for messages that
///   say what the platform does in each mode.
///
/// Template values: `{{param}}`, `{{found}}` (the value written), `{{expected}}`, `{{slot}}`,
/// and those of `mode-values`.
public struct QueryParamFunction: RuleFunction {
    public static let name = "query-param"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"name": {"type": "string"}, "expected": {"type": "object", "additionalProperties": {"type": ["string", "number"]}}, "forbidden": {"type": "boolean"}, "mode-values": {"type": "object", "properties": {"page": {"$ref": "#/$defs/values"}, "miniprogram": {"$ref": "#/$defs/values"}}, "additionalProperties": false}}, "additionalProperties": false, "$defs": {"values": {"type": "object", "additionalProperties": {"type": "string"}}}}"##

    /// The parameter and what is wrong with it.
    public struct Options: RuleOptions {
        /// The parameter.
        public var name: String
        /// The value it must have, by slot (as written: `3` or `"3"`).
        public var expected: [String: String]
        /// Any occurrence is a finding.
        public var forbidden: Bool
        /// More template values, by launch mode (its raw value).
        public var modeValues: [String: [String: String]]

        public init(_ node: Node?) throws(MissingOption) {
            guard let name = node?["name"]?.string else { throw MissingOption("the option 'name'") }
            self.name = name
            forbidden = node?["forbidden"]?.bool == true
            let expectedNode = node?["expected"]
            guard expectedNode != nil || forbidden else { throw MissingOption("'expected' or 'forbidden: true'") }
            expected = Self.texts(expectedNode) { $0.scalar?.text }
            var modeValues: [String: [String: String]] = [:]
            for member in node?["mode-values"]?.members ?? [] {
                if let mode = LaunchMode(rawValue: member.name) { modeValues[mode.rawValue] = Self.texts(member.value) { $0.string } }
            }
            self.modeValues = modeValues
        }

        /// A mapping's members that `text` gives a text for, by key (the last of equal keys).
        private static func texts(_ node: Node?, _ text: (Node) -> String?) -> [String: String] {
            var out: [String: String] = [:]
            for member in node?.members ?? [] {
                if let value = text(member.value) { out[member.name] = value }
            }
            return out
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let path = context.selection.node.string else { return [] }
        let name = options.name
        let found = PathQuery(path).values(name)
        guard !found.isEmpty else { return [] }
        let slot = context.selection.parentProperty ?? ""
        var values = options.modeValues[context.mode.rawValue] ?? [:]
        values["param"] = name
        values["slot"] = slot
        if options.forbidden {
            values["found"] = found[0].value ?? ""
            return [RuleFunctionResult(values: values)]
        }
        guard let expected = options.expected[slot],
              let wrong = found.first(where: { $0.value != expected }) else { return [] }
        values["found"] = wrong.value ?? ""
        values["expected"] = expected
        return [RuleFunctionResult(values: values)]
    }
}
