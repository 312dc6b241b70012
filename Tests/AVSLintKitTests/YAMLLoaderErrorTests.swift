import Testing
@testable import AVSLintKit

@Suite struct YAMLLoaderErrorTests {
    @Test func keyIndentedLessThanItsSiblings() {
        let result = loadYAML("root:\n  a: 1\n b: 2\n")
        #expect(findings(result) == [
            "syntax-error 3:2 expected a key at this indentation (check the line's indentation against its siblings); in the mapping that starts at 1:1",
        ])
        #expect(where_(result.diagnostics[0].span) == "3:2-3:3")
        #expect(result.documents.isEmpty)
    }

    @Test func tabUsedForIndentation() {
        #expect(findings(loadYAML("root:\n\ta: 1\n")) == [
            "syntax-error 2:1 found a tab character where indentation is expected",
        ])
        #expect(findings(loadYAML("a: 1\n\tb: 2\n")) == [
            "syntax-error 2:1 found a tab character where indentation is expected; in the value that starts at 1:4",
        ])
    }

    @Test func commonProblems() {
        #expect(findings(loadYAML("a: b: c\n")) == [
            "syntax-error 1:5 found ':' where a mapping value is not allowed (quote a value that contains ': ')",
        ])
        #expect(findings(loadYAML("a: 1\nb: [1, 2\n")) == [
            "syntax-error 3:1 expected ',' or ']' in a flow sequence; in the flow sequence that starts at 2:4",
        ])
        #expect(findings(loadYAML("名字: \"张三\n")) == [
            "syntax-error 2:1 unexpected end of file; in the quoted string that starts at 1:5",
        ])
        #expect(findings(loadYAML("a: \"\\q\"\n")) == [
            "syntax-error 1:5 unknown escape sequence in a double-quoted string; in the quoted string that starts at 1:4",
        ])
        #expect(findings(loadYAML("a: @x\n")) == [
            "syntax-error 1:4 found character '@' that cannot start any token",
        ])
    }

    @Test func errorPositionAfterChineseText() {
        let result = loadYAML("名: 值\n键: {甲: 1, 乙: 2\n")
        #expect(findings(result) == [
            "syntax-error 3:1 expected ',' or '}' in a flow mapping; in the flow mapping that starts at 2:4",
        ])
    }

    @Test func documentsBeforeAnErrorAreKept() {
        let result = loadYAML("a: 1\n---\nb: 2\n---\nc: [\n")
        #expect(result.documents.map(\.index) == [0, 1])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.span.start.line == 6)
    }

    @Test func invalidBytesAreReportedNotFatal() {
        #expect(findings(loadYAML(bytes: Array("a: ".utf8) + [0xFF, 0x0A])) == [
            "syntax-error 1:4 invalid UTF-8 byte sequence (invalid leading UTF-8 byte)",
        ])
        #expect(findings(loadYAML(bytes: Array("a: x".utf8) + [0x00, 0x0A])) == [
            "syntax-error 1:5 control character U+0000 is not allowed in YAML",
        ])
        #expect(findings(loadYAML(bytes: [0xFF, 0xFE, 0x61, 0x00])).count == 1)
        #expect(findings(loadYAML(bytes: [0xEF, 0xBB, 0xBF, 0xC3])).count == 1)
    }

    @Test func duplicateKeys() throws {
        let result = loadYAML("a: 1\nb:\n  x: 1\n  x: 2\na: 3\nlist:\n  - k: 1\n    k: 2\n")
        #expect(findings(result) == [
            "duplicate-key 4:3 duplicate key 'x'; the last one wins",
            "duplicate-key 8:5 duplicate key 'k'; the last one wins",
            "duplicate-key 5:1 duplicate key 'a'; the last one wins",
        ])
        #expect(result.diagnostics.map(\.instancePath) == ["/b/x", "/list/0/k", "/a"])
        #expect(result.diagnostics[0].related.map { where_($0.span) } == ["3:3-3:4"])
        #expect(result.diagnostics[2].related.map { where_($0.span) } == ["1:1-1:2"])
        #expect(result.documents.count == 1)
    }

    @Test func duplicateKeysAreCheckedPerDocument() {
        let result = loadYAML("a: 1\n---\na: 2\n---\n{a: 1, 'a': 2}\n")
        #expect(findings(result) == ["duplicate-key 5:8 duplicate key 'a'; the last one wins"])
        #expect(result.diagnostics.first?.instancePath == "/a")
    }

    @Test func multiDocumentStream() throws {
        let result = loadYAML("# c\na: 1\n---\n- x\n--- ~\n---\n...\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map(\.index) == [0, 1, 2, 3])
        #expect(result.documents[0].root?["a"]?.scalar?.text == "1")
        #expect(result.documents[1].root?.items?.count == 1)
        #expect(result.documents[2].root?.scalar?.value == .null)
        #expect(result.documents[3].root == nil)
    }

    @Test func emptyInputs() {
        for text in ["", "\n", "# only a comment\n", "   \n\n"] {
            let result = loadYAML(text)
            #expect(result.documents.isEmpty, "\(text)")
            #expect(result.diagnostics.isEmpty, "\(text)")
        }
    }
}
