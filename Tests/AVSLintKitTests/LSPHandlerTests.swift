import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import AVSLintKit

/// The server's handlers, driven in process: cursor contexts, the schema
/// outline, hover, completion and code actions.
@Suite struct LSPHandlerTests {
    /// What the server wrote, decoded.
    final class Capture: @unchecked Sendable {
        // Sound: every access holds the lock.
        private var messages: [JSONValue] = []
        private let lock = DispatchSemaphore(value: 1)

        func append(_ bytes: [UInt8]) {
            var framer = MessageFramer()
            framer.append(bytes[...])
            lock.wait()
            while case .message(let body)? = framer.next() {
                if case .success(let value) = JSONValue.parse(body) { messages.append(value) }
            }
            lock.signal()
        }

        var all: [JSONValue] {
            lock.wait()
            defer { lock.signal() }
            return messages
        }

        /// Waits up to 10 s for a message that `match` accepts.
        func wait(for match: (JSONValue) -> Bool) -> JSONValue? {
            for _ in 0..<1000 {
                if let found = all.first(where: match) { return found }
                usleep(10_000)
            }
            return nil
        }
    }

    static func server() throws -> (LanguageServer, Capture) {
        let capture = Capture()
        let linter = try DocumentLinter(environment: { _ in nil }, workingDirectory: "/tmp")
        let server = LanguageServer(linter: linter, version: "test") { capture.append($0) }
        return (server, capture)
    }

    static func send(_ server: LanguageServer, _ message: JSONValue) -> Int32? {
        server.handle(body: Array(message.text.utf8))
    }

    static func request(_ id: Int, _ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    static func response(_ capture: Capture, _ id: Int) -> JSONValue? {
        capture.wait { $0["id"] == .int(id) && $0["method"] == nil }
    }

    static func started(_ text: String, uri: String = "file:///tmp/avslint-lsp-test/a.yaml", language: String = "yaml") throws -> (LanguageServer, Capture) {
        let (server, capture) = try server()
        _ = send(server, request(1, "initialize", ["capabilities": [:], "initializationOptions": ["debounce": 0]]))
        _ = send(server, notification("initialized", [:]))
        _ = send(server, notification("textDocument/didOpen", ["textDocument": [
            "uri": .string(uri), "languageId": .string(language), "version": 1, "text": .string(text),
        ]]))
        return (server, capture)
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        LSPPosition(line: line, character: character).json
    }

    // MARK: - Lifecycle

    @Test func requestsBeforeInitializeAndAfterShutdownAreErrors() throws {
        let (server, capture) = try Self.server()
        #expect(Self.send(server, Self.request(1, "textDocument/hover", [:])) == nil)
        #expect(Self.response(capture, 1)?["error"]?["code"] == .int(-32002))
        _ = Self.send(server, Self.request(2, "initialize", ["capabilities": [:]]))
        #expect(Self.response(capture, 2)?["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
        _ = Self.send(server, Self.request(3, "no/such", [:]))
        #expect(Self.response(capture, 3)?["error"]?["code"] == .int(-32601))
        _ = Self.send(server, Self.request(4, "shutdown", .null))
        #expect(Self.response(capture, 4)?["result"] == .null)
        _ = Self.send(server, Self.request(5, "textDocument/hover", [:]))
        #expect(Self.response(capture, 5)?["error"]?["code"] == .int(-32600))
        #expect(Self.send(server, Self.notification("exit", .null)) == 0)
    }

    @Test func exitWithoutShutdownIsCodeOne() throws {
        let (server, _) = try Self.server()
        _ = Self.send(server, Self.request(1, "initialize", ["capabilities": [:]]))
        #expect(Self.send(server, Self.notification("exit", .null)) == 1)
    }

    @Test func runAnswersMalformedInputAndGoesOn() throws {
        let (server, capture) = try Self.server()
        let good = Self.request(1, "initialize", ["capabilities": [:]]).text
        let input = "Content-Length: 3\r\n\r\n{x}" + "Content-Length: \(good.utf8.count)\r\n\r\n" + good
        var chunks = [Array(input.utf8)]
        let code = server.run { chunks.popLast() }
        #expect(code == 1)
        let messages = capture.all
        #expect(messages.count == 2)
        #expect(messages.first?["error"]?["code"] == .int(-32700))
        #expect(messages.first?["id"] == .null)
        #expect(messages.last?["result"]?["serverInfo"]?["name"] == "avslint")
    }

    // MARK: - Diagnostics

    @Test func publishesFindingsWithRuleCodeAndFix() throws {
        let text = "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate:\n    path: pages/index/index\n  surveyEndNavigate:\n    path: pages/a/a\n"
        let (_, capture) = try Self.started(text)
        let published = capture.wait { $0["method"] == "textDocument/publishDiagnostics" }
        let diagnostics = published?["params"]?["diagnostics"]?.array ?? []
        let unknown = diagnostics.first { $0["code"] == "schema/unknown-key" }
        #expect(unknown?["range"] == LSPRange(start: LSPPosition(line: 4, character: 2), end: LSPPosition(line: 4, character: 19)).json)
        #expect(unknown?["source"] == "avslint")
        #expect(unknown?["severity"] == 1)
        #expect(unknown?["codeDescription"]?["href"]?.string?.hasSuffix("docs/rules.md#schemaunknown-key") == true)
        #expect(unknown?["data"]?["fix"]?["edits"]?.array?.first?["newText"] == "surveryEndNavigate")
        #expect(published?["params"]?["version"] == 1)
    }

    // MARK: - Cursor contexts

    static func context(_ text: String, format: InputFormat = .yaml) -> CursorContext? {
        let marker = Array("|".utf8)
        let bytes = Array(text.utf8)
        guard let at = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) else { return nil }
        var stripped = bytes
        stripped.remove(at: at)
        return CursorContext.at(at, in: TextLines(stripped), format: format)
    }

