import Foundation
import Testing

/// The launch-config detector as a user meets it: a walk lints only launch
/// configs, in every format, and a near miss of `udeskAvsMiniReferer` is
/// one did-you-mean finding, walked or named.
@Suite struct LaunchDetectionTests {
    static let files: [String: String] = [
        // Not launch configs: a bare path, appId or extraData is not enough.
        "tool.yaml": "path: /usr/local\nappId: tool\nextraData: {verbose: true}\n",
        "share.json": #"{"path": "pages/goods/detail", "query": "id=1001"}"# + "\n",
        "other-app.js": "wx.navigateToMiniProgram({ appId: 'wx1111111111111111', path: 'pages/index/index', extraData: { from: 'shop' } })\n",
        // Launch configs with the referer key misspelled.
        "page.yaml": "udeskAvsMiniRefere:\n  sdkToken: t\n  authFailNavigate: {path: pages/index/index}\n",
        "launch.js": """
            wx.navigateToMiniProgram({
              appId: 'wx0123456789abcdef',
              path: `pages/preIndex/index?sign=${sign}&nonce=${nonce}&timestamp=${ts}`,
              extraData: { udeskAvsMiniReferrer: { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } } },
            })

            """,
    ]

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-detect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static let misspellings = """
        launch.js:4:16: error: unknown key 'udeskAvsMiniReferrer'; did you mean 'udeskAvsMiniReferer'? The platform reads only that spelling [referer/misspelled-key]
        page.yaml:1:1: error: unknown key 'udeskAvsMiniRefere'; did you mean 'udeskAvsMiniReferer'? The platform reads only that spelling [referer/misspelled-key]

        """

    @Test func aWalkLintsOnlyLaunchConfigsAndNamesTheMisspelling() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "."], in: folder)
        #expect(outcome.stdout == Self.misspellings)
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
    }

    @Test func namedFilesGetTheSameFindingsAndANoticeForNonConfigs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc"] + Self.files.keys.sorted(), in: folder)
        let notice = "warning: not a launch config, so nothing was checked: no 'udeskAvsMiniReferer' at the root or in 'extraData', and no 'appId' with a 'path' to 'pages/preIndex/index' [not-a-launch-config]"
        #expect(outcome.stdout == """
            launch.js:4:16: error: unknown key 'udeskAvsMiniReferrer'; did you mean 'udeskAvsMiniReferer'? The platform reads only that spelling [referer/misspelled-key]
            page.yaml:1:1: error: unknown key 'udeskAvsMiniRefere'; did you mean 'udeskAvsMiniReferer'? The platform reads only that spelling [referer/misspelled-key]
            share.json:1:1: \(notice)
            tool.yaml:1:1: \(notice)

            """)
        #expect(outcome.status == 1)
    }

    @Test func fixRenamesTheMisspelledKeyInEachFormat() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--format", "gcc", "--fix", "page.yaml", "launch.js"], in: folder)
        #expect(outcome.stdout == "")
        #expect(outcome.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("page.yaml"), encoding: .utf8)
        #expect(page == "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate: {path: pages/index/index}\n")
        let script = try String(contentsOf: folder.appendingPathComponent("launch.js"), encoding: .utf8)
        #expect(script.contains("extraData: { udeskAvsMiniReferer: { sdkToken: 't',"))
    }
}
