import Foundation
import Testing

/// `avslint sign`: a config signed with --write lints clean under its secret
/// and fails under another; every other byte of the file is kept.
@Suite struct SignCommandTests {
    static let config = """
        {
          "appId": "wx0123456789abcdef",
          "path": "pages/preIndex/index?sign=0000000000000000000000000000000000000000000000000000000000000000&nonce=ab12&timestamp=1",
          "extraData": {
            "udeskAvsMiniReferer": {
              "sdkToken": "sdfsdfsdfss",
              "authFailNavigate": {"path": "pages/index/index", "envVersion": "release"}
            }
          }
        }

        """

    static func makeFile() throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-sign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("launch.json")
        try Data(config.utf8).write(to: file)
        return (folder, file)
    }

    @Test func signedConfigLintsCleanUnderItsSecretOnly() throws {
        let (folder, file) = try Self.makeFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let signed = try CLIRunner.run(
            ["sign", "--write", "--nonce", "c33442bdfaa", "--timestamp", "1700000000", "launch.json"],
            in: folder, environment: ["UDESK_AVS_SECRET": "s3cr3t"])
        #expect(signed.status == 0)
        #expect(signed.stderr == "")
        let written = try String(contentsOf: file, encoding: .utf8)
        let expectedText = Self.config.replacingOccurrences(
            of: "pages/preIndex/index?sign=0000000000000000000000000000000000000000000000000000000000000000&nonce=ab12&timestamp=1",
            with: String(signed.stdout.dropLast()))
        #expect(written == expectedText)
        #expect(signed.stdout.hasPrefix("pages/preIndex/index?sign="))
        #expect(signed.stdout.hasSuffix("&nonce=c33442bdfaa&timestamp=1700000000\n"))

        let clean = try CLIRunner.run(["--format", "gcc", "launch.json"], in: folder, environment: ["UDESK_AVS_SECRET": "s3cr3t"])
        #expect(clean.stdout == "")
        #expect(clean.status == 0)

        let other = try CLIRunner.run(["--format", "gcc", "launch.json"], in: folder, environment: ["UDESK_AVS_SECRET": "another"])
        #expect(other.status == 1)
        #expect(other.stdout.hasPrefix("launch.json:3:11: error: "))
        #expect(other.stdout.hasSuffix(" [miniprogram/sign-mismatch]\n"))
        #expect(!other.stdout.contains("another"))
    }

    @Test func signingWithoutASecretIsAUsageProblem() throws {
        let (folder, _) = try Self.makeFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["sign", "launch.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "avslint: no signing secret: set UDESK_AVS_SECRET to the secret your Udesk AVS account was given\n")
    }

    @Test func signingMatchesTheSharedVector() throws {
        // The "minimal" vector of spec/sign-vectors.json, as a launch config.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("avslint-sign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            appId: wx0123456789abcdef
            path: pages/preIndex/index
            extraData:
              udeskAvsMiniReferer:
                sdkToken: sdfsdfsdfss

            """.utf8).write(to: folder.appendingPathComponent("v.yaml"))
        let outcome = try CLIRunner.run(
            ["sign", "--nonce", "c33442bdfaa", "--timestamp", "1700000000", "v.yaml"],
            in: folder, environment: ["UDESK_AVS_SECRET": "s3cr3t"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "pages/preIndex/index?sign=b68a918e090eb3b5691920bf5d1987532b1e566330b385ad814d03ba1829b16e&nonce=c33442bdfaa&timestamp=1700000000\n")
    }
}
