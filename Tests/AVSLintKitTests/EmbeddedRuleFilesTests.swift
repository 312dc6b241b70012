import Foundation
import Testing
@testable import AVSLintKit

/// The embedded rules skip the rule-file schema at start-up; this is where
/// they are held to it instead.
@Suite struct EmbeddedRuleFilesTests {
    @Test func everyEmbeddedRuleFilePassesTheRuleFileSchema() throws {
        let files = RuleSet.embeddedFiles
        #expect(files.count == 23)
        for file in files {
            #expect(throws: Never.self, "\(file.path)") {
                _ = try RuleSet(files: [file], checkingSchema: true)
            }
        }
        #expect(try RuleSet(files: files).rules.map(\.id) == (try RuleSet.embedded()).rules.map(\.id))
    }
}

/// A plain lint reads each embedded rule file without its description and
/// examples: the `.lint.json` beside it in `rules/`, which must hold
/// everything else of the YAML as it is.
@Suite struct EmbeddedRuleLintPartsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a rule file's lint part.
    static func lintPath(_ yamlPath: String) -> String {
        String(yamlPath.dropLast(".yaml".count)) + ".lint.json"
    }

    /// What a rule file's `.lint.json` holds: its top-level entries but
    /// `description` and `examples`, one line each, as avslint reads them.
    static func lintJSON(of file: (path: String, text: String)) throws -> String {
        let whole = try #require(YAMLLoader.load(SourceFile(path: file.path, text: file.text)).documents.first?.root)
        let kept = (whole.members ?? []).filter { $0.name != "description" && $0.name != "examples" }
        var out = "{\n"
        for (index, member) in kept.enumerated() {
            JSONText.appendString(member.name, to: &out)
            out += ":" + InspectPrinter.render(member.value, positions: false)
            out += index == kept.count - 1 ? "\n" : ",\n"
        }
        return out + "}\n"
    }

    /// Fails when a `.lint.json` is missing or older than its YAML. With
    /// AVSLINT_UPDATE_LINT_JSON=1 it writes them instead (build and run again).
    @Test func everyRuleFileHasItsCurrentLintJSON() throws {
        let update = ProcessInfo.processInfo.environment["AVSLINT_UPDATE_LINT_JSON"] == "1"
        for file in RuleSet.embeddedFiles {
            let path = Self.lintPath(file.path)
            let expected = try Self.lintJSON(of: file)
            guard Embedded.text(path) != expected else { continue }
            if update {
                try expected.write(to: Self.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            } else {
                Issue.record("\(path) is missing or out of date: run AVSLINT_UPDATE_LINT_JSON=1 swift test --filter EmbeddedRuleLintPartsTests, then the tests again")
            }
        }
    }

    @Test func eachLintPartIsItsFileWithoutDescriptionAndExamples() throws {
        let files = RuleSet.embeddedFiles
        let parts = Embedded.ruleLintParts
        #expect(parts.map(\.path) == files.map { Self.lintPath($0.path) })
        for (file, part) in zip(files, parts) {
            #expect(part.text.utf8.count * 2 < file.text.utf8.count, "\(file.path) was not cut")
            let whole = try #require(YAMLLoader.load(SourceFile(path: file.path, text: file.text)).documents.first?.root)
            let loaded = JSONLoader.load(SourceFile(path: part.path, text: part.text))
            #expect(loaded.diagnostics.isEmpty, "\(part.path)")
            let cut = try #require(loaded.documents.first?.root)
            let kept = (whole.members ?? []).filter { $0.name != "description" && $0.name != "examples" }
            #expect((cut.members ?? []).map(\.name) == kept.map(\.name), "\(file.path)")
            for (a, b) in zip(cut.members ?? [], kept) {
                let text = try #require(JSONStringify.stringify(a.value))
                #expect(text == JSONStringify.stringify(b.value), "\(file.path): \(a.name)")
                #expect(InspectPrinter.render(a.value, positions: false) == InspectPrinter.render(b.value, positions: false),
                        "\(file.path): \(a.name)")
            }
        }
    }

    @Test func undocumentedRulesDifferOnlyInTheirDocumentation() throws {
        let documented = try RuleSet.embedded()
        let plain = try RuleSet.embedded(documented: false)
        #expect(plain.rules.map(\.id) == documented.rules.map(\.id))
        #expect(plain.rules.map(\.severity) == documented.rules.map(\.severity))
        #expect(plain.rules.map(\.summary) == documented.rules.map(\.summary))
        #expect(plain.rules.map(\.checks.count) == documented.rules.map(\.checks.count))
        #expect(plain.rules.allSatisfy { $0.description.isEmpty && $0.examples.valid.isEmpty && $0.examples.invalid.isEmpty })
        #expect(documented.rules.allSatisfy { !$0.description.isEmpty && !$0.examples.invalid.isEmpty })
    }
}
