import Foundation
import Testing
@testable import AVSLintKit

/// The one rule registry (issue 14): every id a run can print is listed and
/// can be turned off, and the schema's ids are kebab-case.
@Suite struct RuleRegistryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every fixture and example input avslint reads.
    static func inputs() throws -> [String] {
        var found: [String] = []
        for folder in ["Tests/Fixtures/ok", "Tests/Fixtures/err", "Tests/Fixtures/fix", "examples"] {
            let base = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let name as String in walk where InputFormat(path: name) != nil {
                found.append(base.appendingPathComponent(name).path)
            }
        }
        return found.sorted()
    }

    /// The ids linting every input gives, with and without a secret, with `--verbose` notes.
    static func emittedIDs(config: String? = nil, examples: Bool = true) throws -> Set<String> {
        var ids: Set<String> = []
        for secret in [nil, "S3cret-for-tests"] {
            var options = LintOptions()
            options.reportsComputedValues = true
            options.configPath = config
            var session = try LintSession(options: options, environment: { name in name == "UDESK_AVS_SECRET" ? secret : nil })
            let report = try session.run(try inputs().map(LintInput.path))
            ids.formUnion(report.diagnostics.map(\.ruleID))
        }
        let rules = try RuleSet.embedded()
        for rule in rules.rules where examples {
            for example in rule.examples.valid + rule.examples.invalid {
                let file = SourceFile(path: "example.yaml", text: example.config)
                let engine = RuleEngine(rules: rules, configuration: example.settings.configuration, secret: example.settings.secret)
                ids.formUnion(engine.check(YAMLLoader.load(file).documents, file: file).map(\.ruleID))
            }
        }
        return ids
    }

    @Test func everyEmittedIDIsRegisteredAndCanBeTurnedOff() throws {
        let ids = try Self.emittedIDs()
        let registry = RuleRegistry(try RuleSet.embedded())
        #expect(ids.count > 30, "\(ids.sorted())")
        for id in ids.sorted() {
            #expect(registry.info(id) != nil, "\(id) is not in the registry")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent(".avslint.yaml")
        let text = "rules:\n" + ids.sorted().map { "  \($0): off\n" }.joined()
        try Data(text.utf8).write(to: config)
        let (configuration, diagnostics) = ConfigLoader.load(SourceFile(path: config.path, text: text))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(configuration != nil)
        let remaining = try Self.emittedIDs(config: config.path, examples: false)
        #expect(remaining.isEmpty, "\(remaining.sorted())")
    }

    @Test func schemaIDsAreKebabCase() {
        #expect(BuiltinRule.schema("minLength") == "schema/min-length")
        #expect(BuiltinRule.schema("dependentRequired") == "schema/dependent-required")
        #expect(BuiltinRule.schema("unknown-key") == "schema/unknown-key")
        #expect(BuiltinRule.schema("type") == "schema/type")
        for info in BuiltinRuleInfos.all {
            #expect(info.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "/" }, "\(info.id)")
        }
    }

    /// Every keyword the validator reports (`report("…"` in Schema/) has an id.
    @Test func everySchemaKeywordTheValidatorReportsIsRegistered() throws {
        let schemaFolder = Self.root.appendingPathComponent("Sources/AVSLintKit/Schema")
        let registry = RuleRegistry(BuiltinRuleInfos.all)
        var keywords: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: schemaFolder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: schemaFolder.appendingPathComponent(name), encoding: .utf8)
            for part in text.components(separatedBy: "report(\"").dropFirst() {
                if let end = part.firstIndex(of: "\"") { keywords.insert(String(part[..<end])) }
            }
        }
        #expect(keywords.count > 20)
        for keyword in keywords.sorted() {
            #expect(registry.info(BuiltinRule.schema(keyword)) != nil, "schema keyword '\(keyword)' has no registered id")
        }
    }

    @Test func configNamesUnknownIDWithSuggestion() {
        let (configuration, diagnostics) = ConfigLoader.load(SourceFile(path: ".avslint.yaml", text: "rules:\n  schema/minLength: off\n"))
        #expect(configuration == nil)
        #expect(diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" }.contains(
            "config/unknown-rule 2:3 unknown rule 'schema/minLength'; did you mean 'schema/min-length'?"))
    }
}
