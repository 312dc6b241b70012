/// `if`, `then` and `else`. `then`/`else` without `if` do nothing.
struct ConditionalKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("if", "then", "else")

    var condition: Int
    var then: Int?
    var otherwise: Int?

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        "ConditionalKeywords(condition: \(condition), then: \(SwiftSource.optional(then)), "
            + "otherwise: \(SwiftSource.optional(otherwise)))"
    }

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> ConditionalKeywords? {
        guard let value = node["if"] else { return nil }
        var result = ConditionalKeywords(condition: try compiler.subschema(value, site, "if"))
        if let then = node["then"] { result.then = try compiler.subschema(then, site, "then") }
        if let otherwise = node["else"] { result.otherwise = try compiler.subschema(otherwise, site, "else") }
        return result
    }
}

extension SchemaEvaluator {
    /// Evaluates `if` silently (its annotations count when it passes), then
    /// `then` or `else` with findings.
    mutating func checkConditional(_ keywords: ConditionalKeywords, _ node: Node, _ context: InstanceContext,
                                   _ annotations: inout Annotations) -> Bool {
        var sub = Annotations()
        switch certainly(keywords.condition, node, context, &sub) {
        case true?:
            if program.needsAnnotations { annotations.merge(sub) }
            guard let then = keywords.then else { return true }
            return evaluateInPlace(then, node, context, &annotations)
        case false?:
            guard let otherwise = keywords.otherwise else { return true }
            return evaluateInPlace(otherwise, node, context, &annotations)
        case nil:
            // Either branch may be the one that applies: when both agree
            // the answer is certain, else the doubt decides.
            let thenPasses = keywords.then.map { quietly($0, node, context, &sub) } ?? true
            let elsePasses = keywords.otherwise.map { quietly($0, node, context, &sub) } ?? true
            if thenPasses == elsePasses {
                if !thenPasses, let then = keywords.then { return evaluateInPlace(then, node, context, &annotations) }
                return thenPasses
            }
            return doubt()
        }
    }
}
