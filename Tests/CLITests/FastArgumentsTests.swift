import ArgumentParser
import Foundation
import Testing
@testable import avslint

/// The fast reading of the lint command line agrees with ArgumentParser's:
/// same names, same settings, and nil wherever ArgumentParser must decide.
@Suite struct FastArgumentsTests {
    /// Every name ArgumentParser's own description of `lint` gives, as
    /// "--name flag" or "--name option" (help left out).
    private static func declaredNames() throws -> Set<String> {
        let json = try #require(LintCommand._dumpHelp().data(using: .utf8))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        var names: Set<String> = []
        for argument in arguments {
            let kind = try #require(argument["kind"] as? String)
            guard kind != "positional" else { continue }
            for name in argument["names"] as? [[String: Any]] ?? [] {
                let text = try #require(name["name"] as? String)
                let dashes = name["kind"] as? String == "short" ? "-" : "--"
                if text == "help" || text == "h" { continue }
                names.insert("\(dashes)\(text) \(kind)")
            }
        }
        return names
    }

    @Test func tableNamesExactlyWhatLintCommandDeclares() throws {
        let table = Set(FastArguments.names.map { name, kind in "\(name) \(kind.takesValue ? "option" : "flag")" })
        #expect(table == (try Self.declaredNames()))
    }

    @Test(arguments: [
        [],
        ["examples"],
        ["lint", "examples", "Tests/Fixtures/ok"],
        ["-"],
        ["--stdin-filename", "a.json", "-"],
        ["--format", "gcc", "--format=sarif", "-o", "out.sarif", "examples"],
        ["--format", "json", "--output", "-", "x.yaml"],
        ["--quiet", "--no-summary", "--verbose", "--skip-non-configs", "a.yaml"],
        ["--color", "a.yaml"],
        ["--no-color", "a.yaml"],
        ["--max-warnings", "3", "a.yaml"],
        ["--max-warnings=0", "a.yaml"],
        ["--fix", "--baseline", "b.json", "--schema", "s.json", "--config", "c.yaml", "--rules-dir", "r"],
        ["--fix-dry-run", "--write-baseline", "b.json", "--list-files", "--shard", "2/3", "."],
        ["a=b.yaml", "lint.yaml"],
    ])
    func agreesWithArgumentParser(_ arguments: [String]) throws {
        let fast = try #require(FastArguments.lint(arguments))
        let parsed = try #require(try AVSLint.parseAsRoot(arguments) as? LintCommand)
        #expect(fast == LintInvocation(parsed, arguments: arguments))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["rules"], ["explain", "x"], ["examples", "rules"],
        ["lint", "--help"], ["--generate-completion-script", "bash"], ["--experimental-dump-help"],
        ["--quiet", "--quiet"], ["--color", "--no-color"], ["--config", "a", "--config", "b"],
        ["--max-warnings", "many"], ["--max-warnings", "-1"], ["--format"], ["--format="],
        ["--format", "--quiet"], ["--config", "rules"], ["--quiet=yes"], ["-qo", "x"], ["-o=x"],
        ["--", "a.yaml"], ["--no-such-option"], ["-x"],
    ])
    func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(FastArguments.lint(arguments) == nil)
    }
}
