import Foundation
import Testing

/// `--write-baseline` and `--baseline`: findings are matched by rule, file,
/// instance path and a hash of the node's text, so moved lines keep
/// matching, renamed files keep matching, and fixed findings are counted.
@Suite struct BaselineTests {
    static let config = """
        udeskAvsMiniReferer:
          sdkToken: t
          callTimes: 2
          commonNavigate:
            path: "pages/index/index?navigateType=1"
          authFailNavigate: {path: pages/index/index}
          customerInfo:
            telephones:
              - content: "12345"

        """

    static func makeTree(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func writtenBaselineIsSortedStablePrettyJSON() throws {
        let folder = try Self.makeTree(["b.yaml": Self.config, "a/c.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try CLIRunner.run(["--write-baseline", "base.json", "."], in: folder)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        #expect(written.stderr == "avslint: wrote 6 findings to the baseline 'base.json'\n")
        let text = try String(contentsOf: folder.appendingPathComponent("base.json"), encoding: .utf8)
        let entry = { (file: String, rule: String, path: String, hash: String, message: String) in
            """
                {
                  "rule": "\(rule)",
                  "file": "\(file)",
                  "path": "\(path)",
                  "hash": "\(hash)",
                  "message": "\(message)"
                }
            """
        }
        func entries(_ file: String) -> [String] {
            [
                entry(file, "customer/phone-format", "/udeskAvsMiniReferer/customerInfo/telephones/0/content",
                      "76df9c63047e812e", "'12345' is not a plausible phone number"),
                entry(file, "navigate/common-fixed-type", "/udeskAvsMiniReferer/commonNavigate/path",
                      "b88123c4c9a33cb1",
                      "'commonNavigate' path fixes navigateType=1, but the platform appends navigateType (1 to 4) to it, so the page sees two values"),
                entry(file, "navigate/common-overrides", "/udeskAvsMiniReferer/authFailNavigate", "10b259da4d0aa7e0",
                      "'authFailNavigate' is never used because 'commonNavigate' is set"),
            ]
        }
        let expected = "{\n  \"version\": 1,\n  \"findings\": [\n"
            + (entries("a/c.yaml") + entries("b.yaml")).joined(separator: ",\n") + "\n  ]\n}\n"
        #expect(text == expected)
        // Stable: writing again gives the same bytes.
        _ = try CLIRunner.run(["--write-baseline", "base.json", "."], in: folder)
        #expect(try String(contentsOf: folder.appendingPathComponent("base.json"), encoding: .utf8) == text)
    }

    @Test func movedLinesRenamedFilesAndFixedFindings() throws {
        let folder = try Self.makeTree(["one.yaml": Self.config, "two.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["--write-baseline", "base.json", "one.yaml", "two.yaml"], in: folder).status == 0)

        let clean = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml", "two.yaml"], in: folder)
        #expect(clean.stdout == "")
        #expect(clean.status == 0)
        #expect(clean.stderr == "avslint: 6 findings suppressed by the baseline; 0 baseline entries no longer match (fixed)\n")

        // Ten lines inserted at the top move every finding down: still none.
        let moved = String(repeating: "# a comment line\n", count: 10) + Self.config
        try Data(moved.utf8).write(to: folder.appendingPathComponent("one.yaml"))
        let afterMove = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml", "two.yaml"], in: folder)
        #expect(afterMove.stdout == "")
        #expect(afterMove.status == 0)

        // A renamed file matches the entries of the file that is gone.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("two.yaml"), to: folder.appendingPathComponent("three.yaml"))
        let renamed = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml", "three.yaml"], in: folder)
        #expect(renamed.stdout == "")
        #expect(renamed.status == 0)
        #expect(renamed.stderr == "avslint: 6 findings suppressed by the baseline; 0 baseline entries no longer match (fixed)\n")

        // Fixing a finding: one entry no longer matches.
        let fixed = moved.replacingOccurrences(of: "\"12345\"", with: "\"13312223333\"")
        try Data(fixed.utf8).write(to: folder.appendingPathComponent("one.yaml"))
        let afterFix = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml", "three.yaml"], in: folder)
        #expect(afterFix.stdout == "")
        #expect(afterFix.stderr == "avslint: 5 findings suppressed by the baseline; 1 baseline entry no longer matches (fixed)\n")

        // A new mistake is reported, and only it.
        let mistake = fixed.replacingOccurrences(of: "  callTimes: 2\n", with: "  callTimes: 2\n  bizId: 42\n")
        try Data(mistake.utf8).write(to: folder.appendingPathComponent("one.yaml"))
        let afterMistake = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml", "three.yaml"], in: folder)
        #expect(afterMistake.stdout == "one.yaml:14:10: error: expected a string, got the integer 42 [schema/type]\n")
        #expect(afterMistake.status == 1)
    }

    @Test func aBaselineOfAnotherFileDoesNotCountAsFixedWhenThatFileStillExists() throws {
        let folder = try Self.makeTree(["one.yaml": Self.config, "two.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLIRunner.run(["--write-baseline", "base.json", "."], in: folder)
        let some = try CLIRunner.run(["--baseline", "base.json", "--format", "gcc", "one.yaml"], in: folder)
        #expect(some.stdout == "")
        #expect(some.stderr == "avslint: 3 findings suppressed by the baseline; 0 baseline entries no longer match (fixed)\n")
    }

    @Test func aMissingOrMalformedBaselineIsExit2() throws {
        let folder = try Self.makeTree(["one.yaml": Self.config, "bad.json": "{\"version\": 1, \"findings\": {}}\n",
                                        "broken.json": "{\"version\": 1,"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLIRunner.run(["--baseline", "nope.json", "one.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stdout == "")
        #expect(missing.stderr == "avslint: cannot read the baseline 'nope.json': no such file or directory\n")
        let bad = try CLIRunner.run(["--baseline", "bad.json", "one.yaml"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr == "avslint: malformed baseline 'bad.json':1:28: 'findings' must be a list\n")
        let broken = try CLIRunner.run(["--baseline", "broken.json", "one.yaml"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("avslint: malformed baseline 'broken.json':1:15: "))
    }
}
