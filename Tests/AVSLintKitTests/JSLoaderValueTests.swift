import Testing
@testable import AVSLintKit

/// What the values of a JavaScript literal become.
@Suite struct JSLoaderValueTests {
    func referer(_ body: String) -> LoadResult {
        jsLoad("x.udeskAvsMiniReferer = {\(body)}")
    }

    func tree(_ body: String) -> String {
        let result = referer(body)
        guard let literal = result.documents.first?.root?["udeskAvsMiniReferer"] else { return "<none> \(jsFindings(result))" }
        return jsonTree(literal)
    }

    @Test func stringsDecodeJavaScriptEscapes() throws {
        let body = #" a: 'it\'s', b: "\u0041\x42\u{1F600}\n", c: "a\"# + "\n" + #"    b", d: '\0\101' "#
        #expect(tree(body) == #"{"a":"it\'s","b":"AB😀\n","c":"a    b","d":"\0A"}"#)
        let root = try #require(referer(" a: 'x', b: \"y\", c: `z` ").documents.first?.root?["udeskAvsMiniReferer"])
        #expect(root["a"]?.scalar?.style == .singleQuoted)
        #expect(root["b"]?.scalar?.style == .doubleQuoted)
        #expect(root["c"]?.scalar?.style == .plain)
    }

    @Test func numbersInEveryBase() {
        #expect(tree(" a: 0x1F, b: 0o17, c: 0b101, d: 1_000, e: 1.5e3, f: .5, g: 017, h: 019, i: 10n, j: -0x10, k: -2.5 ")
            == #"{"a":31,"b":15,"c":5,"d":1000,"e":1.5e3,"f":.5,"g":15,"h":019,"i":10,"j":-16,"k":-2.5}"#)
    }

    @Test func keysMayBeQuotedOrNumeric() {
        #expect(tree(" 'a-b': 1, \"c\": 2, 3: 4, 0x10: 5, ") == #"{"a-b":1,"c":2,"3":4,"16":5}"#)
    }

    @Test func keywordsArraysNestingAndTrailingCommas() {
        #expect(tree(" a: true, b: false, c: null, d: [1, [2, {e: 'f',},], ], ") == #"{"a":true,"b":false,"c":null,"d":[1,[2,{"e":"f"}]]}"#)
    }

    @Test func runTimeValuesAreComputed() {
        #expect(tree("""
             appId: APP_ID, path: buildPath(), sdkToken: token, u: undefined, m: a.b.c, t: `x${y}`,
             c: ok ? 'a' : 'b', p: 'a' + b, f: function () { return { x: 1 } }, g: (r) => r, h: async () => {},
             n: new Date(), r: /x/g, s: ['a', 'b'].join('/'), neg: -x, o: { k: 1 }.k
            """) == #"{"appId":<computed>,"path":<computed>,"sdkToken":<computed>,"u":<computed>,"m":<computed>,"t":<computed>,"c":<computed>,"p":<computed>,"f":<computed>,"g":<computed>,"h":<computed>,"n":<computed>,"r":<computed>,"s":<computed>,"neg":<computed>,"o":<computed>}"#)
    }

    @Test func computedSpanCoversTheWholeExpression() throws {
        let result = jsLoad("x.udeskAvsMiniReferer = {\n  path: build('a', { b: [1, 2] }) + suffix,\n  c: 1 }")
        let path = try #require(result.documents.first?.root?["udeskAvsMiniReferer"]?["path"])
        #expect(path.isComputed)
        #expect(jsonSpanText(path.span) == "2:9-2:43")
    }

    @Test func methodsShorthandSpreadsAndComputedKeys() {
        let loaded = JSLoader.loadDetailed(SourceFile(path: "t.js", text: """
            x.udeskAvsMiniReferer = { sdkToken, success(res) { console.log(res) }, get g() { return 1 },
              ...base, [key]: 1, *gen() {}, async go() {}, fail: function (e) {}, done: () => {}, a: 1 }
            """))
        #expect(jsTrees(loaded.result) == [#"{"udeskAvsMiniReferer":{"sdkToken":<computed>,"success":<computed>,"fail":<computed>,"done":<computed>,"a":1}}"#])
        #expect(loaded.computedValues == 9)
    }

    @Test func typeScriptCastsAreSkipped() {
        let result = jsLoad("""
            x.udeskAvsMiniReferer = {
              sdkToken: "t" as string, callTimes: 1 satisfies number, bizId: id!, customChannel: "c"!,
              customerInfo: { level: "vip" } as Record<string, string | number>, envVersion: "release" as const,
            } as Referer
            """, path: "t.ts")
        #expect(result.diagnostics.isEmpty)
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t","callTimes":1,"bizId":<computed>,"customChannel":"c","customerInfo":{"level":"vip"},"envVersion":"release"}}"#])
    }

    @Test func duplicateKeysPointAtTheRepeat() {
        let result = jsLoad("x.udeskAvsMiniReferer = {\n  sdkToken: 'a',\n  customerInfo: { id: 1, 'id': 2 },\n  sdkToken: 'b',\n}")
        #expect(jsFindings(result) == [
            "duplicate-key 3:26 duplicate key 'id'; the last one wins",
            "duplicate-key 4:3 duplicate key 'sdkToken'; the last one wins",
        ])
        #expect(result.diagnostics.map(\.instancePath) == ["/udeskAvsMiniReferer/customerInfo/id", "/udeskAvsMiniReferer/sdkToken"])
    }

    @Test func malformedLiteralIsAPositionedSyntaxError() {
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = {\n  a: 1\n  b: 2\n}")) == ["syntax-error 3:3 expected ',' or '}' after object member, found 'b'"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a 1 }")) == ["syntax-error 1:29 expected ':' after property name, found '1'"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: [1 2] }")) == ["syntax-error 1:33 expected ',' or ']' after array element, found '2'"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: foo\n  b: 2 }")) == ["syntax-error 2:3 expected ',' or '}' after object member, found 'b'"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: f() 'x' }")) == ["syntax-error 1:34 expected ',' or '}' after object member, found a string"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { ; }")) == ["syntax-error 1:27 expected a property name or '}', found ';'"])
        #expect(jsFindings(jsLoad("x.udeskAvsMiniReferer = { a: [1, {b: 2}")) == ["syntax-error 1:30 '[' is never closed: expected ']' before end of file"])
    }

    @Test func documentsBeforeASyntaxErrorAreKept() {
        let result = jsLoad("x.udeskAvsMiniReferer = { a: 1 }\nconst s = 'open\nx.udeskAvsMiniReferer = { b: 2 }")
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"a":1}}"#])
        #expect(jsFindings(result) == ["syntax-error 2:11 unterminated string: expected the closing quote before the end of the line"])
    }
}
