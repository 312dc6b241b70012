/// `allOf`, `anyOf`, `oneOf` and `not`.
final class CombinatorKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("allOf", "anyOf", "oneOf", "not")

    let allOf: [Int]
    let anyOf: [Int]
    let oneOf: [Int]
    let not: Int?

    /// Compiles the combinators of the schema object `node`; nil when it has none.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        allOf = try node["allOf"].map { try compiler.subschemaArray($0, site, "allOf") } ?? []
        anyOf = try node["anyOf"].map { try compiler.subschemaArray($0, site, "anyOf") } ?? []
        oneOf = try node["oneOf"].map { try compiler.subschemaArray($0, site, "oneOf") } ?? []
        not = try node["not"].map { try compiler.subschema($0, site, "not") }
        guard !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || not != nil else { return nil }
    }

    /// The subschema indices as given.
    init(allOf: [Int], anyOf: [Int], oneOf: [Int], not: Int?) {
        self.allOf = allOf
        self.anyOf = anyOf
        self.oneOf = oneOf
        self.not = not
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        "CombinatorKeywords(allOf: \(SwiftSource.ints(allOf)), anyOf: \(SwiftSource.ints(anyOf)), "
            + "oneOf: \(SwiftSource.ints(oneOf)), not: \(SwiftSource.optional(not)))"
    }
}

extension SchemaEvaluator {
    mutating func checkCombinators(_ keywords: CombinatorKeywords, _ node: Node, _ context: InstanceContext,
                                   _ annotations: inout Annotations) -> Bool {
        var valid = true
        for schema in keywords.allOf where !evaluateInPlace(schema, node, context, &annotations) {
            valid = false
            if !collect { return false }
        }
        if !keywords.anyOf.isEmpty {
            var passed = false
            for schema in keywords.anyOf {
                var sub = Annotations()
                if quietly(schema, node, context, &sub) {
                    passed = true
                    guard program.needsAnnotations else { break }
                    annotations.merge(sub)
                }
            }
            if !passed {
                valid = false
                if !collect { return false }
                reportClosestBranch(keywords.anyOf, node, context)
            }
        }
        if !keywords.oneOf.isEmpty {
            var passedCount = 0
            var unsure = 0
            var passedAnnotations = Annotations()
            for schema in keywords.oneOf {
                var sub = Annotations()
                switch certainly(schema, node, context, &sub) {
                case true?:
                    passedCount += 1
                    if passedCount == 1 { passedAnnotations = sub }
                case nil:
                    unsure += 1
                case false?:
                    break
                }
                if passedCount > 1 { break }
            }
            if unsure > 0, passedCount <= 1, passedCount + unsure >= 1 {
                // Exactly one may or may not pass: the doubt decides.
                if !doubt() {
                    valid = false
                    if !collect { return false }
                }
            } else if passedCount == 1 {
                if program.needsAnnotations { annotations.merge(passedAnnotations) }
            } else {
                valid = false
                if !collect { return false }
                if passedCount > 1 {
                    report("oneOf", "matches more than one of the allowed shapes", at: node.span, context.path)
                } else {
                    reportClosestBranch(keywords.oneOf, node, context)
                }
            }
        }
        if let schema = keywords.not {
            var sub = Annotations()
            // What passing `not` needs is the subschema failing: a doubt
            // inside it resolves the other way.
            doubtPasses.toggle()
            let inner = quietly(schema, node, context, &sub)
            doubtPasses.toggle()
            if inner {
                valid = false
                if !collect { return false }
                report("not", "matches a shape that is not allowed here", at: node.span, context.path)
            }
        }
        return valid
    }

    /// When no branch of `anyOf`/`oneOf` matches, reports the findings of
    /// the branch that came closest, never a bare "matches none". A branch
    /// whose type fits beats one whose type does not; then the branch that
    /// declares more of the instance's keys; then the one with fewer
    /// findings. When every branch fails only on the type, one merged type
    /// finding names all the types allowed.
    mutating func reportClosestBranch(_ branches: [Int], _ node: Node, _ context: InstanceContext) {
        var best: (rank: (Int, Int, Int), findings: [RawFinding])?
        var typeOnly = true
        var expected: [String] = []
        let keys = node.members.map { Set(InstanceValue.effectiveMembers($0, of: node).map(\.name)) } ?? []
        for branch in branches {
            let start = findings.count
            var sub = Annotations()
            _ = evaluate(branch, node, context.inPlaceStep, &sub)
            let found = Array(findings[start...])
            findings.removeSubrange(start...)
            let rootType = found.first { $0.finding.keyword == "type" && $0.finding.instancePath == context.path }
            if let rootType, found.count == 1 {
                expected += rootType.expectedTypes
            } else {
                typeOnly = false
            }
            let matched = keys.isEmpty ? 0 : program.schemas[branch].declaredKeys.filter { keys.contains($0) }.count
            let rank = (rootType == nil ? 0 : 1, -matched, found.count)
            if best == nil || rank < (best?.rank ?? rank) { best = (rank, found) }
        }
        if typeOnly, !expected.isEmpty {
            report("type", "expected \(TypeKeyword.list(expected)), got \(InstanceValue.describe(node))",
                   at: node.span, context.path, expectedTypes: expected)
        } else if let best {
            findings += best.findings
        }
    }
}
