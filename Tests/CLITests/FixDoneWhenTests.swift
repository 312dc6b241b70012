import Foundation
import Testing

/// The "done when" conditions of issue 8, as tests.
@Suite struct FixDoneWhenTests {
    static let secret = "demo-secret-for-tests"

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-done-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `--fix` on copies of the two demo configs removes every finding that
    /// has a safe fix, changes no other byte, and a second run changes nothing.
    @Test func fixOnTheDemoConfigs() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = CLIRunner.packageRoot.appendingPathComponent("examples")
        for name in ["page-mode-demo.yaml", "mini-program-demo.json", ".avslint.yaml"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let env = ["UDESK_AVS_SECRET": Self.secret]
        let before = try CLIRunner.run(["--format", "json", "."], in: folder, environment: env)
        #expect(before.stdout.components(separatedBy: "\"fix\": {").count - 1 == 3)

        let fixed = try CLIRunner.run(["--fix", "--format", "gcc", "."], in: folder, environment: env)
        #expect(fixed.stderr == "avslint: applied 4 fixes in 2 files\n")
        #expect(fixed.status == 1)
        #expect(!fixed.stdout.contains("[navigate/common-fixed-type]"))
        #expect(!fixed.stdout.contains("[miniprogram/sign-mismatch]"))

        let pageOriginal = try String(contentsOf: examples.appendingPathComponent("page-mode-demo.yaml"), encoding: .utf8)
        let pageExpected = pageOriginal.replacingOccurrences(
            of: "  commonNavigate: # 通用回跳配置 非必须\n    path: \"pages/index/index?navigateType=1\"\n",
            with: "  commonNavigate: # 通用回跳配置 非必须\n    path: \"pages/index/index\"\n")
        #expect(pageExpected != pageOriginal)
        #expect(try Data(contentsOf: folder.appendingPathComponent("page-mode-demo.yaml")) == Data(pageExpected.utf8))

        let miniOriginal = try String(contentsOf: examples.appendingPathComponent("mini-program-demo.json"), encoding: .utf8)
        let miniExpected = miniOriginal
            .replacingOccurrences(
                of: "sign=b46e9cba961f30889d0f0de4312b7b732ba4f7e081562ef5d1d27556258843bf&",
                with: "sign=098dde6d3917b4f79aef53f6da5e26b732dd70b815aeca9f1966bc9521f1f3ab&")
            .replacingOccurrences(
                of: "\"commonNavigate\": {\n        \"path\": \"pages/index/index?navigateType=1\",",
                with: "\"commonNavigate\": {\n        \"path\": \"pages/index/index\",")
        #expect(miniExpected.count == miniOriginal.count - "?navigateType=1".count)
        #expect(try Data(contentsOf: folder.appendingPathComponent("mini-program-demo.json")) == Data(miniExpected.utf8))

        // No finding with a fix is left, and the new signature verifies.
        let after = try CLIRunner.run(["--format", "json", "."], in: folder, environment: env)
        #expect(!after.stdout.contains("\"fix\""))
        #expect(!after.stdout.contains("sign-mismatch"))

        let again = try CLIRunner.run(["--fix", "--format", "gcc", "."], in: folder, environment: env)
        #expect(again.stderr == "")
        #expect(again.stdout == fixed.stdout)
        let dry = try CLIRunner.run(["--fix-dry-run", "."], in: folder, environment: env)
        #expect(dry.stdout == "")
    }

