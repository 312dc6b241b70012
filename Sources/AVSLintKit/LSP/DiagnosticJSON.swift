/// avslint findings as LSP `Diagnostic` objects.
enum DiagnosticJSON {
    /// The LSP form of `diagnostic`, positions from `lines` (the text it was
    /// found in): `code` is the rule id, `codeDescription.href` its docs,
    /// `source` "avslint", and `data.fix` the safe fix as text edits.
    static func make(_ diagnostic: Diagnostic, lines: TextLines, uri: String, encoding: PositionEncoding,
                     rule: RuleInfo?) -> JSONValue {
        let range = lines.range(diagnostic.span.start.offset, diagnostic.span.end.offset, encoding: encoding)
        var members: [(key: String, value: JSONValue)] = [
            ("range", range.json),
            ("severity", .int(severity(diagnostic.severity))),
            ("code", .string(diagnostic.ruleID)),
            ("codeDescription", ["href": .string(helpURI(diagnostic.ruleID, rule))]),
            ("source", "avslint"),
            ("message", .string(diagnostic.message)),
        ]
        if !diagnostic.related.isEmpty {
            members.append(("relatedInformation", .array(diagnostic.related.map { related in
                let range = lines.range(related.span.start.offset, related.span.end.offset, encoding: encoding)
                return ["location": ["uri": .string(uri), "range": range.json], "message": .string(related.message)]
            })))
        }
        if let fix = diagnostic.fix {
            members.append(("data", ["fix": fixJSON(fix, lines: lines, encoding: encoding)]))
        }
        return .object(members)
    }

    /// `{"title", "edits": [TextEdit]}` of a fix.
    static func fixJSON(_ fix: Fix, lines: TextLines, encoding: PositionEncoding) -> JSONValue {
        ["title": .string(fix.description), "edits": .array(fix.edits.map { textEdit($0, lines: lines, encoding: encoding) })]
    }

    /// An LSP `TextEdit` of a byte-range edit.
    static func textEdit(_ edit: Edit, lines: TextLines, encoding: PositionEncoding) -> JSONValue {
        ["range": lines.range(edit.start, edit.end, encoding: encoding).json, "newText": .string(edit.replacement)]
    }

    /// The one diagnostic a document gets when its configuration cannot be
    /// used, at the document's start, pointing at the configuration's first
    /// problem.
    static func configurationProblem(_ problem: DocumentLinter.ConfigurationProblem) -> JSONValue {
        let first = problem.diagnostics.first
        var message = "avslint cannot use its configuration: "
        if let first {
            message += "\(first.file):\(first.span.start.line):\(first.span.start.column): \(first.message)"
        } else {
            message += problem.message ?? "unknown problem"
        }
        var members: [(key: String, value: JSONValue)] = [
            ("range", LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 0, character: 0)).json),
            ("severity", .int(1)),
            ("source", "avslint"),
            ("message", .string(message)),
        ]
        if let first {
            members.insert(("code", .string(first.ruleID)), at: 2)
            let start = LSPPosition(line: first.span.start.line - 1, character: first.span.start.column - 1)
            let end = LSPPosition(line: first.span.end.line - 1, character: first.span.end.column - 1)
            members.append(("relatedInformation", [[
                "location": ["uri": .string(DocumentURI.uri(ofPath: first.file)), "range": LSPRange(start: start, end: end).json],
                "message": .string(first.message),
            ]]))
        }
        return .object(members)
    }

    /// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    /// The rule's documentation address (made the same way for an id the registry lacks).
    static func helpURI(_ id: String, _ rule: RuleInfo?) -> String {
        (rule ?? RuleInfo(id: id, severity: .error, summary: "", description: "")).helpURI
    }
}
