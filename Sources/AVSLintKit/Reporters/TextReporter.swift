/// `text` (the default): for people. Each finding is
/// `file:line:col: severity: message [rule]`, then the source line with a
/// caret underline under the span, related locations as `= note:` lines and
/// an available fix as `= fix:`; then a summary line such as
/// `2 errors, 1 warning in 3 files`. ANSI colour only when
/// `context.color`.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "for people: findings with code frames and a summary (default)"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let style = Style(enabled: context.color)
        var out = ""
        for diagnostic in diagnostics {
            let start = diagnostic.span.start
            out += style.bold("\(diagnostic.file):\(start.line):\(start.column):") + " "
                + style.severity(diagnostic.severity, diagnostic.severity.rawValue) + ": "
                + Self.printable(diagnostic.message) + " "
                + style.dim("[\(diagnostic.ruleID)]") + "\n"
            if let source = context.sources[diagnostic.file], start.line >= 1, start.line <= source.lineCount {
                let frame = CodeFrame(lineText: source.lineText(start.line), span: diagnostic.span)
                let number = String(start.line)
                let gutter = "  " + String(repeating: " ", count: number.count) + " |"
                out += "  " + number + " |" + (frame.text.isEmpty ? "" : " " + frame.text) + "\n"
                out += gutter + " " + String(repeating: " ", count: frame.indent)
                    + style.severity(diagnostic.severity, frame.marker) + "\n"
            }
            for related in diagnostic.related {
                out += "  = note: \(diagnostic.file):\(related.span.start.line):\(related.span.start.column): "
                    + Self.printable(related.message) + "\n"
            }
            if let fix = diagnostic.fix {
                out += "  = fix: " + Self.printable(fix.description) + "\n"
            }
        }
        if context.showSummary {
            if !diagnostics.isEmpty { out += "\n" }
            out += Self.summaryLine(diagnostics, fileCount: context.fileCount) + "\n"
        }
        return out
    }

    /// `2 errors, 1 warning, 1 info in 3 files`, or `no problems in 3 files`.
    /// - Parameters:
    ///   - diagnostics: the findings to count.
    ///   - fileCount: the number of linted files.
    /// - Returns: the summary, without a line break.
    public static func summaryLine(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
        func counted(_ n: Int, _ singular: String, _ plural: String) -> String {
            "\(n) " + (n == 1 ? singular : plural)
        }
        let parts = [
            (count(.error), "error", "errors"),
            (count(.warning), "warning", "warnings"),
            (count(.info), "info", "info"),
        ].filter { $0.0 > 0 }.map { counted($0.0, $0.1, $0.2) }
        let files = counted(fileCount, "file", "files")
        return parts.isEmpty ? "no problems in \(files)" : parts.joined(separator: ", ") + " in \(files)"
    }

    /// `text` on one line with control characters (which could drive the
    /// terminal) shown as U+FFFD.
    private static func printable(_ text: String) -> String {
        var out = ""
        for scalar in GCCReporter.singleLine(text).unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20 where scalar != "\t", 0x7F..<0xA0: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// ANSI styling that is a no-op when colour is off.
private struct Style {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: return wrap(text, "31")
        case .warning: return wrap(text, "33")
        case .info: return wrap(text, "36")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
