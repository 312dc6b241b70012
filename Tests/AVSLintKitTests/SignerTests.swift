import Foundation
import Testing
@testable import AVSLintKit

@Suite struct SignerTests {
    @Test func reproducesEveryVector() throws {
        guard let shared = ProcessInfo.processInfo.environment["AVSLINT_SHARED"] else {
            print("skipped: AVSLINT_SHARED is unset, so spec/sign-vectors.json cannot be read")
            return
        }
        let path = shared + "/spec/sign-vectors.json"
        let data = try #require(FileManager.default.contents(atPath: path))
        let result = JSONLoader.load(SourceFile(path: path, bytes: Array(data)))
        #expect(result.diagnostics.isEmpty)
        let vectors = try #require(result.documents.first?.root?.items)
        #expect(vectors.count >= 5)
        for vector in vectors {
            let name = vector["name"]?.string ?? "?"
            let extraData = try #require(vector["extraData"])
            let text = try #require(JSONStringify.stringify(extraData))
            #expect(text == vector["extraDataString"]?.string, "extraDataString of \(name)")
            let sign = Signer.sign(
                appId: vector["appId"]?.string ?? "", path: vector["path"]?.string ?? "", extraData: text,
                secret: vector["secret"]?.string ?? "", nonce: vector["nonce"]?.string ?? "",
                timestamp: vector["timestamp"]?.string ?? "")
            #expect(sign == vector["sign"]?.string, "sign of \(name)")
        }
    }

    @Test func signedPathKeepsQuotingAndOtherBytes() throws {
        let text = """
            appId: wx0123456789abcdef
            path: 'pages/preIndex/index?foo=1&sign=old'  # keep me
            extraData:
              udeskAvsMiniReferer: {sdkToken: t}

            """
        let (document, file) = yamlDocument(text)
        let (newPath, edit) = try Signer.signedPath(
            for: document, file: file, secret: "S", nonce: "n1", timestamp: "1700000000")
        let sign = Signer.sign(
            appId: "wx0123456789abcdef", path: "pages/preIndex/index", extraData: "{\"udeskAvsMiniReferer\":{\"sdkToken\":\"t\"}}",
            secret: "S", nonce: "n1", timestamp: "1700000000")
        #expect(newPath == "pages/preIndex/index?foo=1&sign=\(sign)&nonce=n1&timestamp=1700000000")
        var bytes = file.bytes
        bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.replacement.utf8))
        let rewritten = String(decoding: bytes, as: UTF8.self)
        #expect(rewritten == text.replacingOccurrences(of: "'pages/preIndex/index?foo=1&sign=old'", with: "'\(newPath)'"))
    }

    @Test func freshNonceIs32LowercaseHex() {
        let nonce = Signer.freshNonce()
        #expect(nonce.count == 32 && nonce.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(nonce != Signer.freshNonce())
    }
}
