import Foundation
import Testing

/// The options users of linters expect: several reports in one run,
/// --output, --quiet, --max-warnings, --no-summary, --list-files.
@Suite struct OutputOptionsTests {
    /// A temp folder with one error file and one warning-only file.
    static func makeTree() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("udeskAvsMiniReferer:\n  sdkToken: t\n  callTimes: -1\n".utf8)
            .write(to: folder.appendingPathComponent("error.yaml"))
        try Data("$schema: missing.schema.json\nudeskAvsMiniReferer:\n  sdkToken: t\n".utf8)
            .write(to: folder.appendingPathComponent("warning.yaml"))
        try Data("name: not a launch config\n".utf8).write(to: folder.appendingPathComponent("other.yaml"))
        return folder
    }

    static let errorLine = "error.yaml:3:14: error: -1 is less than the minimum 0 [schema/minimum]\n"
    static let warningLine = "warning.yaml:1:10: warning: cannot use schema 'missing.schema.json' (cannot read 'missing.schema.json': no such file or directory); using the embedded schema [schema/association]\n"

    @Test func twoReportsInOneRun() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "json", "--output", "report.json", "--format", "gcc", "."], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == Self.errorLine + Self.warningLine)
        let json = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["files"] as? Int == 2)
        #expect((object["diagnostics"] as? [Any])?.count == 2)
    }

    @Test func twoReportsToStandardOutputIsAUsageError() throws {
        let outcome = try CLIRunner.run(["--format", "gcc", "--format", "json", "examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: more than one report would go to standard output; give each --format but one an --output FILE\n")
    }

    @Test func quietReportsErrorsOnly() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "--quiet", "."], in: folder)
        #expect(outcome.stdout == Self.errorLine)
        #expect(outcome.status == 1)
    }

    @Test func maxWarningsFailsWhenExceeded() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let within = try CLIRunner.run(["--format", "gcc", "--max-warnings", "1", "warning.yaml"], in: folder)
        #expect(within.status == 0)
        #expect(within.stdout == Self.warningLine)
        let over = try CLIRunner.run(["--format", "gcc", "--max-warnings", "0", "warning.yaml"], in: folder)
        #expect(over.status == 1)
        #expect(over.stderr == "avslint: 1 warnings exceed --max-warnings 0\n")
    }

    @Test func textSummaryCanBeLeftOut() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let with = try CLIRunner.run(["warning.yaml"], in: folder)
        #expect(with.stdout.hasSuffix("1 warning in 1 file\n"))
        let without = try CLIRunner.run(["--no-summary", "warning.yaml"], in: folder)
        #expect(!without.stdout.contains("1 warning in 1 file"))
        #expect(without.stdout.hasPrefix("warning.yaml:1:10: warning:"))
    }

    @Test func listFilesSaysWhatWouldBeLinted() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--list-files", ".", "warning.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "lint error.yaml\nlint warning.yaml (named)\nskip other.yaml: not a launch config\n")
    }

    @Test func outputIsReplacedAtomicallyAndKeepsItsMode() throws {
        let folder = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.txt")
        try Data("old".utf8).write(to: report)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        let outcome = try CLIRunner.run(["--format", "gcc", "-o", "report.txt", "error.yaml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "")
        #expect(try String(contentsOf: report, encoding: .utf8) == Self.errorLine)
        let mode = try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".avslint-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func outputIntoAMissingFolderIsAnIOProblem() throws {
        let outcome = try CLIRunner.run(["--format", "gcc", "--output", "/nonexistent-avslint/x.txt", "examples"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "avslint: cannot write '/nonexistent-avslint/x.txt': No such file or directory\n")
    }
}
