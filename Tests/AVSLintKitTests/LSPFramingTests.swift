import Testing
@testable import AVSLintKit

/// The base protocol: Content-Length framing and JSON-RPC decoding.
@Suite struct LSPFramingTests {
    static func frames(_ input: String, chunk: Int = 1 << 20, limit: Int = 1 << 20) -> [MessageFramer.Frame] {
        var framer = MessageFramer(maxContentLength: limit)
        var out: [MessageFramer.Frame] = []
        let bytes = Array(input.utf8)
        var index = 0
        while index < bytes.count {
            framer.append(bytes[index..<min(index + chunk, bytes.count)])
            index += chunk
            while let frame = framer.next() { out.append(frame) }
        }
        return out
    }

    static func message(_ text: String) -> MessageFramer.Frame { .message(Array(text.utf8)) }

    @Test func splitsMessagesFedOneByteAtATime() {
        let input = "Content-Length: 2\r\n\r\n{}Content-Length: 8\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,\"é\"]"
        #expect(Self.frames(input, chunk: 1) == [Self.message("{}"), Self.message("[1,\"é\"]")])
        #expect(Self.frames(input) == [Self.message("{}"), Self.message("[1,\"é\"]")])
    }

    @Test func headerNamesAreCaseInsensitiveAndBareLineFeedsAreTolerated() {
        #expect(Self.frames("content-length: 2\n\n{}") == [Self.message("{}")])
    }

    @Test func missingLengthIsReportedAndTheNextMessageStillArrives() {
        let input = "Content-Type: x\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}"
        #expect(Self.frames(input) == [.malformed("the message has no Content-Length header"), Self.message("{}")])
    }

    @Test func hugeOrNonNumericLengthIsReportedWithoutReadingTheBody() {
        let huge = "Content-Length: 99999999999999\r\n\r\n{\"x\":1}Content-Length: 2\r\n\r\n{}"
        #expect(Self.frames(huge, chunk: 3, limit: 1000) == [
            .malformed("Content-Length 99999999999999 is above the limit of 1000 bytes"), Self.message("{}"),
        ])
        #expect(Self.frames("Content-Length: abc\r\n\r\nContent-Length: 2\r\n\r\n{}") == [
            .malformed("Content-Length is not a number"), Self.message("{}"),
        ])
    }

    @Test func endlessHeaderIsCutAtTheLimit() {
        var framer = MessageFramer(maxContentLength: 100, maxHeaderBytes: 16)
        framer.append(Array(String(repeating: "x", count: 40).utf8)[...])
        #expect(framer.next() == .malformed("the header section is longer than 16 bytes"))
        #expect(framer.next() == nil)
        framer.append(Array("Content-Length: 2\r\n\r\n{}".utf8)[...])
        #expect(framer.next() == Self.message("{}"))
    }

    @Test func decodesRequestsNotificationsAndResponses() throws {
        func decode(_ text: String) throws -> Result<RPCMessage, RPCError> {
            RPCMessage.decode(try JSONValue.parse(Array(text.utf8)).get())
        }
        #expect(try decode(#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#) == .success(.request(id: 7, method: "shutdown", params: .null)))
        #expect(try decode(#"{"jsonrpc":"2.0","method":"exit"}"#) == .success(.notification(method: "exit", params: .null)))
        #expect(try decode(#"{"jsonrpc":"2.0","id":"a","result":null}"#) == .success(.response(id: "a")))
        #expect(try decode(#"{"jsonrpc":"2.0","id":1}"#) == .failure(RPCError(.missingMethod, id: 1)))
        #expect(try decode(#"[1]"#) == .failure(RPCError(.notAnObject)))
        #expect(try decode(#"{"id":2,"method":"x"}"#) == .failure(RPCError(.badVersion, id: 2)))
    }

    /// Each error answer's code and message, as the client reads them.
    @Test func errorAnswersCarryTheirCodeAndMessage() {
        #expect(RPCOutput.error(RPCError(.missingMethod, id: 1))
            == ["jsonrpc": "2.0", "id": 1, "error": ["code": -32600, "message": "a message needs 'method'"]])
        #expect(RPCOutput.error(RPCError(.notJSON("1:2: x")))
            == ["jsonrpc": "2.0", "id": .null, "error": ["code": -32700, "message": "the message is not JSON: 1:2: x"]])
        #expect(RPCOutput.error(RPCError(.notInitialized, id: "a"))
            == ["jsonrpc": "2.0", "id": "a", "error": ["code": -32002, "message": "the server is not initialized yet"]])
        #expect(RPCOutput.error(RPCError(.invalidParams(method: "textDocument/hover"), id: 3))
            == ["jsonrpc": "2.0", "id": 3, "error": ["code": -32602, "message": "invalid params for 'textDocument/hover'"]])
    }

    @Test func invalidJSONSaysWhere() {
        #expect(JSONValue.parse(Array("{\"a\":".utf8)) == .failure(JSONValueError(message: "1:6: expected a JSON value, found end of file")))
    }

    @Test func writesCompactJSONWithLengthInBytes() {
        let framed = RPCOutput.frame(RPCOutput.response(id: 1, result: ["text": "张三\n"]))
        let body = #"{"jsonrpc":"2.0","id":1,"result":{"text":"张三\n"}}"#
        #expect(framed == Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    }
}
