/// `checkstyle`: checkstyle 4.3 XML, as Jenkins (warnings-ng) and reviewdog
/// read it. Every linted file gets a `<file>` element; each finding is an
/// `<error line column severity message source="avslint.RULE"/>`.
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"
    public static let summary = "checkstyle 4.3 XML (Jenkins, reviewdog)"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let groups = FileGroups(files: context.files, diagnostics: diagnostics)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in groups.files {
            let findings = groups.diagnostics[file, default: []]
            let head = "  <file name=\"\(XMLEscaping.escape(file))\""
            guard !findings.isEmpty else {
                out += head + "/>\n"
                continue
            }
            out += head + ">\n"
            for diagnostic in findings {
                out += "    <error line=\"\(diagnostic.span.start.line)\" column=\"\(diagnostic.span.start.column)\""
                    + " severity=\"\(diagnostic.severity.rawValue)\""
                    + " message=\"\(XMLEscaping.escape(diagnostic.message))\""
                    + " source=\"avslint.\(XMLEscaping.escape(diagnostic.ruleID))\"/>\n"
            }
            out += "  </file>\n"
        }
        out += "</checkstyle>\n"
        return out
    }
}
