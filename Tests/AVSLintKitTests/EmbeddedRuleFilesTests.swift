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
/// examples (cut by EmbedGen); the cut must keep everything else as it is.
@Suite struct EmbeddedRuleLintPartsTests {
    @Test func eachLintPartIsItsFileWithoutDescriptionAndExamples() throws {
        let files = RuleSet.embeddedFiles
        let parts = Embedded.ruleLintParts
        #expect(parts.map(\.path) == files.map(\.path))
        for (file, part) in zip(files, parts) {
            #expect(part.text.utf8.count * 2 < file.text.utf8.count, "\(file.path) was not cut")
            let whole = try #require(YAMLLoader.load(SourceFile(path: file.path, text: file.text)).documents.first?.root)
            let cut = try #require(YAMLLoader.load(SourceFile(path: part.path, text: part.text)).documents.first?.root)
            let kept = (whole.members ?? []).filter { $0.name != "description" && $0.name != "examples" }
            #expect((cut.members ?? []).map(\.name) == kept.map(\.name), "\(file.path)")
            for (a, b) in zip(cut.members ?? [], kept) {
                let text = try #require(JSONStringify.stringify(a.value))
                #expect(text == JSONStringify.stringify(b.value), "\(file.path): \(a.name)")
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
