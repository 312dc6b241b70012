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
         "rules/x/y.yaml:2:11: 'loud' is not one of 'error', 'warning', 'info'"),
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
        (base + "fix: {kind: set-query-param, name: navigateType, valeu: \"{{expected}}\"}\n",
         "rules/x/y.yaml:8:50: bad option of 'set-query-param': unknown key 'valeu'; did you mean 'value'?"),
        (base + "fix: {kind: remove-query-param, name: 3}\n",
         "rules/x/y.yaml:8:39: bad option of 'remove-query-param': expected a string, got the integer 3"),
        (base + "fix: {kind: remove-member, description: d, name: x}\n",
         "rules/x/y.yaml:8:6: 'remove-member' takes no options"),
        (base + "fix: [1]\n",
         "rules/x/y.yaml:8:6: expected a string or an object, got an array"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: unique, options: {property: content, ignor: \" \"}}"),
         "rules/x/y.yaml:6:55: bad option of 'unique': unknown key 'ignor'; did you mean 'ignore'?"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: unique, options: {property: 3}}"),
         "rules/x/y.yaml:6:46: bad option of 'unique': expected a string, got the integer 3"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: phone-format, options: {strict: true}}"),
         "rules/x/y.yaml:6:41: 'phone-format' takes no options"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: phone-format, mesage: x}"),
         "rules/x/y.yaml:6:32: unknown key 'mesage'; did you mean 'message'?"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {schema: {type: 12}}"),
         "rules/x/y.yaml:6:16: the 'then' schema does not compile"),
        (base.replacingOccurrences(of: "then: {function: phone-format}", with: "then: {function: unique}"),
         "rules/x/y.yaml:6:7: 'unique' needs the option 'property'"),
        ("id: [", "rules/x/y.yaml:1:"),
    ]

    @Test func shippedRuleSchemaAndEveryOptionsSchemaCompile() {
        #expect(RuleFileParser.schema != nil)
        let declaring = RuleFunctions.all.filter { $0.value.optionsSchema != nil }.keys.sorted()
        #expect(declaring == ["integer-literal-range", "query-param", "secret-in-config", "sign-params", "unique"])
        #expect(RuleFunctions.optionSchemas.keys.sorted() == declaring)
        let fixersDeclaring = RuleFixers.all.filter { $0.value.optionsSchema != nil }.keys.sorted()
        #expect(fixersDeclaring == ["remove-query-param", "set-query-param"])
        #expect(RuleFixers.optionSchemas.keys.sorted() == fixersDeclaring)
    }

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
