import Foundation
import Testing
@testable import AVSLintKit

/// The rule engine over JavaScript literals: the done-when cases of issue 9.
@Suite struct JSRuleAcceptanceTests {
    static let rules: RuleSet? = try? RuleSet.embedded()
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    func example(_ name: String) throws -> SourceFile {
        let data = try Data(contentsOf: Self.examples.appendingPathComponent(name))
        return SourceFile(path: name, bytes: Array(data))
    }

    func rulesFindings(_ file: SourceFile, secret: String? = nil) throws -> [Diagnostic] {
        let rules = try #require(Self.rules)
        let loaded = JSLoader.load(file)
        #expect(loaded.diagnostics.isEmpty)
        return RuleEngine(rules: rules, configuration: Configuration(), secret: secret).check(loaded.documents, file: file)
            .sorted(by: Diagnostic.sortOrder)
    }

    func lint(_ text: String, path: String = "t.js") throws -> [String] {
        let rules = try #require(Self.rules)
        let linter = Linter(checkers: [try LaunchSchemaChecker(), RuleEngine(rules: rules, configuration: Configuration(), secret: nil)])
        return lines(linter.lint(SourceFile(path: path, text: text), format: .javascript).diagnostics)
    }

    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.span.start.line):\($0.span.start.column) \($0.severity) \($0.message) [\($0.ruleID)]" }
    }

    @Test func miniProgramDemoAsJavaScript() throws {
        let file = try example("mini-program-demo.js")
        let common = [
            "10:14 error 'wx46f00ac6f3dsdf12a' is not a mini program AppID ('wx' and 16 lowercase hex digits) [miniprogram/app-id]",
            "55:19 warning 'commonNavigate' path fixes navigateType=1, but the platform sets navigateType (1 to 4) in extraData, so the page sees two values [navigate/common-fixed-type]",
            "59:11 warning 'callShortAgeNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "64:11 warning 'authFailNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "69:11 warning 'callEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
            "74:11 warning 'surveryEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
        ]
        var withSecret = common
        withSecret.insert(
            "15:9 error 'sign' does not match this appId, path, extraData, nonce and timestamp under the secret in UDESK_AVS_SECRET [miniprogram/sign-mismatch]", at: 1)
        #expect(lines(try rulesFindings(file, secret: "demo-secret")) == withSecret)
        let schema = try LaunchSchemaChecker().check(try #require(JSLoader.load(file).documents.first), in: file)
        #expect(schema.isEmpty, "success and fail are the API's own options: \(lines(schema))")
    }

    @Test(arguments: [("mini-program-demo.js", "mini-program-demo.json"), ("page-mode-demo.js", "page-mode-demo.yaml")])
    func demosFindTheSameAsTheirTwins(_ script: String, _ twin: String) throws {
        let rules = try #require(Self.rules)
        let engine = RuleEngine(rules: rules, configuration: Configuration(), secret: "demo-secret")
        let schema = try LaunchSchemaChecker()
        func findings(_ file: SourceFile, _ format: InputFormat) -> [String] {
            let linter = Linter(checkers: [schema, engine])
            return linter.lint(file, format: format).diagnostics.map { "\($0.severity) \($0.message) [\($0.ruleID)] \($0.instancePath)" }
        }
        let js = findings(try example(script), .javascript)
        #expect(!js.isEmpty)
        #expect(js == findings(try example(twin), InputFormat(path: twin) ?? .yaml))
    }

    @Test func variablesAreNeverReportedButLiteralsStillAre() throws {
        let found = try lint("""
            wx.navigateToMiniProgram({
              appId: APP_ID,
              path: buildPath(),
              extraData: { udeskAvsMiniReferer: { sdkToken: token, callTimes: 2, authFailNavigate: { path: "pages/index/index" } } },
              success(res) {},
            })
            """)
        #expect(found == [
            "4:16 error calls are limited by 'callTimes' but 'callShortAgeNavigate' is not set: a user out of calls has nowhere to return to [navigate/call-shortage-required]",
        ])
    }

    @Test func suppressionCommentsInJavaScript() throws {
        let text = """
            wx.navigateToMiniProgram({
              // avslint-disable-next-line miniprogram/app-id
              appId: "wx46f00ac6f3dsdf12a",
              path: "pages/preIndex/index?sign=b46e9cba961f30889d0f0de4312b7b732ba4f7e081562ef5d1d27556258843bf&nonce=c&timestamp=1", // avslint-disable-line miniprogram/sign-unchecked
              extraData: { udeskAvsMiniReferer: {
                sdkToken: "t",
                /* avslint-disable navigate/common-overrides */
                commonNavigate: { path: "pages/index/index" },
                authFailNavigate: { path: "pages/index/index" },
                callEndNavigate: { path: "pages/index/index" },
                /* avslint-enable navigate/common-overrides */
                surveryEndNavigate: { path: "pages/index/index" },
              } },
              envVersion: 'beta', /* avslint-disable-line schema/enum */
            })
            const s = "// avslint-disable-next-line schema/enum"
            """
        #expect(try lint(text) == [
            "12:5 warning 'surveryEndNavigate' is never used because 'commonNavigate' is set [navigate/common-overrides]",
        ])
    }

    @Test func unusedSuppressionInJavaScriptIsReported() throws {
        #expect(try lint("""
            app.globalData.udeskAvsMiniReferer = {
              sdkToken: "t", // avslint-disable-line schema/type
              authFailNavigate: { path: "pages/index/index" },
            }
            """) == [
            "2:18 warning 'avslint-disable-line' of 'schema/type' suppresses nothing; remove it [unused-suppression]",
        ])
    }
}
