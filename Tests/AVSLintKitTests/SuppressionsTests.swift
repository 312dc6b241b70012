import Testing
@testable import AVSLintKit

@Suite struct SuppressionsTests {
    func finding(_ rule: String, line: Int, column: Int = 3) -> Diagnostic {
        let position = Position(line: line, column: column, offset: 0)
        return Diagnostic(ruleID: rule, severity: .error, message: "m", file: "t.yaml", span: Span(at: position))
    }

    func run(_ text: String, _ diagnostics: [Diagnostic]) -> [String] {
        Suppressions.apply(diagnostics, file: SourceFile(path: "t.yaml", text: text))
            .sorted(by: Diagnostic.sortOrder)
            .map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column)" + ($0.ruleID == "unused-suppression" ? " \($0.message)" : "") }
    }

    @Test func nextLineWithListAndCategory() {
        let text = """
            a:
              # avslint-disable-next-line navigate/type-mismatch, customer/*
              b: 1
              c: 2
            """
        #expect(run(text, [finding("navigate/type-mismatch", line: 3), finding("customer/phone-format", line: 3),
                           finding("navigate/path-format", line: 3), finding("navigate/type-mismatch", line: 4)])
            == ["navigate/path-format 3:3", "navigate/type-mismatch 4:3"])
    }

    @Test func sameLineAndAllRules() {
        let text = """
            a: 1 # avslint-disable-line
            b: 2 # avslint-disable-line navigate/path-format
            """
        #expect(run(text, [finding("x/y", line: 1), finding("z/w", line: 1), finding("x/y", line: 2)])
            == ["x/y 2:3", "unused-suppression 2:6 'avslint-disable-line' of 'navigate/path-format' suppresses nothing; remove it"])
    }

    @Test func disableEnableRegion() {
        let text = """
            # avslint-disable customer/*
            a: 1
            b: 2
            # avslint-enable customer/*
            c: 3
            """
        #expect(run(text, [finding("customer/a", line: 2), finding("customer/b", line: 3), finding("customer/c", line: 5),
                           finding("navigate/x", line: 2)])
            == ["navigate/x 2:3", "customer/c 5:3"])
    }

    @Test func disableWithoutEnableRunsToTheEnd() {
        let text = "# avslint-disable\na: 1\nb: 2\n"
        #expect(run(text, [finding("x/y", line: 3)]) == [])
    }

    @Test func unusedDirectivesAreReported() {
        let text = """
            # avslint-disable-next-line navigate/type-mismatch
            a: 1
            # avslint-disable security/*
            # avslint-enable security/*
            """
        #expect(run(text, []) == [
            "unused-suppression 1:1 'avslint-disable-next-line' of 'navigate/type-mismatch' suppresses nothing; remove it",
            "unused-suppression 3:1 'avslint-disable' of 'security/*' suppresses nothing; remove it",
        ])
    }

    @Test func hashInsideStringsAndBlockScalarsIsNotAComment() {
        let text = """
            a: "x # avslint-disable-line"
            b: 'it''s # avslint-disable-line'
            c: x#avslint-disable-line
            d: |
              # avslint-disable-line
            e: "multi
              # avslint-disable-line"
            f: 1 # avslint-disable-line
            """
        let found = [1, 2, 3, 5, 7, 8].map { finding("r/x", line: $0) }
        #expect(run(text, found) == ["r/x 1:3", "r/x 2:3", "r/x 3:3", "r/x 5:3", "r/x 7:3"])
    }

    @Test func javaScriptCommentSyntax() {
        let file = SourceFile(path: "t.js", text: "const a = \"//x\" // avslint-disable-line\n")
        let comments = CommentScanner(syntax: .javaScript).comments(in: file)
        #expect(comments.map(\.text) == [" avslint-disable-line"])
        #expect(comments.first?.span.start.column == 17)
    }
}
