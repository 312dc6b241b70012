/// `remove-query-param`: drops a parameter from the path the finding points
/// at (every occurrence), with its `&`, and the `?` when nothing is left.
/// The value keeps its quoting. Options: `name` (required).
public struct RemoveQueryParamFixer: RuleFixer {
    public static let name = "remove-query-param"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": false}"##

    /// The parameter to drop.
    public struct Options: RuleOptions {
        /// The parameter's name (a template).
        public var name: String

        public init(_ node: Node?) throws(MissingOption) {
            guard let name = node?["name"]?.string else { throw MissingOption("the option 'name'") }
            self.name = name
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func fix(_ context: RuleFixContext) -> Fix? {
        let name = context.render(options.name)
        guard let path = context.target.node.string else { return nil }
        let query = PathQuery(path)
        guard query.parameters.contains(where: { $0.name == name }) else { return nil }
        let kept = query.parameters.filter { $0.name != name }.map { parameter in
            String(decoding: Array(path.utf8)[parameter.range], as: UTF8.self)
        }
        let newPath = kept.isEmpty ? query.page : query.page + "?" + kept.joined(separator: "&")
        guard let edit = SourceEdits.replaceScalar(context.target.node, with: newPath, in: context.file) else { return nil }
        return Fix(description: "remove '\(name)' from the path", edits: [edit])
    }
}

/// `set-query-param`: sets every occurrence of a parameter of the path the
/// finding points at to a value, keeping the rest of the path and the
/// quoting. Options: `name` (required), `value` (required; a template such
/// as `"{{expected}}"`).
public struct SetQueryParamFixer: RuleFixer {
    public static let name = "set-query-param"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"name": {"type": "string"}, "value": {"type": ["string", "number", "boolean"]}}, "additionalProperties": false}"##

    /// The parameter and its new value.
    public struct Options: RuleOptions {
        /// The parameter's name (a template).
        public var name: String
        /// The value, as written (a template such as `"{{expected}}"`).
        public var value: String

        public init(_ node: Node?) throws(MissingOption) {
            guard let name = node?["name"]?.string, let value = node?["value"]?.scalar?.text else {
                throw MissingOption("the options 'name' and 'value'")
            }
            self.name = name
            self.value = value
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func fix(_ context: RuleFixContext) -> Fix? {
        let name = context.render(options.name), value = context.render(options.value)
        guard !value.isEmpty, !value.contains("{{"), let path = context.target.node.string else { return nil }
        let bytes = Array(path.utf8)
        var out: [UInt8] = []
        var cursor = 0
        var changed = false
        for parameter in PathQuery(path).parameters where parameter.name == name && parameter.value != value {
            out += bytes[cursor..<parameter.range.lowerBound]
            out += Array((name + "=" + value).utf8)
            cursor = parameter.range.upperBound
            changed = true
        }
        guard changed else { return nil }
        out += bytes[cursor...]
        let newPath = String(decoding: out, as: UTF8.self)
        guard let edit = SourceEdits.replaceScalar(context.target.node, with: newPath, in: context.file) else { return nil }
        return Fix(description: "set '\(name)' to \(value)", edits: [edit])
    }
}
