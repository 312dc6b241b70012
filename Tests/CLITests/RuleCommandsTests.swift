import Foundation
import Testing

/// `avslint rules`, `explain` and the generated rule reference.
@Suite struct RuleCommandsTests {
    static let catalogue = [
        "navigate/auth-fail-required", "navigate/call-shortage-required", "navigate/common-overrides",
        "navigate/shortage-unreachable", "navigate/survey-pair", "navigate/survey-disabled", "navigate/type-mismatch",
        "navigate/common-fixed-type", "navigate/extra-data-type", "navigate/env-version-page-mode",
        "navigate/env-version-production", "navigate/path-format", "referer/misplaced-key", "miniprogram/app-id",
        "miniprogram/entry-page", "miniprogram/sign-params", "miniprogram/sign-mismatch", "page/sign-params",
        "security/secret-in-config", "customer/phone-format", "customer/duplicate-phone", "customer/unsafe-integer",
        "customer/custom-field-value",
    ]

    @Test func rulesListsTheCatalogueAndTheBuiltInIds() throws {
        let outcome = try CLIRunner.run(["rules"])
        #expect(outcome.status == 0)
        let ids = outcome.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(ids == ids.sorted())
        let builtIn = [
            "syntax-error", "duplicate-key", "document-too-complex", "unused-suppression", "config/unknown-rule",
            "javascript/computed-values", "miniprogram/sign-unchecked", "referer/misspelled-key", "not-a-launch-config", "page/entry-page",
        ]
        let nonSchema = ids.filter { !$0.hasPrefix("schema/") }
        #expect(Set(nonSchema) == Set(Self.catalogue + builtIn))
        #expect(nonSchema.count == Self.catalogue.count + builtIn.count)
        for id in ["schema/type", "schema/enum", "schema/required", "schema/unknown-key", "schema/minimum", "schema/pattern",
                   "schema/min-length", "schema/dependent-required", "schema/association"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(outcome.stdout.contains("navigate/type-mismatch           error    a navigate path hard-codes a navigateType other than the one the platform passes\n"))
    }

    @Test func rulesAsJSONParses() throws {
        let outcome = try CLIRunner.run(["rules", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(object["version"] as? Int == 1)
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(Self.catalogue).isSubset(of: Set(ids)))
        let mismatch = try #require(rules.first { $0["id"] as? String == "navigate/type-mismatch" })
        #expect(mismatch["severity"] as? String == "error")
        #expect(mismatch["helpUri"] as? String == "https://github.com/avslint/avslint/blob/main/docs/rules.md#navigatetype-mismatch")
    }

    @Test func explainPrintsDocsAndExamples() throws {
        let outcome = try CLIRunner.run(["explain", "navigate/type-mismatch"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("navigate/type-mismatch (error)\n\na navigate path hard-codes a navigateType other than the one the platform passes\n\n"))
        #expect(outcome.stdout.contains("  → navigate/type-mismatch 4:11\n"))
    }

    @Test func explainSuggestsANearId() throws {
        let outcome = try CLIRunner.run(["explain", "navigate/type-mismatc"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: unknown rule 'navigate/type-mismatc'; did you mean 'navigate/type-mismatch'? (see 'avslint rules')\n")
    }

    @Test func ruleReferenceIsUpToDate() throws {
        let outcome = try CLIRunner.run(["rules", "--markdown"])
        let committed = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(outcome.stdout == committed, "docs/rules.md is stale: run 'swift run avslint rules --markdown > docs/rules.md'")
    }

    @Test func schemaPrintsTheEmbeddedFileByteForByte() throws {
        let outcome = try CLIRunner.run(["schema"])
        let committed = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("schemas/udesk-avs.schema.json"), encoding: .utf8)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == committed)
    }
}
