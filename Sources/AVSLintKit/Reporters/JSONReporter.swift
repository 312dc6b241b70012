/// `json`: the findings for tools, as one versioned object with a stable key
/// order, pretty-printed with two spaces and ending with a line break.
///
/// Format, version 1 (keys always in this order; `fix` only when there is one):
///
/// ```
/// {
///   "version": 1,
///   "files": <number of linted files>,
///   "diagnostics": [
///     {
///       "rule": "navigate/type-mismatch",
///       "severity": "error" | "warning" | "info",
///       "message": "…",
///       "file": "<as named on the command line>",
///       "line": 1, "column": 1,          // 1-based; columns count Unicode scalars
///       "endLine": 1, "endColumn": 5,    // just past the span
///       "path": "/udeskAvsMiniReferer/x", // JSON Pointer of the node ("" = root)
///       "related": [{"message", "line", "column", "endLine", "endColumn"}],
///       "fix": {"description": "…", "edits": [{"start", "end", "replacement"}]}
///     }
///   ]
/// }
/// ```
///
/// Edit `start`/`end` are 0-based byte offsets into the file: replace
/// `start..<end` with `replacement`. A change that breaks this shape bumps
/// `version`.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "a versioned JSON object of all findings"
    /// The format version this reporter writes.
    public static let formatVersion = 1

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        JSONOutput.object([
            ("version", .int(Self.formatVersion)),
            ("files", .int(context.fileCount)),
            ("diagnostics", .array(diagnostics.map(Self.object(for:)))),
        ]).rendered
    }

    private static func object(for diagnostic: Diagnostic) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .string(diagnostic.file)),
        ]
        members += spanMembers(diagnostic.span)
        members.append(("path", .string(diagnostic.instancePath)))
        members.append(("related", .array(diagnostic.related.map { related in
            .object([("message", .string(related.message))] + spanMembers(related.span))
        })))
        if let fix = diagnostic.fix {
            members.append(("fix", .object([
                ("description", .string(fix.description)),
                ("edits", .array(fix.edits.map { edit in
                    .object([
                        ("start", .int(edit.start)),
                        ("end", .int(edit.end)),
                        ("replacement", .string(edit.replacement)),
                    ])
                })),
            ])))
        }
        return .object(members)
    }

    private static func spanMembers(_ span: Span) -> [(String, JSONOutput)] {
        [
            ("line", .int(span.start.line)),
            ("column", .int(span.start.column)),
            ("endLine", .int(span.end.line)),
            ("endColumn", .int(span.end.column)),
        ]
    }
}
