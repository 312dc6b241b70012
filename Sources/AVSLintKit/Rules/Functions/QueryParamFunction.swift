/// `query-param`: looks at one parameter of a page path's query (the
/// selected node is the `path` string).
///
/// Options:
/// - `name` (string, required): the parameter, e.g. `navigateType`.
/// - `expected` (map slot → value): the value the parameter must have when
///   the path belongs to that slot (the member name holding the path's
///   object, e.g. `callEndNavigate: 3`); slots not listed are not checked.
/// - `forbidden` (bool): any occurrence of the parameter is a finding.
///
/// Template values: `{{param}}`, `{{found}}` (the value written), `{{expected}}`, `{{slot}}`.
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
        if context.options?.option("forbidden")?.bool == true {
            return [RuleFunctionResult(values: ["param": name, "found": found[0].value ?? "", "slot": slot])]
        }
        guard let expectedNode = context.options?.option("expected")?[slot],
              let expected = expectedNode.scalar?.text else { return [] }
        return found.compactMap { parameter in
            guard parameter.value != expected else { return nil }
            return RuleFunctionResult(values: [
                "param": name, "found": parameter.value ?? "", "expected": expected, "slot": slot,
            ])
        }.prefix(1).map { $0 }
    }
}
