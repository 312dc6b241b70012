/// `unique`: the items of the selected list must differ in `property`
/// (compared as strings; `ignore` lists characters dropped first, e.g.
/// `" -"` for phone numbers). Each repeat is a finding at its value, with
/// the first occurrence as related location.
///
/// Options: `property` (string, required), `ignore` (string).
/// Template values: `{{first}}` (line of the first occurrence).
public struct UniqueFunction: RuleFunction {
    public static let name = "unique"

    public init() {}

    public func validate(options: Node?) -> String? {
        options?.option("property")?.string == nil ? "'unique' needs the option 'property'" : nil
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let items = context.selection.node.items, let property = context.options?.option("property")?.string else {
            return []
        }
        let ignore = Set((context.options?.option("ignore")?.string ?? "").unicodeScalars)
        var seen: [String: Span] = [:]
        var results: [RuleFunctionResult] = []
        for (i, item) in items.enumerated() {
            guard let member = item.member(property), let text = member.value.string else { continue }
            let key = String(String.UnicodeScalarView(text.unicodeScalars.filter { !ignore.contains($0) }))
            let itemSelection = Selection(node: item, keyPath: context.selection.keyPath + [.index(i)], key: nil)
            if let first = seen[key] {
                results.append(RuleFunctionResult(
                    target: itemSelection.child(member), values: ["first": String(first.start.line)],
                    related: [Related(span: first, message: "first given here")]))
            } else {
                seen[key] = member.value.span
            }
        }
        return results
    }
}
