import Foundation
import Testing

/// A plain lint reads the embedded rules without their descriptions; a
/// SARIF report, which carries them, still gets them, also beside another format.
@Suite struct RuleDocumentationTests {
    static let fixture = "Tests/Fixtures/ok/page-mode-correct.yaml"
    static let description = "\"text\": \"When returning, the platform passes the return reason as `navigateType`:"

    @Test func sarifCarriesEveryRuleDescription() throws {
        let outcome = try CLIRunner.run(["--format", "sarif", Self.fixture])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(Self.description))
    }

    @Test func sarifToAFileBesideAnotherFormatCarriesThemToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("out.sarif").path
        let outcome = try CLIRunner.run(["--format", "gcc", "--format", "sarif", "-o", report, Self.fixture])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains(Self.description))
    }
}
