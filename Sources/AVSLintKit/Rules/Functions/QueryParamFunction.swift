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

    public init() {}

    public func validate(options: Node?) -> String? {
        guard let options, options.option("name")?.string != nil else { return "'query-param' needs the option 'name'" }
        if options.option("expected") == nil && options.option("forbidden")?.bool != true {
            return "'query-param' needs 'expected' or 'forbidden: true'"
        }
        return nil
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let path = context.selection.node.string, let name = context.options?.option("name")?.string else {
            return []
        }
        let found = PathQuery(path).values(name)
        guard !found.isEmpty else { return [] }
        let slot = context.selection.parentProperty ?? ""
        var values = Self.modeValues(context)
        values["param"] = name
        values["slot"] = slot
        if context.options?.option("forbidden")?.bool == true {
            values["found"] = found[0].value ?? ""
            return [RuleFunctionResult(values: values)]
        }
        guard let expectedNode = context.options?.option("expected")?[slot],
              let expected = expectedNode.scalar?.text,
              let wrong = found.first(where: { $0.value != expected }) else { return [] }
        values["found"] = wrong.value ?? ""
        values["expected"] = expected
        return [RuleFunctionResult(values: values)]
    }

    /// The `mode-values` entries for the document's mode.
    private static func modeValues(_ context: RuleFunctionContext) -> [String: String] {
        guard let members = context.options?.option("mode-values")?[context.mode.rawValue]?.members else { return [:] }
        var values: [String: String] = [:]
        for member in members {
            if let text = member.value.string { values[member.name] = text }
        }
        return values
    }
}
