import AVSLintKit

/// One fixed set of findings that every reporter's golden output is made
/// from: several files (one outside the working directory, one with a
/// Chinese name, one without findings), all severities, a related location,
/// a fix, a multi-line span, a rule the context does not know, and a message
/// with `%`, `:`, `,`, a newline, `<`, `&`, quotes and Chinese text.
enum ReporterFixture {
    static let appYAML = """
        udeskAvsMiniReferer:
          sdkToken: abc
          sdkToken: def
          callTimes: "3"
          customerName: "张三丰"  # 客户
          surveyEndNavigate:
            path: pages/end

        """
    static let pageJSON = "{\n\t\"udeskAvsMiniReferer\": {\n\t\t\"path\": \"pages/a?navigateType=2\"\n\t}\n}\n"
    static let brokenYAML = "a: [1, 2\n"

    static let oddMessage = "value 100%: a, b <x> & \"y\" 'z'\n第二行：中文"

    static let sources: [String: SourceFile] = [
        "config/app.yaml": SourceFile(path: "config/app.yaml", text: appYAML),
        "config/page.json": SourceFile(path: "config/page.json", text: pageJSON),
        "页面/首页.yaml": SourceFile(path: "页面/首页.yaml", text: brokenYAML),
        "ok.yaml": SourceFile(path: "ok.yaml", text: "a: 1\n"),
    ]

    static let rules = [
        RuleInfo(id: "duplicate-key", severity: .error, summary: "a mapping repeats a key",
                 description: "A key appears twice in one mapping; the last one wins."),
        RuleInfo(id: "navigate/common-overrides", severity: .warning,
                 summary: "commonNavigate hides a specific navigate object",
                 description: "`commonNavigate` is used for every return, so the specific object is never used."),
        RuleInfo(id: "navigate/type-mismatch", severity: .error, summary: "navigateType differs from the slot's type",
                 description: "The platform appends `navigateType`; a different fixed value conflicts."),
        RuleInfo(id: "schema/type", severity: .error, summary: "a value has the wrong type",
                 description: "The value does not have the type the schema requires."),
        RuleInfo(id: "schema/unknown-key", severity: .error, summary: "a key the schema does not allow",
                 description: "The platform ignores unknown keys, so a misspelled one is silently lost."),
    ]

    static let context = ReportContext(
        sources: sources,
        files: ["/tmp/outside.yaml", "config/app.yaml", "config/page.json", "ok.yaml", "页面/首页.yaml"],
        rules: rules,
        toolVersion: "1.2.3",
        workingDirectory: "/work/proj",
        color: false,
        showSummary: true
    )

    /// The span of the `occurrence`-th (1-based) `needle` in `file`.
    static func span(_ file: String, _ needle: String, occurrence: Int = 1) -> Span {
        guard let source = sources[file] else { return .fileStart }
        let bytes = source.bytes
        let pattern = Array(needle.utf8)
        var seen = 0
        var i = 0
        while i + pattern.count <= bytes.count {
            if Array(bytes[i..<(i + pattern.count)]) == pattern {
                seen += 1
                if seen == occurrence {
                    return Span(start: source.position(at: i), end: source.position(at: i + pattern.count))
                }
            }
            i += 1
        }
        return .fileStart
    }

    /// The position just past the last byte of `file`.
    static func endOfFile(_ file: String) -> Position {
        guard let source = sources[file] else { return Span.fileStart.start }
        return source.position(at: source.bytes.count)
    }

    static var diagnostics: [Diagnostic] {
        let app = "config/app.yaml"
        let unknownKey = span(app, "surveyEndNavigate")
        let list = [
            Diagnostic(
                ruleID: "duplicate-key", severity: .error,
                message: "duplicate key 'sdkToken'; the last one wins",
                file: app, span: span(app, "sdkToken", occurrence: 2),
                instancePath: "/udeskAvsMiniReferer/sdkToken",
                related: [Related(span: span(app, "sdkToken"), message: "first defined here")]),
            Diagnostic(
                ruleID: "schema/type", severity: .warning,
                message: "expected an integer, got a string",
                file: app, span: span(app, "\"3\""), instancePath: "/udeskAvsMiniReferer/callTimes"),
            Diagnostic(
                ruleID: "custom/odd", severity: .warning, message: oddMessage,
                file: app, span: span(app, "\"张三丰\""), instancePath: "/udeskAvsMiniReferer/customerName"),
            Diagnostic(
                ruleID: "schema/unknown-key", severity: .error,
                message: "unknown key 'surveyEndNavigate'; did you mean 'surveryEndNavigate'?",
                file: app, span: unknownKey, instancePath: "/udeskAvsMiniReferer/surveyEndNavigate",
                fix: Fix(description: "rename to 'surveryEndNavigate'", edits: [
                    Edit(start: unknownKey.start.offset, end: unknownKey.end.offset, replacement: "surveryEndNavigate"),
                ])),
            Diagnostic(
                ruleID: "navigate/common-overrides", severity: .info,
                message: "'surveyEndNavigate' is never used while 'commonNavigate' is set",
                file: app,
                span: Span(start: span(app, "path: pages/end").start, end: endOfFile(app)),
                instancePath: "/udeskAvsMiniReferer/surveyEndNavigate/path"),
            Diagnostic(
                ruleID: "navigate/type-mismatch", severity: .error,
                message: "'navigateType=2' differs from the type the platform appends for 'authFailNavigate' (1)",
                file: "config/page.json", span: span("config/page.json", "navigateType=2"),
                instancePath: "/udeskAvsMiniReferer/path"),
            Diagnostic(
                ruleID: "syntax-error", severity: .error, message: "expected ',' or ']' in flow sequence",
                file: "页面/首页.yaml", span: Span(at: Position(line: 2, column: 1, offset: 9))),
            Diagnostic(
                ruleID: "schema/type", severity: .info, message: "the root is not a launch config",
                file: "/tmp/outside.yaml", span: Span(start: Position(line: 1, column: 1, offset: 0),
                                                      end: Position(line: 1, column: 2, offset: 1))),
        ]
        return list.sorted(by: Diagnostic.sortOrder)
    }
}
