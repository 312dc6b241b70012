import Foundation
import Testing

/// One run pipeline (issues 13, 14, 15): levels applied once, standard input
/// like a file, the byte pre-filter, `--skip-non-configs`, `exclude:` and `--shard`.
@Suite struct PipelineTests {
    static func folder(_ files: [String: String]) throws -> URL {
        try ConfigAndInspectTests.folder(files)
    }

    static let fixable = "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate: {path: pages/index/index}\n  customerInfo:\n    telephones:\n      - {id: null, content: 13312223333}\n"
    static let config = ConfigAndInspectTests.config
    static let configFinding = ":1:1: error: calls are limited by 'callTimes' but 'callShortAgeNavigate' is not set: a user out of calls has nowhere to return to [navigate/call-shortage-required]\n"

    // MARK: Levels once

    @Test func signMismatchAsErrorWithoutSecretPassesACorrectConfig() throws {
        let correct = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/mini-program-correct.json"), encoding: .utf8)
            .replacingOccurrences(of: "  \"$schema\": \"../schemas/udesk-avs.schema.json\",\n", with: "")
        let folder = try Self.folder([".avslint.yaml": "rules:\n  miniprogram/sign-mismatch: error\n", "correct.json": correct])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "correct.json"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "correct.json:3:11: info: signature not checked: set UDESK_AVS_SECRET to check the signature [miniprogram/sign-unchecked]\n")
        let secret = ["UDESK_AVS_SECRET": "S3cret-for-tests"]
        #expect(try CLIRunner.run(["sign", "--write", "correct.json"], in: folder, environment: secret).status == 0)
        let signed = try CLIRunner.run(["--format", "gcc", "correct.json"], in: folder, environment: secret)
        #expect(signed.status == 0)
        #expect(signed.stdout == "")
    }

    @Test func printedIDsCanBeTurnedOff() throws {
        let script = "wx.navigateToMiniProgram({ appId: id, path: 'pages/preIndex/index', extraData: { udeskAvsMiniReferer: { sdkToken: t } } })\n"
        let folder = try Self.folder([
            ".avslint.yaml": "rules:\n  javascript/computed-values: off\n  schema/min-length: off\n  miniprogram/sign-unchecked: off\n",
            "a.js": script,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "--verbose", "a.js"], in: folder)
        #expect(outcome.stderr == "")
        #expect(!outcome.stdout.contains("[javascript/computed-values]"))
        #expect(!outcome.stdout.contains("[miniprogram/sign-unchecked]"))
        #expect(outcome.status == 1)
    }

    // MARK: Standard input

    @Test func fixOnStandardInputPrintsTheFixedTextAndFindingsOnStandardError() throws {
        let outcome = try CLIRunner.run(["--format", "gcc", "--fix", "-", "--stdin-filename", "in.yaml"], input: Data(Self.fixable.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout == Self.fixable.replacingOccurrences(of: "content: 13312223333", with: "content: \"13312223333\""))
        #expect(outcome.stderr == "avslint: applied 1 fix in 1 file\n")
        let broken = try CLIRunner.run(["--format", "gcc", "--fix", "-"], input: Data(Self.config.utf8))
        #expect(broken.status == 1)
        #expect(broken.stdout == Self.config)
        #expect(broken.stderr == "stdin.yaml" + Self.configFinding)
    }

    @Test func fixDryRunOnStandardInputPrintsTheDiff() throws {
        let outcome = try CLIRunner.run(["--fix-dry-run", "-", "--stdin-filename", "in.yaml"], input: Data(Self.fixable.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout == """
            --- a/in.yaml
            +++ b/in.yaml
            @@ -3,4 +3,4 @@
               authFailNavigate: {path: pages/index/index}
               customerInfo:
                 telephones:
            -      - {id: null, content: 13312223333}
            +      - {id: null, content: "13312223333"}

            """)
        #expect(outcome.stderr == "")
    }

    // MARK: The byte pre-filter

    @Test func walkedJSONCNeighboursAreSkippedAndBrokenConfigsReported() throws {
        let folder = try Self.folder([
            "tsconfig.json": "{\n  // comments make this JSONC\n  \"compilerOptions\": {\"paths\": {\"@/*\": [\"src/*\"]}},\n}\n",
            "src/pages.json": "{\n  \"pages\": [{\"path\": \"pages/index/index\"}], // uni-app\n}\n",
            "src/manifest.json": "/* uni-app */ {\"mp-weixin\": {\"appid\": \"wx1\", \"setting\": {\"minified\": true}}}\n",
            "launch.json": "{\"udeskAvsMiniReferer\": {\"sdkToken\": \"t\",}}\n",
            "near.yaml": "udeskAvsMiniRefrer:\n  sdkToken: [\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "--list-files", "."], in: folder)
        #expect(outcome.stdout == """
            lint launch.json
            lint near.yaml
            skip tsconfig.json: not a launch config
            skip src/manifest.json: not a launch config
            skip src/pages.json: not a launch config

            """)
        let linted = try CLIRunner.run(["--format", "gcc", "."], in: folder)
        #expect(linted.status == 1)
        #expect(linted.stdout.hasPrefix("launch.json:1:42: error: "))
        #expect(linted.stdout.contains("\nnear.yaml:"))
    }

    // MARK: --skip-non-configs and exclude

    @Test func skipNonConfigsAppliesTheWalkRulesToNamedFiles() throws {
        let folder = try Self.folder([
            "tsconfig.json": "{\n  // JSONC\n}\n",
            "node_modules/pkg/launch.yaml": Self.config,
            "dist/app.js": "wx.navigateToMiniProgram({appId: 1})\n",
            "other.yaml": "name: not a launch config\n",
            "broken.json": "{\"extraData\": [}\n",
            "a.yaml": Self.config,
            "notes.md": "# not linted\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = ["tsconfig.json", "node_modules/pkg/launch.yaml", "dist/app.js", "other.yaml", "broken.json", "a.yaml", "notes.md"]
        let outcome = try CLIRunner.run(["--format", "gcc", "--skip-non-configs", "--verbose"] + named, in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "a.yaml" + Self.configFinding
            + "broken.json:1:16: error: expected a JSON value, found '}' [syntax-error]\n")
        #expect(outcome.stderr == """
            avslint: skipped 'node_modules/pkg/launch.yaml': in 'node_modules'
            avslint: skipped 'dist/app.js': build output
            avslint: skipped 'notes.md': not a .yaml, .yml, .json, .js, .mjs, .cjs, .jsx, .ts, .mts, .tsx, .vue, .nvue or .uvue file
            avslint: skipped 'tsconfig.json': not a launch config
            avslint: skipped 'other.yaml': not a launch config

            """)
        let plain = try CLIRunner.run(["--format", "gcc", "tsconfig.json"], in: folder)
        #expect(plain.status == 1)
    }

    @Test func excludeIsRelativeToItsConfigAndAppliesToNamedFiles() throws {
        let folder = try Self.folder([
            "team/.avslint.yaml": "exclude: [\"fixtures/**\"]\n",
            "team/fixtures/bad.yaml": Self.config,
            "team/a.yaml": Self.config,
            "other/fixtures/bad.yaml": Self.config,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let walked = try CLIRunner.run(["--format", "gcc", "--list-files", "."], in: folder)
        #expect(walked.stdout == "lint other/fixtures/bad.yaml\nlint team/a.yaml\nskip team/fixtures: excluded by config\n")
        let named = try CLIRunner.run(["--format", "gcc", "--verbose", "team/fixtures/bad.yaml"], in: folder)
        #expect(named.status == 0)
        #expect(named.stdout == "")
        #expect(named.stderr == "avslint: skipped 'team/fixtures/bad.yaml': excluded by config\n")
        let inside = try CLIRunner.run(["--format", "gcc", "--list-files", "."], in: folder.appendingPathComponent("team"))
        #expect(inside.stdout == "lint a.yaml\nskip fixtures: excluded by config\n")
    }

    // MARK: --shard

    @Test func shardsCoverEveryFileOnceAndRepeatByteForByte() throws {
        var files: [String: String] = [:]
        for i in 0..<24 { files["cfg/\(i).yaml"] = Self.config }
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        var seen: [String] = []
        for k in 1...3 {
            let outcome = try CLIRunner.run(["--format", "gcc", "--shard", "\(k)/3", "."], in: folder)
            let again = try CLIRunner.run(["--format", "gcc", "--shard", "\(k)/3", "."], in: folder)
            #expect(outcome.stdout == again.stdout)
            let names = outcome.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
            #expect(!names.isEmpty, "shard \(k)/3 is empty")
            seen += names
        }
        #expect(seen.sorted() == files.keys.sorted())
        let whole = try CLIRunner.run(["--format", "gcc", "--shard", "1/1", "."], in: folder)
        #expect(whole.stdout.split(separator: "\n").count == 24)
        for bad in ["0/3", "4/3", "3", "a/b"] {
            let outcome = try CLIRunner.run(["--shard", bad, "."], in: folder)
            #expect(outcome.status == 2)
            #expect(outcome.stderr == "avslint: --shard takes K/N with 1 ≤ K ≤ N, not '\(bad)'\n")
        }
    }
}

/// Rule files are checked by the shipped schema and each function's options schema.
@Suite struct RuleFileOptionsTests {
    /// A rule's `then` and `fix` lines with an unknown or mistyped function
    /// or fixer option, and what avslint says of them.
    static let cases: [(lines: String, stderr: String)] = [
        ("then:\n  function: unique\n  options: {property: content, ignor: \" -\"}",
         "avslint: rules/bad.yaml:8:32: bad option of 'unique': unknown key 'ignor'; did you mean 'ignore'?\n"),
        ("then: {function: path-format}\nfix: {kind: set-query-param, name: navigateType, vaule: \"{{expected}}\"}",
         "avslint: rules/bad.yaml:7:50: bad option of 'set-query-param': unknown key 'vaule'; did you mean 'value'?\n"),
        ("then: {function: path-format}\nfix: {kind: remove-query-param, name: [navigateType]}",
         "avslint: rules/bad.yaml:7:39: bad option of 'remove-query-param': expected a string, got an array\n"),
    ]

    @Test(arguments: cases) func badOptionIsExitTwoWithPosition(_ row: (lines: String, stderr: String)) throws {
        let rule = """
            id: team/bad
            severity: warning
            summary: s
            description: d
            given: $referer.commonNavigate.path

            """ + row.lines + "\nmessage: m\n"
        let folder = try ConfigAndInspectTests.folder(["rules/bad.yaml": rule, "a.yaml": ConfigAndInspectTests.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--rules-dir", "rules", "a.yaml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == row.stderr)
    }
}
