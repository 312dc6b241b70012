import Testing
@testable import AVSLintKit

/// Runs every rule's documented examples: a valid one gives no finding of
/// that rule, an invalid one exactly the expected `RULE LINE:COL` list.
@Suite struct RuleExampleTests {
    static let ruleSet: RuleSet = {
        do { return try RuleSet.embedded() } catch {
            Issue.record("embedded rules do not load: \(error)")
            return RuleSet.emptyForTests
        }
    }()

    static var ruleIDs: [String] { ruleSet.rules.map(\.id) }

    static func run(_ example: RuleExamples.Example, ruleID: String) -> [String] {
        let file = SourceFile(path: "example.yaml", text: example.config)
        let loaded = YAMLLoader.load(file)
        #expect(loaded.diagnostics.isEmpty, "example of \(ruleID) does not load: \(loaded.diagnostics.map(\.message))")
        let engine = RuleEngine(rules: ruleSet, configuration: example.settings.configuration, secret: example.settings.secret)
        return ruleFindings(engine.check(loaded.documents, file: file).filter { $0.ruleID == ruleID })
    }

    @Test func catalogueIsExactlyTheDesignedRules() {
        let expected: [(String, Severity)] = [
            ("customer/custom-field-value", .error), ("customer/duplicate-phone", .warning),
            ("customer/phone-format", .warning), ("customer/unsafe-integer", .warning),
            ("miniprogram/app-id", .error), ("miniprogram/entry-page", .error), ("miniprogram/sign-mismatch", .error),
            ("miniprogram/sign-params", .error), ("navigate/auth-fail-required", .error),
            ("navigate/call-shortage-required", .error), ("navigate/common-fixed-type", .warning),
            ("navigate/common-overrides", .warning), ("navigate/env-version-page-mode", .warning),
            ("navigate/env-version-production", .warning), ("navigate/extra-data-type", .warning),
            ("navigate/path-format", .error), ("navigate/shortage-unreachable", .warning),
            ("navigate/survey-disabled", .warning), ("navigate/survey-pair", .warning),
            ("navigate/type-mismatch", .error), ("page/sign-params", .warning), ("referer/misplaced-key", .error),
            ("security/secret-in-config", .error),
        ]
        #expect(Self.ruleSet.rules.map(\.id) == expected.map(\.0))
        #expect(Self.ruleSet.rules.map(\.severity) == expected.map(\.1))
        for rule in Self.ruleSet.rules {
            #expect(rule.file == "rules/\(rule.id).yaml")
            #expect(rule.examples.valid.count >= 2, "\(rule.id) needs 2 valid examples")
            #expect(rule.examples.invalid.count >= 2, "\(rule.id) needs 2 invalid examples")
            #expect(!rule.summary.contains("\n") && !rule.summary.isEmpty)
        }
    }

    @Test(arguments: ruleIDs) func examples(_ id: String) throws {
        let rule = try #require(Self.ruleSet.rule(id))
        for (i, example) in rule.examples.valid.enumerated() {
            #expect(Self.run(example, ruleID: id) == [], "valid example \(i + 1) of \(id)")
        }
        for (i, example) in rule.examples.invalid.enumerated() {
            #expect(Self.run(example, ruleID: id) == example.expect.sorted(), "invalid example \(i + 1) of \(id)")
        }
    }
}

extension RuleSet {
    static var emptyForTests: RuleSet {
        // An empty list of files cannot fail.
        (try? RuleSet(files: [])) ?? RuleSet.emptyForTestsUnreachable()
    }

    private static func emptyForTestsUnreachable() -> RuleSet {
        preconditionFailure("an empty rule set always loads")
    }
}
