import Testing
@testable import AVSLintKit

/// The acceptance cases of issue 5, over whole launch configs.
@Suite struct RuleAcceptanceTests {
    static let rules: RuleSet? = try? RuleSet.embedded()

    func lint(_ text: String, secret: String? = nil, configuration: Configuration = Configuration()) throws -> [Diagnostic] {
        let rules = try #require(Self.rules)
        let file = SourceFile(path: "t.yaml", text: text)
        let loaded = YAMLLoader.load(file)
        #expect(loaded.diagnostics.isEmpty)
        return RuleEngine(rules: rules, configuration: configuration, secret: secret).check(loaded.documents, file: file)
            .sorted(by: Diagnostic.sortOrder)
    }

    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.span.start.line):\($0.span.start.column) \($0.severity) \($0.message) [\($0.ruleID)]" }
    }

    static let pageDemo = """
        udeskAvsMiniReferer:
          sdkToken: "sdff3fssfccccg" # 客服系统视频小程序提供的token 必须
          customerInfo:
            id: 1222
            telephones:
              - { id: null, content: "13312223333" }
              - { id: null, content: "13422112233" }
            customFields:
              TextField_1: "普通文本内容"
              SelectField_1: ["0"]
          bizId: "123abc"
          callTimes: 1
          customChannel: "beijing"
          commonNavigate:
            path: "pages/index/index?navigateType=1"
          callShortAgeNavigate:
            path: "pages/index/index?navigateType=2"
            extraData: {}
          authFailNavigate:
            path: "pages/index/index?navigateType=1"
          callEndNavigate:
            path: "pages/index/index?navigateType=3"
          surveryEndNavigate:
            path: "pages/index/index?navigateType=4"
        """

    @Test func pageModeDemo() throws {
        #expect(try lines(lint(Self.pageDemo)) == [
            "15:11 warning 'commonNavigate' path fixes navigateType=1, but the platform appends navigateType (1 to 4) to it, so the page sees two values [navigate/common-fixed-type]",
            "16:3 warning 'callShortAgeNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "19:3 warning 'authFailNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "21:3 warning 'callEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "23:3 warning 'surveryEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
        ])
    }

    static let miniDemo = """
        appId: "wx46f00ac6f3dsdf12a"
        path: "pages/preIndex/index?sign=b46e9cba961f30889d0f0de4312b7b732ba4f7e081562ef5d1d27556258843bf&nonce=c33442bdfaa&timestamp=12233311"
        extraData:
          udeskAvsMiniReferer:
            sdkToken: "sdfsdfsdfss"
            callTimes: 1
            commonNavigate:
              path: "pages/index/index?navigateType=1"
              extraData: {}
              envVersion: "develop"
            callShortAgeNavigate:
              path: "pages/index/index?navigateType=2"
              extraData: {}
              envVersion: "develop"
            authFailNavigate:
              path: "pages/index/index?navigateType=1"
              extraData: {}
              envVersion: "develop"
            callEndNavigate:
              path: "pages/index/index?navigateType=3"
              extraData: {}
              envVersion: "develop"
            surveryEndNavigate:
              path: "pages/index/index?navigateType=4"
              extraData: {}
              envVersion: "develop"
        """

    @Test func miniProgramDemo() throws {
        let common = [
            "1:8 error 'wx46f00ac6f3dsdf12a' is not a mini program AppID ('wx' and 16 lowercase hex digits) [miniprogram/app-id]",
            "8:13 warning 'commonNavigate' path fixes navigateType=1, but the platform sets navigateType (1 to 4) in extraData, so the page sees two values [navigate/common-fixed-type]",
            "11:5 warning 'callShortAgeNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "15:5 warning 'authFailNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "19:5 warning 'callEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "23:5 warning 'surveryEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
        ]
        var withoutSecret = common
        withoutSecret.insert(
            "2:7 info signature not checked: set UDESK_AVS_SECRET to check the signature [miniprogram/sign-unchecked]", at: 1)
        #expect(try lines(lint(Self.miniDemo)) == withoutSecret)
        var withSecret = common
        withSecret.insert(
            "2:7 error 'sign' does not match this appId, path, extraData, nonce and timestamp under the secret in UDESK_AVS_SECRET [miniprogram/sign-mismatch]", at: 1)
        #expect(try lines(lint(Self.miniDemo, secret: "demo-secret")) == withSecret)
    }

    @Test func skippedSignatureNoteOncePerFile() throws {
        let stream = "appId: wx0123456789abcdef\npath: pages/preIndex/index\n---\nappId: wx0123456789abcdef\npath: pages/preIndex/index\n"
        let notes = try lint(stream).filter { $0.ruleID == "miniprogram/sign-unchecked" }
        #expect(notes.map { "\($0.span.start.line):\($0.span.start.column) \($0.severity)" } == ["2:7 info"])
    }

    @Test func limitedCallsWithOnlyAuthFail() throws {
        let found = try lint("udeskAvsMiniReferer:\n  sdkToken: t\n  callTimes: 2\n  authFailNavigate: {path: pages/index/index}\n")
        #expect(lines(found) == [
            "1:1 error calls are limited by 'callTimes' but 'callShortAgeNavigate' is not set: a user out of calls has nowhere to return to [navigate/call-shortage-required]",
        ])
    }

    @Test func callEndWithSurveyType() throws {
        let found = try lint("""
            udeskAvsMiniReferer:
              authFailNavigate: {path: pages/index/index}
              callEndNavigate:
                path: "pages/index/index?navigateType=4"
            """)
        #expect(lines(found) == [
            "4:11 error the path sets navigateType=4 but for 'callEndNavigate' the platform appends navigateType=3 to it, so the page sees two values [navigate/type-mismatch]",
        ])
    }

    @Test func appSecretAnywhereWithoutPrintingIt() throws {
        let value = "f00dfacecafebabe0123"
        let found = try lint("""
            udeskAvsMiniReferer:
              sdkToken: t
              authFailNavigate: {path: pages/index/index, extraData: {appSecret: "\(value)"}}
            """)
        #expect(lines(found) == [
            "3:59 error 'appSecret' looks like a secret; keep secrets in the environment (UDESK_AVS_SECRET), never in a config file [security/secret-in-config]",
        ])
        #expect(!found.contains { $0.message.contains(value) || $0.related.contains { $0.message.contains(value) } })
    }

    @Test func configuredSecretIsNeverPrinted() throws {
        let secret = "S3cret-for-tests"
        var configuration = Configuration()
        configuration.secretEnv = "MY_ENV"
        let found = try lint("udeskAvsMiniReferer:\n  sdkToken: \"\(secret)\"\n  authFailNavigate: {path: pages/index/index}\n",
                             secret: secret, configuration: configuration)
        #expect(lines(found) == [
            "2:14 error the signing secret from MY_ENV is written here; keep it out of every file [security/secret-in-config]",
        ])
    }

    @Test func signedConfigLintsCleanUnderItsSecretOnly() throws {
        let text = """
            appId: wx0123456789abcdef
            path: pages/preIndex/index
            extraData:
              udeskAvsMiniReferer:
                sdkToken: "t"
                callTimes: 2
                customerInfo:
                  id: 12
                  telephones: [{id: null, content: "+86 138 0013 8000"}]
                authFailNavigate: {path: "pages/index/index?from=avs"}
                callShortAgeNavigate: {path: pages/index/index, extraData: {k: 1.50}}
            """
        let file = SourceFile(path: "t.yaml", text: text)
        let document = try #require(YAMLLoader.load(file).documents.first)
        let (_, edit) = try Signer.signedPath(for: document, file: file, secret: "S", nonce: Signer.freshNonce(), timestamp: "1700000000")
        var bytes = file.bytes
        bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.replacement.utf8))
        let signed = String(decoding: bytes, as: UTF8.self)
        #expect(try lines(lint(signed, secret: "S")) == [])
        #expect(try lines(lint(signed, secret: "other")).map { $0.hasSuffix("[miniprogram/sign-mismatch]") } == [true])
    }

    @Test func computedValuesAreNeverReported() throws {
        let rules = try #require(Self.rules)
        let phone = Node(.computed, span: Span(at: Position(line: 9, column: 9, offset: 0)))
        let root = N.map([
            "udeskAvsMiniReferer": N.map([
                "callTimes": N.computed,
                "authFailNavigate": N.map(["path": N.computed]),
                "customerInfo": N.map(["telephones": N.seq([N.map(["content": phone]), N.map(["content": phone])])]),
            ]),
        ])
        let found = RuleEngine(rules: rules, configuration: Configuration(), secret: nil)
            .check(Document(root: root, index: 0), file: SourceFile(path: "t.js", text: ""))
        #expect(found.isEmpty)
    }
}
