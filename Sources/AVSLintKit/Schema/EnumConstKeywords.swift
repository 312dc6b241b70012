/// `enum` and `const`, compared by JSON equality (`1 == 1.0`, `true` is not
/// `1`, objects ignore key order).
final class EnumConstKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("enum", "const")

    let values: [Node]?
    let constant: Node?

    /// Compiles `enum` and `const` of the schema object `node`; nil when it has neither.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        values = try node["enum"].map { value in
            guard let items = value.items else { throw compiler.error(site, .malformed(keyword: "enum", expected: "an array")) }
            return items
        }
        constant = node["const"]
        guard values != nil || constant != nil else { return nil }
    }

    /// The values as given.
    init(values: [Node]?, constant: Node?) {
        self.values = values
        self.constant = constant
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        "EnumConstKeywords(values: \(SwiftSource.optional(values) { SwiftSource.array($0, SwiftSource.node) })"
            + ", constant: \(SwiftSource.optional(constant, SwiftSource.node)))"
    }

    /// How many enum members a message lists before "…".
    static let listLimit = 12
}

extension SchemaEvaluator {
    /// `const` (`expected 'release', got 'develop'`) and `enum`
    /// (`'gold' is not one of 'vip', 'normal'`), at the value.
    mutating func checkEnumConst(_ keywords: EnumConstKeywords, _ node: Node, _ context: InstanceContext) -> Bool {
        var valid = true
        if let constant = keywords.constant, !InstanceValue.equal(node, constant, computedMatches: true) {
            valid = false
            report("const", "expected \(InstanceValue.render(constant)), got \(InstanceValue.subject(node))", at: node.span, context.path)
        }
        if let values = keywords.values, !values.contains(where: { InstanceValue.equal(node, $0, computedMatches: true) }) {
            valid = false
            if collect {
                var list = values.prefix(EnumConstKeywords.listLimit).map { InstanceValue.render($0) }.joined(separator: ", ")
                if values.count > EnumConstKeywords.listLimit { list += ", …" }
                let message = values.isEmpty ? "\(InstanceValue.subject(node)) is not allowed: the list of allowed values is empty"
                    : "\(InstanceValue.subject(node)) is not one of \(list)"
                report("enum", message, at: node.span, context.path)
            }
        }
        return valid
    }
}
