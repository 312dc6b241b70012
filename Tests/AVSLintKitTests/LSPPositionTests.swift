import Testing
@testable import AVSLintKit

/// LSP positions in each encoding, and document edits.
@Suite struct LSPPositionTests {
    // "名字😀: x" — 名 and 字 are 3 UTF-8 bytes and 1 UTF-16 unit, 😀 is 4 bytes and 2 units.
    static let lines = TextLines(Array("a: 1\r\n名字😀: x\nlast".utf8))

    @Test func offsetsBecomePositionsInEachEncoding() {
        let x = 6 + 3 + 3 + 4 + 2  // the "x" on line 1
        #expect(Self.lines.position(of: x, encoding: .utf8) == LSPPosition(line: 1, character: 12))
        #expect(Self.lines.position(of: x, encoding: .utf16) == LSPPosition(line: 1, character: 6))
        #expect(Self.lines.position(of: x, encoding: .utf32) == LSPPosition(line: 1, character: 5))
        #expect(Self.lines.offset(of: LSPPosition(line: 1, character: 12), encoding: .utf8) == x)
        #expect(Self.lines.offset(of: LSPPosition(line: 1, character: 6), encoding: .utf16) == x)
        #expect(Self.lines.offset(of: LSPPosition(line: 1, character: 5), encoding: .utf32) == x)
    }

    @Test func outOfRangePositionsAreClamped() {
        // Past the line's end: the end of its content, before CRLF.
        #expect(Self.lines.offset(of: LSPPosition(line: 0, character: 99), encoding: .utf16) == 4)
        // Half of the emoji's surrogate pair: the emoji's start.
        #expect(Self.lines.offset(of: LSPPosition(line: 1, character: 3), encoding: .utf16) == 12)
        #expect(Self.lines.offset(of: LSPPosition(line: 9, character: 0), encoding: .utf16) == Self.lines.bytes.count)
        #expect(Self.lines.position(of: 9999, encoding: .utf16) == LSPPosition(line: 2, character: 4))
    }

    @Test func negotiationTakesTheFirstKnownEncodingOffered() {
        #expect(PositionEncoding.negotiate([]) == .utf16)
        #expect(PositionEncoding.negotiate(["utf-32", "utf-16"]) == .utf32)
        #expect(PositionEncoding.negotiate(["latin-1", "utf-8"]) == .utf8)
    }

    @Test func incrementalChangesApplyInOrder() {
        var document = OpenDocument(uri: "file:///a.yaml", path: "/a.yaml", languageID: "yaml", version: 1, text: "名😀: 1\nb: 2\n")
        let changes: [JSONValue] = [
            ["range": LSPRange(start: LSPPosition(line: 0, character: 5), end: LSPPosition(line: 0, character: 6)).json, "text": "3"],
            ["range": LSPRange(start: LSPPosition(line: 1, character: 0), end: LSPPosition(line: 2, character: 0)).json, "text": ""],
        ]
        let applied = document.apply(changes, encoding: .utf16)
        #expect(applied)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "名😀: 3\n")
        let whole = document.apply([["text": "whole"]], encoding: .utf16)
        #expect(whole)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "whole")
        let malformed = document.apply([["range": "nonsense", "text": "x"]], encoding: .utf16)
        #expect(!malformed)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "whole")
    }

    @Test func fileURIsArePercentDecoded() {
        #expect(DocumentURI.path(of: "file:///tmp/a%20b/%E5%90%8D.yaml") == "/tmp/a b/名.yaml")
        #expect(DocumentURI.path(of: "file://localhost/x.json") == "/x.json")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.uri(ofPath: "/tmp/a b.yaml") == "file:///tmp/a%20b.yaml")
    }

    @Test func fixAllEditIsTheChangedMiddleOnCharacterBoundaries() {
        let edit = LanguageServer.smallestEdit(from: Array("a: 名x".utf8), to: Array("a: 字x".utf8))
        #expect(edit == Edit(start: 3, end: 6, replacement: "字"))
    }
}