    @Test func yamlContextFollowsIndentationAndSequences() {
        let nested = Self.context("udeskAvsMiniReferer:\n  sdkToken: x\n  customerInfo:\n    telephones:\n      - content: \"1\"\n        i|\n")
        #expect(nested?.path == [.key("udeskAvsMiniReferer"), .key("customerInfo"), .key("telephones"), .item])
        #expect(nested?.slot == .key)
        #expect(nested?.siblings == ["content"])
        let value = Self.context("udeskAvsMiniReferer:\n  customerInfo:\n    level: v|\n")
        #expect(value?.path == [.key("udeskAvsMiniReferer"), .key("customerInfo")])
        #expect(value?.slot == .value(key: "level"))
        let root = Self.context("appId: wx\n|\n")
        #expect(root?.path == [])
        #expect(root?.siblings == ["appId"])
    }

    @Test func yamlFlowCollectionsAreReadByTheirBrackets() {
        let context = Self.context("udeskAvsMiniReferer:\n  customerInfo: {nickName: 张三, telephones: [{content: \"1\", |")
        #expect(context?.path == [.key("udeskAvsMiniReferer"), .key("customerInfo"), .key("telephones"), .item])
        #expect(context?.slot == .key)
        #expect(context?.siblings == ["content"])
        #expect(context?.isFlow == true)
        let value = Self.context("udeskAvsMiniReferer:\n  - {level: |")
        #expect(value?.path == [.key("udeskAvsMiniReferer"), .item])
        #expect(value?.slot == .value(key: "level"))
    }

    @Test func bracketContextFindsTheLaunchLiteralInScripts() {
        let script = "wx.navigateToMiniProgram({\n  appId: 'wx1', // {\n  extraData: { udeskAvsMiniReferer: { customerInfo: { level: '|' } } },\n})"
        let context = Self.context(script, format: .javascript)
        #expect(context?.path == [.key("extraData"), .key("udeskAvsMiniReferer"), .key("customerInfo")])
        #expect(context?.slot == .value(key: "level"))
        #expect(context?.quote == UInt8(ascii: "'"))
        let page = Self.context("app.globalData.udeskAvsMiniReferer = {\n  sdkToken: 'x',\n  cu|\n}", format: .javascript)
        #expect(page?.path == [.key("udeskAvsMiniReferer")])
        #expect(page?.siblings == ["sdkToken"])
        #expect(Self.context("function f() { return { a: | } }", format: .javascript) == nil)
        let json = Self.context("{\"udeskAvsMiniReferer\": {\"customerInfo\": {\"telephones\": [{\"|", format: .json)
        #expect(json?.path == [.key("udeskAvsMiniReferer"), .key("customerInfo"), .key("telephones"), .item])
        #expect(json?.slot == .key)
    }

    // MARK: - Schema outline