    /// `--fix` on a copy of the JavaScript mini-program demo fixes what its
    /// JSON twin's fix does (re-sign, drop the fixed navigateType of
    /// 'commonNavigate') in the literal's own double quotes, and nothing else.
    @Test func fixOnTheJavaScriptDemo() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = CLIRunner.packageRoot.appendingPathComponent("examples")
        for name in ["mini-program-demo.js", ".avslint.yaml"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let env = ["UDESK_AVS_SECRET": Self.secret]
        let before = try CLIRunner.run(["--format", "json", "mini-program-demo.js"], in: folder, environment: env)
        #expect(before.stdout.components(separatedBy: "\"fix\": {").count - 1 == 2)

        let fixed = try CLIRunner.run(["--fix", "--format", "gcc", "mini-program-demo.js"], in: folder, environment: env)
        // The re-sign runs again after the path edit changes extraData.
        #expect(fixed.stderr == "avslint: applied 3 fixes in 1 file\n")
        #expect(fixed.status == 1)
        #expect(fixed.stdout == """
            mini-program-demo.js:10:14: error: 'wx46f00ac6f3dsdf12a' is not a mini program AppID ('wx' and 16 lowercase hex digits) [miniprogram/app-id]
            mini-program-demo.js:59:11: warning: 'callShortAgeNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]
            mini-program-demo.js:64:11: warning: 'authFailNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]
            mini-program-demo.js:69:11: warning: 'callEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]
            mini-program-demo.js:74:11: warning: 'surveryEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]

            """)

        let original = try String(contentsOf: examples.appendingPathComponent("mini-program-demo.js"), encoding: .utf8)
        let expected = original
            .replacingOccurrences(
                of: "\"pages/preIndex/index?sign=b46e9cba961f30889d0f0de4312b7b732ba4f7e081562ef5d1d27556258843bf&",
                with: "\"pages/preIndex/index?sign=098dde6d3917b4f79aef53f6da5e26b732dd70b815aeca9f1966bc9521f1f3ab&")
            .replacingOccurrences(
                of: "commonNavigate: {\n            path: \"pages/index/index?navigateType=1\",",
                with: "commonNavigate: {\n            path: \"pages/index/index\",")
        #expect(expected.count == original.count - "?navigateType=1".count)
        #expect(try Data(contentsOf: folder.appendingPathComponent("mini-program-demo.js")) == Data(expected.utf8))

        // No finding with a fix is left, and a second run changes nothing.
        let after = try CLIRunner.run(["--format", "json", "mini-program-demo.js"], in: folder, environment: env)
        #expect(!after.stdout.contains("\"fix\""))
        #expect(!after.stdout.contains("sign-mismatch"))
        let again = try CLIRunner.run(["--fix", "--format", "gcc", "mini-program-demo.js"], in: folder, environment: env)
        #expect(again.stderr == "")
        #expect(again.stdout == fixed.stdout)
    }

    /// A deterministic tree of 1 000 launch configs, half YAML page mode and
    /// half JSON mini-program mode, each with a few findings.
    static func generate(in folder: URL) throws -> [URL] {
        var files: [URL] = []
        for i in 0..<1000 {
            let sub = folder.appendingPathComponent("team\(i % 10)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            if i % 2 == 0 {
                let phone = i % 7 == 0 ? "12345" : "1331222\(String(format: "%04d", i))"
                var text = """
                    udeskAvsMiniReferer:
                      sdkToken: tok-\(i)
                      callTimes: \(i % 4)
                      customerInfo:
                        telephones:
                          - content: "\(phone)"
                      commonNavigate:
                        path: pages/page\(i)/index?navigateType=\(1 + i % 4)

                    """
                if i % 3 == 0 { text += "  authFailNavigate: {path: pages/index/index}\n" }
                let url = sub.appendingPathComponent("config\(i).yaml")
                try Data(text.utf8).write(to: url)
                files.append(url)
            } else {
                let envVersion = i % 3 == 0 ? ", \"envVersion\": \"develop\"" : ""
                let text = """
                    {
                      "appId": "wx0123456789abcdef",
                      "path": "pages/preIndex/index?sign=\(String(repeating: "0", count: 64))&nonce=n\(i)&timestamp=\(i)",
                      "extraData": {
                        "udeskAvsMiniReferer": {
                          "sdkToken": "t\(i)",
                          "callTimes": \(i % 5),
                          "authFailNavigate": {"path": "pages/index/index?navigateType=\(i % 4)"\(envVersion)}
                        }
                      }
                    }

                    """
                let url = sub.appendingPathComponent("config\(i).json")
                try Data(text.utf8).write(to: url)
                files.append(url)
            }
        }
        return files
    }

    /// With a baseline written on 1 000 generated configs, inserting ten
    /// lines at the top of every file reports nothing, and adding one new
    /// mistake reports exactly that one finding.
    @Test func baselineOnAThousandConfigs() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.generate(in: folder)
        let written = try CLIRunner.run(["--write-baseline", "baseline.json", "."], in: folder)
        #expect(written.status == 0)
        let count = Int(written.stderr.split(separator: " ")[2]) ?? 0
        #expect(count > 1000)

        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let top = url.pathExtension == "yaml" ? String(repeating: "# inserted\n", count: 10) : String(repeating: "\n", count: 10)
            try Data((top + text).utf8).write(to: url)
        }
        let moved = try CLIRunner.run(["--baseline", "baseline.json", "--format", "gcc", "."], in: folder)
        #expect(moved.stdout == "")
        #expect(moved.status == 0)
        #expect(moved.stderr == "avslint: \(count) findings suppressed by the baseline; 0 baseline entries no longer match (fixed)\n")

        let target = folder.appendingPathComponent("team4/config504.yaml")
        let text = try String(contentsOf: target, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  sdkToken: tok-504\n", with: "  sdkToken: tok-504\n  bizId: 504\n").utf8).write(to: target)
        let mistake = try CLIRunner.run(["--baseline", "baseline.json", "--format", "gcc", "."], in: folder)
        #expect(mistake.stdout == "team4/config504.yaml:13:10: error: expected a string, got the integer 504 [schema/type]\n")
        #expect(mistake.status == 1)
        #expect(mistake.stderr == "avslint: \(count) findings suppressed by the baseline; 0 baseline entries no longer match (fixed)\n")
    }
}
