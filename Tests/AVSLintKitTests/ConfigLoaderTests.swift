import Foundation
import Testing
@testable import AVSLintKit

@Suite struct ConfigLoaderTests {
    func load(_ text: String) -> (Configuration?, [String]) {
        let (configuration, diagnostics) = ConfigLoader.load(SourceFile(path: "conf/.avslint.yaml", text: text))
        return (configuration, diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" })
    }

    @Test func parentFolderOfEveryPathShape() {
        let cases: [(String, String?)] = [
            ("a/b.yaml", "a"), ("config/avs/x.json", "config/avs"), ("a//b", "a/"), ("a/b/", "a"),
            ("/a.yaml", "/"), ("a.yaml", "."), ("/", nil), (".", ".."), ("..", nil), ("", nil),
        ]
        for (path, parent) in cases {
            #expect(Paths.parentFolder(of: path) == parent, "\(path)")
        }
    }

    @Test func readsEveryKey() throws {
        let (configuration, diagnostics) = load("""
            survey: true
            profile: production
            secret-env: MY_SECRET
            rules:
              navigate/common-overrides: off
              customer/*: info
            exclude: ["fixtures/**"]
            rules-dir: extra-rules
            """)
        #expect(diagnostics == [])
        let c = try #require(configuration)
        #expect(c.survey == true && c.profile == "production" && c.secretEnv == "MY_SECRET")
        #expect(c.rules.map(\.pattern) == ["navigate/common-overrides", "customer/*"])
        #expect(c.level(for: "navigate/common-overrides") == .off)
        #expect(c.level(for: "customer/phone-format") == .info)
        #expect(c.level(for: "navigate/type-mismatch") == nil)
        #expect(c.exclude == ["fixtures/**"])
        #expect(c.rulesDirectory == "conf/extra-rules")
        #expect(c.source == "conf/.avslint.yaml")
    }

    @Test func unknownKeyHasPositionAndSuggestion() {
        let (configuration, diagnostics) = load("profile: production\nsurvay: true\n")
        #expect(configuration == nil)
        #expect(diagnostics == ["schema/unknown-key 2:1 unknown key 'survay'; did you mean 'survey'?"])
    }

    @Test func unknownRuleIdAndBadLevel() {
        let (configuration, diagnostics) = load("rules:\n  navigate/common-overrride: off\n  navigate/*: loud\n  nosuch/*: off\n")
        #expect(configuration == nil)
        #expect(diagnostics.count == 3)
        #expect(diagnostics.contains("config/unknown-rule 2:3 unknown rule 'navigate/common-overrride'; did you mean 'navigate/common-overrides'?"))
        #expect(diagnostics.contains { $0.hasPrefix("schema/enum 3:15") })
        #expect(diagnostics.contains { $0.hasPrefix("config/unknown-rule 4:3 unknown rule 'nosuch/*'") })
    }

    @Test func emptyFileKeepsDefaults() throws {
        let (configuration, diagnostics) = load("# nothing yet\n")
        #expect(diagnostics == [])
        #expect(configuration?.secretEnv == "UDESK_AVS_SECRET")
        #expect(configuration?.survey == nil)
    }

    @Test func categoryGlobOverridesSeverityOnceInTheLinter() throws {
        let rules = try RuleSet.embedded()
        let (document, file) = yamlDocument("udeskAvsMiniReferer:\n  commonNavigate: {path: a}\n  authFailNavigate: {path: b}\n")
        var configuration = Configuration()
        configuration.rules = [("navigate/*", .error), ("navigate/common-overrides", .info)]
        func found() -> [String] {
            let engine = RuleEngine(rules: rules, configuration: configuration, secret: nil)
            let linter = Linter(configuration: configuration, checkers: [engine])
            return linter.lint(file, format: .yaml).diagnostics.map { "\($0.ruleID) \($0.severity)" }
        }
        // The engine reports default severities; the linter's one post-pass applies the levels.
        let unleveled = RuleEngine(rules: rules, configuration: configuration, secret: nil).check(document, file: file)
        #expect(unleveled.map { "\($0.ruleID) \($0.severity)" } == ["navigate/common-overrides warning"])
        #expect(found() == ["navigate/common-overrides info"])
        configuration.rules = [("navigate/*", .off)]
        #expect(found().isEmpty)
    }

    @Test func findsTheNearestConfig() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = FileManager.default.createFile(atPath: root + "/.avslint.yaml", contents: Data())
        _ = FileManager.default.createFile(atPath: root + "/a/.avslint.yaml", contents: Data())
        #expect(ConfigLoader.find(startingAt: root + "/a/b/c") == root + "/a/.avslint.yaml")
        #expect(ConfigLoader.find(startingAt: root) == root + "/.avslint.yaml")
    }
}
