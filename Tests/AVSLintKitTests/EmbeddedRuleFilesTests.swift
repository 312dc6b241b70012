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
