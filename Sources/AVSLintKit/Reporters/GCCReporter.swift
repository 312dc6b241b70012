/// `gcc`: `file:line:col: severity: message [rule]`, one finding per line and
/// nothing else, for editor problem matchers and vim's errorformat.
public struct GCCReporter: Reporter {
    public static let identifier = "gcc"
    public static let summary = "file:line:col: severity: message [rule], one per line"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var out = ""
        for diagnostic in diagnostics {
            Self.append(diagnostic, to: &out)
            out += "\n"
        }
        return out
    }

    /// The finding as one gcc-style line (no line break); line breaks in the
    /// message become spaces.
    static func line(for diagnostic: Diagnostic) -> String {
        var out = ""
        append(diagnostic, to: &out)
        return out
    }

    /// Appends the finding's line to `out` piece by piece: one interpolation
    /// per finding cost more than the rest of a large report.
    private static func append(_ diagnostic: Diagnostic, to out: inout String) {
        let start = diagnostic.span.start
        out += diagnostic.file
        out += ":"
        out += String(start.line)
        out += ":"
        out += String(start.column)
        out += ": "
        out += diagnostic.severity.rawValue
        out += ": "
        out += singleLine(diagnostic.message)
        out += " ["
        out += diagnostic.ruleID
        out += "]"
    }

    /// `text` with each line break (LF, CRLF, CR) replaced by one space.
    static func singleLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                out.append(" ")
                afterCR = true
                continue
            case "\n":
                if !afterCR { out.append(" ") }
            default:
                out.append(scalar)
            }
            afterCR = false
        }
        return String(out)
    }
}
