/// `remove-query-param`: drops a parameter from the path the finding points
/// at (every occurrence), with its `&`, and the `?` when nothing is left.
/// The value keeps its quoting. Options: `name` (required).
public struct RemoveQueryParamFixer: RuleFixer {
    public static let name = "remove-query-param"

    public init() {}

    public func validate(options: Node?) -> String? {
        options?["name"]?.string == nil ? "'remove-query-param' needs the option 'name'" : nil
    }

    public func fix(_ context: RuleFixContext) -> Fix? {
        guard let name = context.option("name"), let path = context.target.node.string else { return nil }
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

    public init() {}

    public func validate(options: Node?) -> String? {
        guard options?["name"]?.string != nil, options?["value"]?.scalar != nil else {
            return "'set-query-param' needs the options 'name' and 'value'"
        }
        return nil
    }

    public func fix(_ context: RuleFixContext) -> Fix? {
        guard let name = context.option("name"), let value = context.option("value"), !value.isEmpty,
              !value.contains("{{"), let path = context.target.node.string else { return nil }
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
