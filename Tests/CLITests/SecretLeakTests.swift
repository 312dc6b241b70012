import Foundation
import Testing

/// The signing secret never appears in any report, even when a config holds it.
@Suite struct SecretLeakTests {
    static let formats = ["text", "gcc", "json", "sarif", "github", "junit", "checkstyle"]
    static let secret = "Sup3rSecretValue"

    @Test(arguments: formats)
    func secretIsInNoReport(_ format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            appId: wx0123456789abcdef
            path: "pages/preIndex/index?sign=\(String(repeating: "a", count: 64))&nonce=n1&timestamp=1"
            extraData:
              udeskAvsMiniReferer:
                sdkToken: t
                bizId: "\(Self.secret)"
                appSecret: "\(Self.secret)"
                authFailNavigate: {path: pages/index/index}

            """.utf8).write(to: folder.appendingPathComponent("leak.yaml"))
        let outcome = try CLIRunner.run(["--format", format, "leak.yaml"], in: folder, environment: ["UDESK_AVS_SECRET": Self.secret])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("security/secret-in-config"))
        #expect(outcome.stdout.contains("miniprogram/sign-mismatch"))
        #expect(!outcome.stdout.contains(Self.secret))
        #expect(!outcome.stderr.contains(Self.secret))
    }

    /// Lints `files` (name → text) in a fresh folder with `secret` set, in the gcc format.
    static func lint(_ files: [String: String], secret: String, format: String = "gcc") throws -> CLIRunner.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return try CLIRunner.run(["--format", format] + files.keys.sorted(), in: folder, environment: ["UDESK_AVS_SECRET": secret])
    }

    @Test func secretInACommentIsReportedAtIt() throws {
        let outcome = try Self.lint([
            "page.yaml": """
                # old key: \(Self.secret)
                udeskAvsMiniReferer:
                  sdkToken: t  # rotated from \(Self.secret)
                  bizId: "order-\(Self.secret)"
                  authFailNavigate: {path: pages/index/index}

                """,
            "launch.js": """
                // const SECRET = '\(Self.secret)'
                getApp().globalData.udeskAvsMiniReferer = { sdkToken: 't', authFailNavigate: { path: 'pages/index/index' } }

                """,
        ], secret: Self.secret)
        let message = "the signing secret from UDESK_AVS_SECRET is written here; keep it out of every file [security/secret-in-config]"
        #expect(outcome.stdout == """
            launch.js:1:20: error: \(message)
            page.yaml:1:12: error: \(message)
            page.yaml:3:31: error: \(message)
            page.yaml:4:17: error: \(message)

            """)
        #expect(outcome.status == 1)
    }

    @Test func maskingNeverRewritesAvslintsOwnWords() throws {
        // With the secret `e` (too short to be searched for, still masked where the file is echoed).
        let outcome = try Self.lint(["page.yaml": """
            udeskAvsMiniReferer:
              sdkToken: t
              customerInfo: {level: gold, email: someone}
              authFailNavigate: {path: pages/index/index, envVersion: release}

            """], secret: "e")
        #expect(outcome.stdout == """
            page.yaml:3:25: error: 'gold' is not one of 'vip', 'normal' [schema/enum]
            page.yaml:3:38: error: 'som***on***' is not an email address [schema/format]
            page.yaml:4:47: warning: 'envVersion' has no effect in page mode: it only applies when returning to another mini program [navigate/env-version-page-mode]

            """)
    }
}
