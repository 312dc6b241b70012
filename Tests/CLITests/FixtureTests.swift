import Foundation
import Testing

/// The fixture backbone: every file in `ok/` lints silently with exit 0;
/// every `err/NAME.{yaml,yml,json}` prints exactly `err/NAME.out` in gcc
/// format, and exits 1 when that output holds an error, else 0.
@Suite struct FixtureTests {
    static let inputExtensions: Set<String> = ["yaml", "yml", "json", "js", "jsx", "ts", "tsx", "vue", "nvue", "uvue"]

    static func inputs(in folder: String) -> [String] {
        let url = CLIRunner.fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { inputExtensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    @Test(arguments: inputs(in: "ok"))
    func okFixtureIsSilent(_ name: String) throws {
        let outcome = try CLIRunner.run(["--format", "gcc", name], in: CLIRunner.fixtures.appendingPathComponent("ok"))
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test(arguments: inputs(in: "err"))
    func errFixtureMatchesExpectedOutput(_ name: String) throws {
        let folder = CLIRunner.fixtures.appendingPathComponent("err")
        let expectedURL = folder.appendingPathComponent((name as NSString).deletingPathExtension + ".out")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let outcome = try CLIRunner.run(["--format", "gcc", name], in: folder)
        #expect(outcome.stdout == expected)
        #expect(outcome.stderr == "")
        #expect(outcome.status == (expected.contains(": error: ") ? 1 : 0))
    }

    @Test func everyErrFixtureHasExpectedOutput() throws {
        let folder = CLIRunner.fixtures.appendingPathComponent("err")
        for name in Self.inputs(in: "err") {
            let out = folder.appendingPathComponent((name as NSString).deletingPathExtension + ".out")
            #expect(FileManager.default.fileExists(atPath: out.path), "missing \(out.lastPathComponent)")
        }
        #expect(!Self.inputs(in: "err").isEmpty)
        #expect(!Self.inputs(in: "ok").isEmpty)
    }
}
