import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 6, done when: for every acceptance config, each output format
/// parses with a standard parser (JSONSerialization, XMLParser, the
/// workflow-command grammar) and carries exactly the findings `gcc` prints:
/// file, line, column, rule, severity and message, in the same order.
@Suite struct FormatConsistencyTests {
    /// One finding as every format can say it.
    struct Finding: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var rule: String
        var severity: String
        var message: String

        var description: String { "\(file):\(line):\(column): \(severity): \(message) [\(rule)]" }
    }

    static let inputExtensions: Set<String> = ["yaml", "yml", "json", "js", "ts", "vue"]

    /// The acceptance configs: every `Tests/Fixtures/err` input and the
    /// bundled examples (which add warnings), relative to the package root.
    static func inputs() -> [String] {
        var found: [String] = []
        for folder in ["Tests/Fixtures/err", "examples"] {
            let url = CLIRunner.packageRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            found += names.filter { !$0.hasPrefix(".") && inputExtensions.contains(($0 as NSString).pathExtension) }
                .map { folder + "/" + $0 }
        }
        return found.sorted()
    }

    @Test func theInputsCoverEveryInputFormatAndSeverity() throws {
        let inputs = Self.inputs()
        #expect(inputs.count >= 30)
        #expect(Set(inputs.map { ($0 as NSString).pathExtension }).isSuperset(of: ["yaml", "json", "js", "ts", "vue"]))
        // Every severity occurs, so each format's mapping of it is compared.
        let all = try CLIRunner.run(["--format", "gcc"] + inputs)
        let severities = Set(try Self.gccFindings(all.stdout).map(\.severity))
        #expect(severities == ["error", "warning", "info"])
    }

    @Test(arguments: inputs())
    func everyFormatCarriesTheGCCFindings(_ input: String) throws {
        let gccRun = try CLIRunner.run(["--format", "gcc", input])
        let gcc = try Self.gccFindings(gccRun.stdout)
        #expect(gccRun.stderr == "")

        let outputs = try ["json", "sarif", "github", "junit", "checkstyle", "text"].map { format in
            let run = try CLIRunner.run(["--format", format, input])
            #expect(run.status == gccRun.status, "\(format): exit \(run.status), gcc exit \(gccRun.status)")
            #expect(run.stderr == "", "\(format)")
            return (format, run.stdout)
        }
        for (format, stdout) in outputs {
            switch format {
            case "json": #expect(try Self.jsonFindings(stdout) == gcc, "json")
            case "sarif": #expect(try Self.sarifFindings(stdout) == gcc, "sarif")
            case "github": #expect(try Self.githubFindings(stdout) == gcc, "github")
            case "checkstyle": #expect(try Self.checkstyleFindings(stdout) == gcc, "checkstyle")
            case "junit":
                let junit = try Self.junitFindings(stdout, file: input)
                #expect(junit.failures == gcc.filter { $0.severity == "error" }, "junit failures")
                #expect(junit.others == gcc.filter { $0.severity != "error" }, "junit system-out")
            default: #expect(try Self.textFindings(stdout) == gcc, "text")
            }
        }
    }

    // MARK: - gcc and text

    /// A `file:line:col: severity: message [rule]` line; the message is the
    /// longest text before the last ` [`.
    static func gccFinding(_ line: Substring) -> Finding? {
        let pattern = #/([^ :][^:]*):([0-9]+):([0-9]+): (error|warning|info): (.*) \[([^\] ]+)\]/#
        guard let match = try? pattern.wholeMatch(in: line),
              let lineNumber = Int(match.output.2), let columnNumber = Int(match.output.3) else { return nil }
        return Finding(file: String(match.output.1), line: lineNumber, column: columnNumber, rule: String(match.output.6),
                       severity: String(match.output.4), message: String(match.output.5))
    }

    static func gccFindings(_ stdout: String) throws -> [Finding] {
        try stdout.split(separator: "\n").map { line in
            try #require(gccFinding(line), "not a gcc line: \(line)")
        }
    }

    /// The text format's header lines are gcc lines; code frames and notes
    /// are indented, and the summary comes last after a blank line.
    static func textFindings(_ stdout: String) throws -> [Finding] {
        let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
        var findings: [Finding] = []
        for line in lines where !line.isEmpty && !line.hasPrefix(" ") {
            if let finding = gccFinding(line) {
                findings.append(finding)
            } else {
                // Only the summary may be a line that is not a finding.
                #expect(line.contains(" in ") || line.hasPrefix("no problems"), "unexpected text line: \(line)")
            }
        }
        return findings
    }

    /// gcc prints a line break in a message as a space.
    static func oneLine(_ message: String) -> String {
        message.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }

    // MARK: - JSON and SARIF

    static func jsonFindings(_ stdout: String) throws -> [Finding] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        return try diagnostics.map { d in
            Finding(file: try #require(d["file"] as? String), line: try #require(d["line"] as? Int),
                    column: try #require(d["column"] as? Int), rule: try #require(d["rule"] as? String),
                    severity: try #require(d["severity"] as? String), message: oneLine(try #require(d["message"] as? String)))
        }
    }

    static func sarifFindings(_ stdout: String) throws -> [Finding] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        let levels = ["error": "error", "warning": "warning", "note": "info"]
        return try results.map { r in
            let rule = try #require(r["ruleId"] as? String)
            // ruleIndex points at the same rule in tool.driver.rules.
            let index = try #require(r["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == rule, "ruleIndex of \(rule)")
            let location = try #require((r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let region = try #require(location["region"] as? [String: Any])
            let message = try #require((r["message"] as? [String: Any])?["text"] as? String)
            let level = try #require(r["level"] as? String)
            return Finding(file: try #require(uri.removingPercentEncoding), line: try #require(region["startLine"] as? Int),
                           column: try #require(region["startColumn"] as? Int), rule: rule,
                           severity: try #require(levels[level]), message: oneLine(message))
        }
    }

    // MARK: - GitHub workflow commands

    /// `::COMMAND key=value,…::MESSAGE`: property values hold no raw `,` or
    /// `:` (escaped as %2C, %3A), messages no raw CR or LF.
    static var workflowCommand: Regex<(Substring, Substring, Substring, Substring)> {
        #/::(error|warning|notice) ([A-Za-z]+=[^,:]*(?:,[A-Za-z]+=[^,:]*)*)::(.*)/#
    }

    /// Undoes the workflow-command escaping (`%25`, `%0D`, `%0A`, `%3A`, `%2C`).
    static func unescape(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let code = rest[percent...].prefix(3)
            switch code {
            case "%25": out += "%"
            case "%0D": out += "\r"
            case "%0A": out += "\n"
            case "%3A": out += ":"
            case "%2C": out += ","
            default: out += code
            }
            rest = rest[percent...].dropFirst(code.count)
        }
        return out + rest
    }

    static func githubFindings(_ stdout: String) throws -> [Finding] {
        let severities = ["error": "error", "warning": "warning", "notice": "info"]
        return try stdout.split(separator: "\n").map { line in
            let match = try #require(try workflowCommand.wholeMatch(in: line), "not a workflow command: \(line)")
            let command = String(match.output.1)
            var properties: [String: String] = [:]
            for pair in match.output.2.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(parts[0])
                #expect(["file", "line", "endLine", "col", "endColumn", "title"].contains(key), "property \(key)")
                #expect(properties[key] == nil, "repeated property \(key)")
                properties[key] = unescape(parts.count > 1 ? String(parts[1]) : "")
            }
            let message = unescape(String(match.output.3))
            return Finding(file: try #require(properties["file"]), line: try #require(properties["line"].flatMap { Int($0) }),
                           column: try #require(properties["col"].flatMap { Int($0) }), rule: try #require(properties["title"]),
                           severity: try #require(severities[command]), message: oneLine(message))
        }
    }

    // MARK: - XML

    /// Every element with its attributes and its own text, in document order.
    final class Collector: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
        }

        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            elements.append(Element(name: name, attributes: attributes))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }

    static func parseXML(_ xml: String) throws -> [Collector.Element] {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        try #require(parsed, "XML did not parse: \(String(describing: parser.parserError))")
        return collector.elements
    }

    static func checkstyleFindings(_ stdout: String) throws -> [Finding] {
        let elements = try parseXML(stdout)
        #expect(elements.first?.name == "checkstyle")
        var file: String?
        var findings: [Finding] = []
        for element in elements {
            switch element.name {
            case "file": file = element.attributes["name"]
            case "error":
                let source = try #require(element.attributes["source"])
                #expect(source.hasPrefix("avslint."))
                findings.append(Finding(
                    file: try #require(file), line: try #require(element.attributes["line"].flatMap { Int($0) }),
                    column: try #require(element.attributes["column"].flatMap { Int($0) }),
                    rule: String(source.dropFirst("avslint.".count)), severity: try #require(element.attributes["severity"]),
                    message: oneLine(try #require(element.attributes["message"]))))
            default: break
            }
        }
        return findings
    }

    /// JUnit: a `<failure>` per error (rule in `type`, message in
    /// `message`, the gcc line as text) and the other findings' gcc lines in
    /// `<system-out>`, in the test case named after the file.
    static func junitFindings(_ stdout: String, file: String) throws -> (failures: [Finding], others: [Finding]) {
        let elements = try parseXML(stdout)
        let cases = elements.filter { $0.name == "testcase" }
        #expect(cases.map { $0.attributes["name"] } == [file])
        var failures: [Finding] = []
        var others: [Finding] = []
        for element in elements {
            switch element.name {
            case "failure":
                let line = try #require(gccFinding(Substring(element.text)), "failure text: \(element.text)")
                #expect(line.rule == element.attributes["type"])
                #expect(line.message == element.attributes["message"].map(oneLine))
                #expect(line.severity == "error")
                failures.append(line)
            case "system-out":
                others += try gccFindings(element.text)
            default: break
            }
        }
        let suite = try #require(elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["failures"] == (failures.isEmpty ? "0" : "1"))
        return (failures, others)
    }
}
