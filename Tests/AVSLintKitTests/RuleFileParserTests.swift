import Testing
@testable import AVSLintKit

@Suite struct RuleFileParserTests {
    static let base = """
        id: x/y
        severity: warning
        summary: s
        description: d
        given: $referer
        then: {function: phone-format}
        message: m

        """

    static let table: [(String, String)] = [
        (base.replacingOccurrences(of: "severity: warning", with: "severity: loud"),
         "rules/x/y.yaml:2:11: severity must be 'error', 'warning' or 'info'"),
        (base.replacingOccurrences(of: "given: $referer", with: "given: $referrer.a"),
         "rules/x/y.yaml:5:8: bad JSONPath '$referrer.a': unknown root '$referrer'; expected '$', '$referer' or '$navigates' at character 1"),
        (base.replacingOccurrences(of: "phone-format", with: "phone-fromat"),
         "rules/x/y.yaml:6:18: unknown function 'phone-fromat'; known: 'integer-literal-range', 'path-format', 'phone-format', 'query-param', 'secret-in-config', 'sign-params', 'signature', 'unique'"),
        (base + "tehn: 1\n",
         "rules/x/y.yaml:8:1: unknown key 'tehn'; did you mean 'then'?"),
        (base + "fix: remove-membr\n",
         "rules/x/y.yaml:8:6: unknown fix kind 'remove-membr'; known: 're-sign', 'remove-member', 'remove-query-param', 'set-query-param'"),
        (base + "fix: {kind: set-query-param, name: navigateType}\n",
         "rules/x/y.yaml:8:6: 'set-query-param' needs the options 'name' and 'value'"),
        (base + "fix: [1]\n",
         "rules/x/y.yaml:8:6: 'fix' is a fix kind or a mapping with 'kind'"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {schema: {type: 12}}"),
         "rules/x/y.yaml:6:16: the 'then' schema does not compile"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: unique}"),
         "rules/x/y.yaml:6:7: 'unique' needs the option 'property'"),
        ("id: [", "rules/x/y.yaml:1:"),
    ]

    @Test(arguments: table) func malformedRuleFilesNameFileAndPosition(_ row: (String, String)) {
        do {
            _ = try RuleSet(files: [(path: "rules/x/y.yaml", text: row.0)])
            Issue.record("accepted a malformed rule file")
        } catch {
            #expect(error.description.hasPrefix(row.1), "\(error.description)")
        }
    }

    @Test func addingARuleFileNeedsNoSwift() throws {
        let set = try RuleSet(files: [(path: "rules/x/y.yaml", text: Self.base)])
        let merged = try RuleSet.embedded().merging(set)
        #expect(merged.rules.count == 24)
        #expect(merged.rule("x/y")?.checks.count == 1)
    }

    /// A new rule that reuses a fix kind gets safe fixes without Swift.
    @Test func aNewRuleReusesAFixKind() throws {
        let text = """
            id: x/no-extra-data
            severity: warning
            summary: s
            description: d
            given: $navigates
            then: {schema: {properties: {extraData: false}}}
            message: "no extraData"
            at: key
            fix: {kind: remove-member, description: "drop 'extraData'"}

            """
        let set = try RuleSet(files: [(path: "rules/x/no-extra-data.yaml", text: text)])
        let (document, file) = yamlDocument("""
            udeskAvsMiniReferer:
              sdkToken: t
              authFailNavigate:
                path: pages/index/index
                extraData: {a: 1}

            """)
        let found = RuleEngine(rules: set, configuration: Configuration(), secret: nil).check(document, file: file)
        #expect(found.map(\.ruleID) == ["x/no-extra-data"])
        #expect(found.first?.fix == Fix(description: "drop 'extraData'", edits: [Edit(start: 83, end: 105, replacement: "")]))
    }
}
