import Foundation
import Testing

/// The `# yaml-language-server: $schema=…` modeline, found in the first lines.
@Suite struct ModelineTests {
    static func lint(_ text: String) throws -> CLIRunner.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-modeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("c.yaml"))
        return try CLIRunner.run(["--format", "gcc", "c.yaml"], in: folder)
    }

    @Test func indentedModelineAfterOtherLinesIsFound() throws {
        let outcome = try Self.lint("# a config\n\n   #  yaml-language-server: $schema=https://example.com/s.json\nudeskAvsMiniReferer: {sdkToken: t, commonNavigate: {path: p}}\n")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "c.yaml:3:37: info: schema 'https://example.com/s.json' is remote and never fetched; using the embedded schema [schema/association]\n")
    }

    @Test func commentAfterTextIsNotAModeline() throws {
        let outcome = try Self.lint("udeskAvsMiniReferer: {sdkToken: t, commonNavigate: {path: p}} # yaml-language-server: $schema=https://example.com/s.json\n")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "")
    }

    @Test func modelineAfterTheTenthLineIsIgnored() throws {
        let outcome = try Self.lint(String(repeating: "#\n", count: 10) + "# yaml-language-server: $schema=https://example.com/s.json\nudeskAvsMiniReferer: {sdkToken: t, commonNavigate: {path: p}}\n")
        #expect(outcome.stdout == "")
    }
}
