/// `enum` and `const`, compared by JSON equality (`1 == 1.0`, `true` is not
/// `1`, objects ignore key order).
///
/// Written only while compiling (see `SchemaProgram`).
final class EnumConstKeywords: @unchecked Sendable {
    var values: [Node]?
    var constant: Node?

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> EnumConstKeywords? {
        let result = EnumConstKeywords()
        if let value = node["enum"] {
            guard let items = value.items else { throw compiler.error(site, .malformed(keyword: "enum", expected: "an array")) }
            result.values = items
        }
        result.constant = node["const"]
        return result.values == nil && result.constant == nil ? nil : result
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
