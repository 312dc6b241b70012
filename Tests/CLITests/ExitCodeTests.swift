import Foundation
import Testing

/// Exit codes and one-line problems, exactly as DESIGN.md documents them.
@Suite struct ExitCodeTests {
    @Test func missingFileIsAnIOProblem() throws {
        let outcome = try CLIRunner.run(["no/such/file.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "avslint: cannot read 'no/such/file.yaml': no such file or directory\n")
    }

    @Test func unknownExtensionIsAUsageProblem() throws {
        let outcome = try CLIRunner.run(["README.md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: cannot lint 'README.md': not a .yaml, .yml, .json, .js, .mjs, .cjs, .jsx, .ts, .mts, .tsx, .vue, .nvue or .uvue file\n")
    }

    @Test func unknownFormatIsAUsageProblem() throws {
        let outcome = try CLIRunner.run(["--format", "xml", "examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("unknown format 'xml'"))
    }

    @Test func unknownOptionIsAUsageProblem() throws {
        let outcome = try CLIRunner.run(["--no-such-option"])
        #expect(outcome.status == 2)
    }

    @Test func versionPrintsAndExitsZero() throws {
        let outcome = try CLIRunner.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "0.1.0 (dev)\n")
    }

    @Test func helpShowsExamplesAndExitsZero() throws {
        let outcome = try CLIRunner.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("avslint examples/"))
        #expect(outcome.stdout.contains("Exit codes: 0 no errors, 1 errors found, 2 usage"))
    }

    @Test func standardInputUsesTheGivenName() throws {
        let outcome = try CLIRunner.run(
            ["--format", "gcc", "-", "--stdin-filename", "piped.json"],
            input: Data("{\"a\": 1,}\n".utf8))
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "piped.json:1:9: error: expected a string key after ',' (trailing commas are not allowed in JSON) [syntax-error]\n")
    }

    @Test func unreadableFileIsReportedAndOthersStillLinted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-exit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"a\": 1,}\n".utf8).write(to: folder.appendingPathComponent("bad.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.yaml"), withIntermediateDirectories: true)
        let outcome = try CLIRunner.run(["--format", "gcc", "bad.json", "missing.yaml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "bad.json:1:9: error: expected a string key after ',' (trailing commas are not allowed in JSON) [syntax-error]\n")
        #expect(outcome.stderr == "avslint: cannot read 'missing.yaml': no such file or directory\n")
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let outcome = try CLIRunner.run(["pipe.yaml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: cannot read 'pipe.yaml': not a regular file\n")
    }
}
