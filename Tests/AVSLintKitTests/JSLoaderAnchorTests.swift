import Testing
@testable import AVSLintKit

/// Which literals the JavaScript loader anchors on, and where they are.
@Suite struct JSLoaderAnchorTests {
    @Test(arguments: ["wx", "uni", "Taro"])
    func navigateCallIsMiniProgramRoot(_ object: String) throws {
        let result = jsLoad("\(object).navigateToMiniProgram({\n  appId: 'wx0123456789abcdef', extraData: { udeskAvsMiniReferer: {} },\n})\n")
        #expect(result.diagnostics.isEmpty)
        #expect(jsTrees(result) == [#"{"appId":"wx0123456789abcdef","extraData":{"udeskAvsMiniReferer":{}}}"#])
        let root = try #require(result.documents.first?.root)
        #expect(jsonSpanText(root.span) == "1:\(object.count + 24)-3:2")
        #expect(jsonSpanText(try #require(root.member("appId")).value.span) == "2:10-2:30")
        #expect(root["appId"]?.scalar?.style == .singleQuoted)
    }

    @Test func globalDataAssignmentIsPageModeRoot() throws {
        let result = jsLoad("const app = getApp()\napp.globalData.udeskAvsMiniReferer = {\n  sdkToken: \"t\",\n}\n")
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
        let root = try #require(result.documents.first?.root)
        let member = try #require(root.member("udeskAvsMiniReferer"))
        #expect(jsonSpanText(member.key.span) == "2:16-2:35")
        #expect(jsonSpanText(member.value.span) == "2:38-4:2")
        #expect(jsonSpanText(root.span) == "2:38-4:2")
        #expect(jsonSpanText(try #require(member.value["sdkToken"]).span) == "3:13-3:16")
    }

    @Test func getAppAssignmentIsPageModeRoot() throws {
        let result = jsLoad("getApp().globalData.udeskAvsMiniReferer = { sdkToken: 't' };")
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
        let member = try #require(result.documents.first?.root?.member("udeskAvsMiniReferer"))
        #expect(jsonSpanText(member.key.span) == "1:21-1:40")
        #expect(jsonSpanText(member.value.span) == "1:43-1:60")
    }

    @Test func propertyOutsideACallIsPageModeRoot() throws {
        let result = jsLoad("wx.navigateTo({ url: '/pages/preIndex/index' })\nconst data = {\n  udeskAvsMiniReferer: { sdkToken: 't' },\n}\n")
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
        let member = try #require(result.documents.first?.root?.member("udeskAvsMiniReferer"))
        #expect(jsonSpanText(member.key.span) == "3:3-3:22")
        #expect(jsonSpanText(member.value.span) == "3:24-3:41")
    }

    @Test func refererInsideACallIsNotASecondDocument() {
        let result = jsLoad("wx.navigateToMiniProgram({ appId: 'a', extraData: { udeskAvsMiniReferer: { sdkToken: 't' } } })")
        #expect(result.documents.count == 1)
        #expect(result.documents.first?.root?.member("appId") != nil)
    }

