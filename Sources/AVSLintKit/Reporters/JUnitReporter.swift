/// `junit`: JUnit XML for CI dashboards. One test suite `avslint`; one test
/// case per linted file (a file without errors passes); one `<failure>` per
/// error, with the gcc-style line as its text; warnings and info go to the
/// test case's `<system-out>`. `failures` counts failing files.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML, one test case per file"

    /// Creates the reporter.
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let groups = FileGroups(files: context.files, diagnostics: diagnostics)
        let failing = groups.files.filter { file in
            groups.diagnostics[file, default: []].contains { $0.severity == .error }
        }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        out += "  <testsuite name=\"avslint\" tests=\"\(groups.files.count)\" failures=\"\(failing)\" errors=\"0\">\n"
        for file in groups.files {
            let findings = groups.diagnostics[file, default: []]
            let head = "    <testcase classname=\"avslint\" name=\"\(XMLEscaping.escape(file))\""
            guard !findings.isEmpty else {
                out += head + "/>\n"
                continue
            }
            out += head + ">\n"
            for diagnostic in findings where diagnostic.severity == .error {
                out += "      <failure type=\"\(XMLEscaping.escape(diagnostic.ruleID))\""
                    + " message=\"\(XMLEscaping.escape(diagnostic.message))\">"
                    + XMLEscaping.escape(GCCReporter.line(for: diagnostic), literalLineBreaks: true)
                    + "</failure>\n"
            }
            let others = findings.filter { $0.severity != .error }
            if !others.isEmpty {
                let lines = others.map { GCCReporter.line(for: $0) + "\n" }.joined()
                out += "      <system-out>" + XMLEscaping.escape(lines, literalLineBreaks: true) + "</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
