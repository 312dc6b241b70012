import Foundation
import Testing

/// How walks and named files treat JavaScript, TypeScript and Vue sources.
@Suite struct JSDiscoveryTests {
    static let launch = "app.globalData.udeskAvsMiniReferer = { sdkToken: 1, authFailNavigate: { path: 'p' } }\n"

    func tree(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-js-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func walksReadOnlyScriptsThatMentionALaunchConfig() throws {
        let folder = try tree([
            "pages/a.js": Self.launch,
            "pages/b.ts": "export const x = 'unterminated\n",
            "pages/c.vue": "<script>\n" + Self.launch + "</script>\n",
            "pages/d.mjs": "// navigateToMiniProgram is mentioned, but no literal\nexport default 1\n",
            "dist/e.js": Self.launch,
            "unpackage/f.js": Self.launch,
            "node_modules/g.js": Self.launch,
            "miniprogram_npm/h.js": Self.launch,
            "vendor/i.min.js": Self.launch,
            "pages/j.json": "{\"udeskAvsMiniReferer\": {\"sdkToken\": 1, \"authFailNavigate\": {\"path\": \"p\"}}}",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "."], in: folder)
        #expect(outcome.stdout == """
            pages/a.js:1:50: error: expected a string, got the integer 1 [schema/type]
            pages/c.vue:2:50: error: expected a string, got the integer 1 [schema/type]
            pages/j.json:1:38: error: expected a string, got the integer 1 [schema/type]

            """)
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
    }

    @Test func namedScriptWithoutALiteralIsQuiet() throws {
        let folder = try tree(["util.js": "export const wxNavigate = () => wx.navigateToMiniProgram(options)\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiet = try CLIRunner.run(["util.js"], in: folder)
        #expect(quiet.stdout == "")
        #expect(quiet.stderr == "")
        #expect(quiet.status == 0)
        let verbose = try CLIRunner.run(["--verbose", "util.js"], in: folder)
        #expect(verbose.stdout == "")
        #expect(verbose.stderr == "avslint: skipped 'util.js': no navigateToMiniProgram or udeskAvsMiniReferer literal\n")
        #expect(verbose.status == 0)
    }

    @Test func verboseCountsComputedValues() throws {
        let folder = try tree(["launch.ts": """
            wx.navigateToMiniProgram({
              appId: APP_ID, path: buildPath(),
              extraData: { udeskAvsMiniReferer: { sdkToken: token, callTimes: 0, authFailNavigate: { path: "p" } } },
              success(res) {},
            })
            """])
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CLIRunner.run(["--format", "gcc", "launch.ts"], in: folder)
        #expect(plain.stdout == "")
        #expect(plain.status == 0)
        let verbose = try CLIRunner.run(["--format", "gcc", "--verbose", "launch.ts"], in: folder)
        #expect(verbose.stdout == "launch.ts:1:26: info: 4 values are computed at run time and not checked [javascript/computed-values]\n")
        #expect(verbose.status == 0)
    }

    @Test func standardInputNamedAsScript() throws {
        let outcome = try CLIRunner.run(
            ["--format", "gcc", "-", "--stdin-filename", "piped.ts"],
            input: Data("x.udeskAvsMiniReferer = { sdkToken: 't', callTimes: -2, authFailNavigate: { path: 'p' } } as const\n".utf8))
        #expect(outcome.stdout == "piped.ts:1:53: error: -2 is less than the minimum 0 [schema/minimum]\n")
        #expect(outcome.status == 1)
    }
}
