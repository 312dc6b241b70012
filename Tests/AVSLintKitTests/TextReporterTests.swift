@testable import AVSLintKit
import Testing

/// The text reporter's code frame and summary line.
@Suite struct TextReporterTests {
    private func span(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> Span {
        Span(start: Position(line: line, column: start, offset: 0), end: Position(line: endLine, column: end, offset: 0))
    }

    @Test func caretUnderChineseTextCountsTwoCellsPerCharacter() {
        // 名字: 张三 — columns 5..<7 are 张三, after 6 cells (名字 are wide)
        let frame = CodeFrame(lineText: "名字: 张三", span: span(1, 5, 1, 7))
        #expect(frame.text == "名字: 张三")
        #expect(frame.underline == "      ^~~~")
    }

    @Test func caretAfterChineseText() {
        // customerName: "张三丰"  # x — 'x' is column 26
        let frame = CodeFrame(lineText: "  customerName: \"张三丰\"  # x", span: span(1, 27, 1, 28))
        #expect(frame.underline == String(repeating: " ", count: 29) + "^")
    }

    @Test func tabsExpandAlikeInLineAndUnderline() {
        // tab stops every 4 cells: the second tab (column 6) runs from cell 8 to 12
        let frame = CodeFrame(lineText: "\t\"a\":\tb", span: span(1, 7, 1, 8))
        #expect(frame.text == "    \"a\":    b")
        #expect(frame.underline == String(repeating: " ", count: 12) + "^")
        #expect(CodeFrame(lineText: "\t\"a\":\tb", span: span(1, 6, 1, 8)).underline
            == String(repeating: " ", count: 8) + "^~~~~")
    }

    @Test func multiLineSpanIsClippedToTheFirstLine() {
        let frame = CodeFrame(lineText: "abcdef", span: span(1, 3, 2, 2))
        #expect(frame.underline == "  ^~~~")
    }

    @Test func emptySpanAndSpanPastTheLineGetOneCaret() {
        #expect(CodeFrame(lineText: "abc", span: span(1, 2, 1, 2)).underline == " ^")
        #expect(CodeFrame(lineText: "abc", span: span(1, 4, 2, 1)).underline == "   ^")
        #expect(CodeFrame(lineText: "", span: span(1, 1, 1, 1)).underline == "^")
    }

    @Test func controlCharactersInTheLineAreReplaced() {
        let frame = CodeFrame(lineText: "a\u{1B}[31mb", span: span(1, 7, 1, 8))
        #expect(frame.text == "a\u{FFFD}[31mb")
        #expect(frame.underline == "      ^")
    }

    @Test func findingWithFrame() {
        let source = SourceFile(path: "a.yaml", text: "x: 1\nname: 张三\n")
        let diagnostic = Diagnostic(
            ruleID: "schema/type", severity: .error, message: "expected a number", file: "a.yaml",
            span: Span(start: source.position(at: 11), end: source.position(at: 17)))
        let context = ReportContext(sources: ["a.yaml": source], files: ["a.yaml"], showSummary: false)
        #expect(TextReporter().report([diagnostic], context: context) == """
            a.yaml:2:7: error: expected a number [schema/type]
              2 | name: 张三
                |       ^~~~

            """)
    }

    private func findings(_ severities: [Severity]) -> [Diagnostic] {
        severities.map { Diagnostic(ruleID: "r", severity: $0, message: "m", file: "f", span: .fileStart) }
    }

    @Test func summaryPlurals() {
        #expect(TextReporter.summaryLine([], fileCount: 0) == "no problems in 0 files")
        #expect(TextReporter.summaryLine([], fileCount: 1) == "no problems in 1 file")
        #expect(TextReporter.summaryLine(findings([.error]), fileCount: 1) == "1 error in 1 file")
        #expect(TextReporter.summaryLine(findings([.error, .warning, .error]), fileCount: 3)
            == "2 errors, 1 warning in 3 files")
        #expect(TextReporter.summaryLine(findings([.warning, .warning]), fileCount: 2) == "2 warnings in 2 files")
        #expect(TextReporter.summaryLine(findings([.info]), fileCount: 1) == "1 info in 1 file")
        #expect(TextReporter.summaryLine(findings([.info, .info, .error]), fileCount: 4)
            == "1 error, 2 info in 4 files")
    }

    @Test func summaryIsOmittedOnRequest() {
        let context = ReportContext(files: ["f"], showSummary: false)
        #expect(TextReporter().report([], context: context) == "")
        #expect(TextReporter().report(findings([.info]), context: context) == "f:1:1: info: m [r]\n")
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = findings([.warning])
        var context = ReportContext(files: ["f"], color: true, showSummary: false)
        #expect(TextReporter().report(diagnostic, context: context)
            == "\u{1B}[1mf:1:1:\u{1B}[0m \u{1B}[33mwarning\u{1B}[0m: m \u{1B}[2m[r]\u{1B}[0m\n")
        context.color = false
        #expect(!TextReporter().report(diagnostic, context: context).contains("\u{1B}"))
    }
}
