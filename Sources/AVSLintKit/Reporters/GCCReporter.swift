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
            out += Self.line(for: diagnostic)
            out += "\n"
        }
        return out
    }

    /// The finding as one gcc-style line (no line break); line breaks in the
    /// message become spaces.
    static func line(for diagnostic: Diagnostic) -> String {
        let start = diagnostic.span.start
        return "\(diagnostic.file):\(start.line):\(start.column): \(diagnostic.severity.rawValue): "
            + singleLine(diagnostic.message) + " [\(diagnostic.ruleID)]"
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
