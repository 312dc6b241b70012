/// `github`: GitHub Actions workflow commands, which the runner turns into
/// annotations on the pull request:
/// `::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=RULE::MESSAGE`.
///
/// Warnings print as `::warning`, info as `::notice`. GitHub rejects `col`
/// and `endColumn` on a range that spans lines, so such a finding gives its
/// start `line` and `col` only. Columns count Unicode scalars; `endColumn`
/// is just past the span, as everywhere else in avslint.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (workflow commands)"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let start = diagnostic.span.start
            let end = diagnostic.span.end
            var properties = ["file=" + Self.escapeProperty(diagnostic.file), "line=\(start.line)"]
            if end.line == start.line {
                properties += ["endLine=\(end.line)", "col=\(start.column)", "endColumn=\(max(end.column, start.column))"]
            } else {
                properties += ["col=\(start.column)"]
            }
            properties.append("title=" + Self.escapeProperty(diagnostic.ruleID))
            out += "::\(command) " + properties.joined(separator: ",") + "::"
                + Self.escapeData(diagnostic.message) + "\n"
        }
        return out
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        percentEncoded(text, "%\r\n")
    }

    /// Escapes a property value: as a message, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        percentEncoded(text, "%\r\n:,")
    }

    /// `text` with each scalar of `special` (all ASCII) written `%XX`, as
    /// the runner's toolkit escapes commands.
    private static func percentEncoded(_ text: String, _ special: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if special.unicodeScalars.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += (hex.count == 1 ? "%0" : "%") + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