    @Test func outlineChoosesTheModeAndFollowsReferences() {
        let outline = SchemaOutline.embedded()
        let referer = outline.properties(at: [.key("udeskAvsMiniReferer")], rootKeys: nil).map(\.name)
        #expect(referer.contains("sdkToken") && referer.contains("surveryEndNavigate"))
        #expect(outline.properties(at: [], rootKeys: ["udeskAvsMiniReferer"]).map(\.name) == ["$schema", "udeskAvsMiniReferer"])
        let level = outline.property("level", at: [.key("udeskAvsMiniReferer"), .key("customerInfo")], rootKeys: nil)
        #expect(level?.allowedValues == ["vip", "normal"])
        let field = outline.property("TextField_1", at: [.key("udeskAvsMiniReferer"), .key("customerInfo"), .key("customFields")], rootKeys: nil)
        #expect(field?.title == "Custom field value")
    }

    // MARK: - Hover, completion, code actions

    @Test func hoverShowsTheKeysSchemaDocs() throws {
        let (server, capture) = try Self.started("udeskAvsMiniReferer:\n  customerInfo:\n    level: vip\n")
        _ = Self.send(server, Self.request(2, "textDocument/hover", ["textDocument": ["uri": "file:///tmp/avslint-lsp-test/a.yaml"], "position": Self.position(2, 5)]))
        let value = Self.response(capture, 2)?["result"]?["contents"]?["value"]?.string ?? ""
        #expect(value.hasPrefix("**`level`**: Customer level\n\nThe customer's level"))
        #expect(value.contains("Allowed values: `vip`, `normal`"))
    }

    @Test func hoverReadsTextThatDoesNotLoad() throws {
        let (server, capture) = try Self.started("udeskAvsMiniReferer:\n  customerInfo:\n    level: vip\n  bad: [\n")
        _ = Self.send(server, Self.request(2, "textDocument/hover", ["textDocument": ["uri": "file:///tmp/avslint-lsp-test/a.yaml"], "position": Self.position(2, 12)]))
        let result = Self.response(capture, 2)?["result"]
        #expect(result?["contents"]?["value"]?.string?.hasPrefix("**`level`**: Customer level") == true)
        #expect(result?["range"] == LSPRange(start: LSPPosition(line: 2, character: 11), end: LSPPosition(line: 2, character: 14)).json)
    }

    @Test func completionOffersKeysAndEnumValues() throws {
        let (server, capture) = try Self.started("udeskAvsMiniReferer:\n  customerInfo:\n    level: \n  a\n")
        _ = Self.send(server, Self.request(2, "textDocument/completion", ["textDocument": ["uri": "file:///tmp/avslint-lsp-test/a.yaml"], "position": Self.position(2, 11)]))
        let values = Self.response(capture, 2)?["result"]?["items"]?.array?.compactMap { $0["label"]?.string }
        #expect(values == ["vip", "normal"])
        _ = Self.send(server, Self.request(3, "textDocument/completion", ["textDocument": ["uri": "file:///tmp/avslint-lsp-test/a.yaml"], "position": Self.position(3, 3)]))
        let keys = Self.response(capture, 3)?["result"]?["items"]?.array ?? []
        let labels = keys.compactMap { $0["label"]?.string }
        #expect(labels.contains("authFailNavigate"))
        #expect(!labels.contains("customerInfo"))
        let edit = keys.first { $0["label"] == "sdkToken" }?["textEdit"]
        #expect(edit?["newText"] == "sdkToken: ")
        #expect(edit?["range"] == LSPRange(start: LSPPosition(line: 3, character: 2), end: LSPPosition(line: 3, character: 3)).json)
    }

    @Test func codeActionsOfferTheFixAndFixAll() throws {
        let text = "udeskAvsMiniReferer:\n  sdkToken: t\n  authFailNavigate:\n    path: pages/index/index\n  surveyEndNavigate:\n    path: pages/a/a\n"
        let (server, capture) = try Self.started(text)
        _ = capture.wait { $0["method"] == "textDocument/publishDiagnostics" }
        let range = LSPRange(start: LSPPosition(line: 4, character: 3), end: LSPPosition(line: 4, character: 3)).json
        _ = Self.send(server, Self.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": "file:///tmp/avslint-lsp-test/a.yaml"], "range": range, "context": ["diagnostics": []],
        ]))
        let actions = Self.response(capture, 2)?["result"]?.array ?? []
        #expect(actions.compactMap { $0["kind"]?.string } == ["quickfix", "source.fixAll.avslint"])
        let edit = actions.first?["edit"]?["changes"]?["file:///tmp/avslint-lsp-test/a.yaml"]?.array?.first
        #expect(edit?["newText"] == "surveryEndNavigate")
        #expect(edit?["range"] == LSPRange(start: LSPPosition(line: 4, character: 2), end: LSPPosition(line: 4, character: 19)).json)
    }
}
