import Foundation
import Testing

/// The config file as the CLI reads it, `avslint inspect`, and the editor
/// schema association.
@Suite struct ConfigAndInspectTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    static let config = "udeskAvsMiniReferer:\n  sdkToken: t\n  callTimes: 2\n  authFailNavigate: {path: pages/index/index}\n"

    @Test func misspelledConfigKeyIsExitTwoWithPositionAndSuggestion() throws {
        let folder = try Self.folder([".avslint.yaml": "# settings\nsurvay: true\n", "a.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "a.yaml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.hasSuffix(".avslint.yaml:2:1: error: unknown key 'survay'; did you mean 'survey'? [schema/unknown-key]\n"))
    }

    @Test func nearestConfigWinsAndTurnsRulesOff() throws {
        let folder = try Self.folder([
            ".avslint.yaml": "rules:\n  navigate/*: off\n",
            "team/.avslint.yaml": "rules:\n  navigate/call-shortage-required: warning\n",
            "a.yaml": Self.config,
            "team/b.yaml": Self.config,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "."], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "team/b.yaml:1:1: warning: calls are limited by 'callTimes' but 'callShortAgeNavigate' is not set: a user out of calls has nowhere to return to [navigate/call-shortage-required]\n")
    }

    @Test func explicitConfigAppliesToEveryFile() throws {
        let folder = try Self.folder(["strict.yaml": "rules:\n  navigate/call-shortage-required: info\n", "a.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "--config", "strict.yaml", "a.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("a.yaml:1:1: info: calls are limited"))
    }

    @Test func excludeGlobsSkipWalkedFiles() throws {
        let folder = try Self.folder([".avslint.yaml": "exclude: [\"fixtures/**\"]\n", "fixtures/bad.yaml": "udeskAvsMiniReferer: [\n", "a.yaml": Self.config])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--list-files", "."], in: folder)
        #expect(outcome.stdout == "lint a.yaml\nskip fixtures: excluded by config\n")
    }

    @Test func inspectShowsResolvedValues() throws {
        let folder = try Self.folder(["v.yaml": """
            base: &b {level: vip, on: on, hex: 0x1F, float: 1.0, octal: 0o17, under: 1_000, yes: yes}
            merged:
              <<: *b
              level: normal
            ---
            second: ~

            """])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["inspect", "v.yaml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == """
            {"base":{"level":"vip","on":"on","hex":31,"float":1.0,"octal":15,"under":"1_000","yes":"yes"},"merged":{"on":"on","hex":31,"float":1.0,"octal":15,"under":"1_000","yes":"yes","level":"normal"}}
            {"second":null}

            """)
    }

    @Test func inspectWithPositionsGivesSpans() throws {
        let folder = try Self.folder(["p.json": "{\"客户\": [1, \"x\"]}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["inspect", "--positions", "p.json"], in: folder)
        #expect(outcome.stdout == #"{"type":"mapping","span":"1:1-1:17","value":[{"key":{"type":"string","span":"1:2-1:6","value":"客户"},"value":{"type":"sequence","span":"1:8-1:16","value":[{"type":"integer","span":"1:9-1:10","value":1},{"type":"string","span":"1:12-1:15","value":"x"}]}}]}"# + "\n")
    }

    @Test func localSchemaAssociationIsUsedAndRemoteIsNeverFetched() throws {
        let folder = try Self.folder([
            "strict.schema.json": #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["owner"]}"#,
            "local.yaml": "# yaml-language-server: $schema=strict.schema.json\n" + Self.config,
            "remote.yaml": "# yaml-language-server: $schema=https://example.com/s.json\n" + Self.config.replacingOccurrences(of: "callTimes: 2", with: "callTimes: 0"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "local.yaml", "remote.yaml"], in: folder)
        #expect(outcome.stdout == """
            local.yaml:2:1: error: calls are limited by 'callTimes' but 'callShortAgeNavigate' is not set: a user out of calls has nowhere to return to [navigate/call-shortage-required]
            local.yaml:2:1: error: missing required key 'owner' [schema/required]
            remote.yaml:1:33: info: schema 'https://example.com/s.json' is remote and never fetched; using the embedded schema [schema/association]

            """)
    }
}
