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
}
