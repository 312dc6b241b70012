import Testing
@testable import AVSLintKit

/// Hostile input ends in a positioned finding or nothing, fast, never a crash.
@Suite struct JSLoaderHostileTests {
    @Test func unterminatedStringInsideALiteral() {
        #expect(jsFindings(jsLoad("wx.navigateToMiniProgram({\n  appId: \"wx0123\n})")) == [
            "syntax-error 2:10 unterminated string: expected the closing quote before the end of the line",
        ])
    }

    @Test func unterminatedCommentAndTemplate() {
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: 1, /* open\n")) == [
            "syntax-error 1:33 unterminated comment: expected '*/' before end of file",
        ])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: `open ${ {b: 1} } still\n")) == [
            "syntax-error 1:30 unterminated template literal: expected '`' before end of file",
        ])
    }

    @Test func literalCutOffAtTheEnd() {
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: { b: fn(1, ")) == [
            "syntax-error 1:30 '{' is never closed: expected '}' before end of file",
        ])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = {")) == [
            "syntax-error 1:25 '{' is never closed: expected '}' before end of file",
        ])
    }

    @Test func hundredThousandNestedObjectsStopAtTheDepthLimit() {
        let text = "x.udeskAvsMiniReferer = " + String(repeating: "{a:", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(jsFindings(jsLoad(text)) == ["document-too-complex 1:3025 nesting deeper than 1000 levels"])
    }

    @Test func hundredThousandBracesAreNotALiteral() {
        let text = "x.udeskAvsMiniReferer = " + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(jsFindings(jsLoad(text)) == ["syntax-error 1:26 expected a property name or '}', found '{'"])
        let blocks = "function udeskAvsMiniReferer() " + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(jsLoad(blocks).diagnostics.isEmpty)
        let computed = "x.udeskAvsMiniReferer = { a: " + String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000) + " }"
        #expect(jsTrees(jsLoad(computed)) == [#"{"udeskAvsMiniReferer":{"a":<computed>}}"#])
    }

    /// Unclosed and deeply nested JSX is looked ahead under a budget, so it
    /// costs a bounded multiple of its size and the launch after it is read.
    @Test(arguments: ["unclosed children", "unclosed attributes", "closed"])
    func nestedJSXIsBounded(_ shape: String) {
        let jsx = switch shape {
        case "unclosed children": String(repeating: "<a>{", count: 5_000)
        case "unclosed attributes": String(repeating: "<a b={", count: 5_000)
        default: String(repeating: "(<a>", count: 2_000) + String(repeating: "</a>)", count: 2_000)
        }
        let text = "x = " + jsx + "\nx.udeskAvsMiniReferer = { sdkToken: 't' }\n"
        #expect(jsTrees(jsLoad(text, path: "t.jsx")) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
    }

    @Test func tenMegabyteMinifiedFile() {
        let chunk = #"function f(a,b){var c=a/b,d=/[{\/]x/g.test("s{\"");return `t${a+{k:1}.k}`+c+d?1:0}var o={a:1,b:"x",c:[1,2,3]};"#
        var text = ""
        text.reserveCapacity(10_600_000)
        var count = 0
        while text.utf8.count < 10_000_000 {
            text += chunk
            count += 1
            if count % 20_000 == 0 {
                text += #"wx.navigateToMiniProgram({appId:"wx0123456789abcdef",extraData:{udeskAvsMiniReferer:{sdkToken:"t"}},success(r){}});"#
            }
        }
        let result = jsLoad(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == count / 20_000)
        #expect(jsTrees(result).first == #"{"appId":"wx0123456789abcdef","extraData":{"udeskAvsMiniReferer":{"sdkToken":"t"}},"success":<computed>}"#)
    }

    @Test func arbitraryBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("{}[]()'\"`/\\*$,:;.!?=<>-+0x1ae_nu \n\r\tudeskAvsMiniReferer navigateToMiniProgram wx. 中".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let result = JSLoader.load(SourceFile(path: "r.js", bytes: bytes))
            #expect(result.diagnostics.filter { $0.ruleID == BuiltinRule.syntaxError }.count <= 1)
        }
    }
}
