/// `unique`: the items of the selected list must differ in `property`
/// (compared as strings; `ignore` lists characters dropped first, e.g.
/// `" -"` for phone numbers). Each repeat is a finding at its value, with
/// the first occurrence as related location.
///
/// Options: `property` (string, required), `ignore` (string).
/// Template values: `{{first}}` (line of the first occurrence).
public struct UniqueFunction: RuleFunction {
    public static let name = "unique"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"property": {"type": "string"}, "ignore": {"type": "string"}}, "additionalProperties": false}"##

    /// The property compared and the characters dropped first.
    public struct Options: RuleOptions {
        /// The member of each item that must differ.
        public var property: String
        /// Characters dropped before comparing: a few (" -"), so a list to
        /// search, not a set to hash for every character.
        public var ignore: [Unicode.Scalar]

        public init(_ node: Node?) throws(MissingOption) {
            guard let property = node?["property"]?.string else { throw MissingOption("the option 'property'") }
            self.property = property
            ignore = Array((node?["ignore"]?.string ?? "").unicodeScalars)
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let items = context.selection.node.items else { return [] }
        let property = options.property
        let ignore = options.ignore
        // Lists are mostly short (a customer's phones): there a linear search beats hashing.
        let linear = items.count <= 16
        var seen: [(key: String, span: Span)] = []
        var seenByKey: [String: Span] = [:]
        var results: [RuleFunctionResult] = []
        for (i, item) in items.enumerated() {
            guard let member = item.member(property), let text = member.value.string else { continue }
            let key = Self.dropping(ignore, from: text)
            let earlier = linear ? seen.first(where: { $0.key == key })?.span : seenByKey[key]
            if let first = earlier {
                let itemSelection = context.selection.item(item, at: i)
                results.append(RuleFunctionResult(
                    target: itemSelection.child(member), values: ["first": String(first.start.line)],
                    related: [Related(span: first, message: "first given here")]))
            } else if linear {
                seen.append((key, member.value.span))
            } else {
                seenByKey[key] = member.value.span
            }
        }
        return results
    }

    /// `text` without the characters in `ignore`; `text` itself when it holds none.
    static func dropping(_ ignore: [Unicode.Scalar], from text: String) -> String {
        guard !ignore.isEmpty, text.unicodeScalars.contains(where: ignore.contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !ignore.contains($0) }))
    }
}