    @Test func eachLiteralIsADocumentInFileOrder() {
        let result = jsLoad("""
            app.globalData.udeskAvsMiniReferer = { sdkToken: 'a' }
            wx.navigateToMiniProgram({ appId: 'wx1', path: 'pages/preIndex/index?x=1' })
            const o = { udeskAvsMiniReferer: { sdkToken: 'b' } }
            """)
        #expect(jsTrees(result) == [
            #"{"udeskAvsMiniReferer":{"sdkToken":"a"}}"#,
            #"{"appId":"wx1","path":"pages/preIndex/index?x=1"}"#,
            #"{"udeskAvsMiniReferer":{"sdkToken":"b"}}"#,
        ])
        #expect(result.documents.map(\.index) == [0, 1, 2])
    }

    @Test func callsThatOpenOtherMiniProgramsAreLeftAlone() {
        let result = jsLoad("wx.navigateToMiniProgram({ appId: 'wxother', path: 'pages/home/home', extraData: { foo: 1 } })")
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func commentsAndStringsNeverAnchor() {
        let result = jsLoad("""
            // wx.navigateToMiniProgram({ appId: 'x', extraData: { udeskAvsMiniReferer: {} } })
            /* app.globalData.udeskAvsMiniReferer = { sdkToken: '}' } */
            const s = "wx.navigateToMiniProgram({ udeskAvsMiniReferer: { } })"
            const t = 'x.udeskAvsMiniReferer = {'
            const u = `udeskAvsMiniReferer: { ${ "}" } }`
            """)
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func regularExpressionWithBraceAndSlashKeepsThePlace() {
        let result = jsLoad("""
            const re = /[/{]\\/udeskAvsMiniReferer = {/g, half = 4 / 2 / 1
            if (/}/.test(s)) x = a / b / c
            app.globalData.udeskAvsMiniReferer = { sdkToken: "/}/" }
            """)
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"/}/"}}"#])
        #expect(result.documents.first?.root?.member("udeskAvsMiniReferer")?.key.span.start.line == 3)
    }

    @Test func templateLiteralsNestAndKeepThePlace() {
        let result = jsLoad("""
            const t = `a ${ { k: `b ${ "}" } c` }.k } wx.navigateToMiniProgram({`
            app.globalData.udeskAvsMiniReferer = { sdkToken: `plain`, bizId: `x${id}` }
            """)
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"plain","bizId":<computed>}}"#])
    }

    @Test func typeScriptInterfaceIsNotAValue() {
        let result = jsLoad("interface Launch { udeskAvsMiniReferer: { sdkToken: string; callTimes?: number } }\n", path: "t.ts")
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func vueScriptBlocksOnlyWithFilePositions() throws {
        let text = """
            <template>
              <view @tap="go">wx.navigateToMiniProgram({ appId: 1 })</view>
            </template>
            <script setup lang="ts">
            const go = () => wx.navigateToMiniProgram({ appId: "wx0123456789abcdef", path: "pages/preIndex/index" } as any)
            </script>
            <style>.a { color: red }</style>
            """
        let result = jsLoad(text, path: "Launch.vue")
        #expect(result.diagnostics.isEmpty)
        #expect(jsTrees(result) == [#"{"appId":"wx0123456789abcdef","path":"pages/preIndex/index"}"#])
        let root = try #require(result.documents.first?.root)
        #expect(jsonSpanText(root.span) == "5:43-5:104")
        #expect(jsonSpanText(try #require(root["appId"]).span) == "5:52-5:72")
    }

    @Test func filesThatNeverMentionTheAnchorsAreNotTokenized() {
        #expect(!JSLoader.mentionsLaunchConfig(Array("const a = 'unterminated\n".utf8)))
        #expect(jsLoad("const a = 'unterminated\n").diagnostics.isEmpty)
        #expect(JSLoader.mentionsLaunchConfig(Array("x.navigateToMiniProgram".utf8)))
        #expect(JSLoader.mentionsLaunchConfig(Array("udeskAvsMiniReferer".utf8)))
        #expect(!JSLoader.mentionsLaunchConfig(Array("udeskAvsMini navigateToMini Program".utf8)))
    }
}

/// JSX in `.js`, `.jsx` and `.tsx` files, and `<` that is not JSX.
@Suite struct JSLoaderJSXTests {
    @Test(arguments: ["t.js", "t.jsx", "t.tsx", "t.vue"])
    func jsxTextIsNotAString(_ path: String) {
        let code = "const a = <Text title='x' {...rest}>Don't {`click`} <b/></Text>\nx.udeskAvsMiniReferer = { sdkToken: 't' }\n"
        let text = path.hasSuffix(".vue") ? "<template><p>it's</p></template>\n<script>\n" + code + "</script>\n" : code
        let result = jsLoad(text, path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
    }

    @Test func launchInsideAContainerIsFound() throws {
        let result = jsLoad("<Button onClick={() => wx.navigateToMiniProgram({ appId: 'wx0123456789abcdef', path: 'pages/preIndex/index' })}>Go</Button>\n", path: "t.jsx")
        #expect(jsTrees(result) == [#"{"appId":"wx0123456789abcdef","path":"pages/preIndex/index"}"#])
        let root = try #require(result.documents.first?.root)
        #expect(jsonSpanText(root.span) == "1:49-1:110")
    }

    /// Generics and comparisons stay TypeScript; in `.ts` a `<T>` is a cast.
    @Test(arguments: [("t.tsx", "const f = <T,>(x: T) => x; const g = <K extends string>(k: K) => k; const n = useState<number>(0) < 2"),
                      ("t.ts", "const a = <any>getApp(); const f = <T>(x: T): T => x; const s = <string>f(\"it's\")"),
                      ("t.js", "if (a < b && c > d) { x = a <b; y = `<a>` }")])
    func angleBracketsThatAreNotJSX(_ path: String, _ code: String) {
        let result = jsLoad(code + "\nx.udeskAvsMiniReferer = { sdkToken: 't' }\n", path: path)
        #expect(result.diagnostics.isEmpty)
        #expect(jsTrees(result) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
    }

    @Test func vueTypeScriptBlockHasNoJSX() {
        let text = "<script lang=\"ts\">\nconst a = <any>b; const c = 'd'\nx.udeskAvsMiniReferer = { sdkToken: 't' }\n</script>\n"
        #expect(jsTrees(jsLoad(text, path: "t.vue")) == [#"{"udeskAvsMiniReferer":{"sdkToken":"t"}}"#])
    }
}
