@testable import AVSLintKit
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// JUnit and checkstyle output read back with Foundation's XMLParser.
@Suite struct XMLReporterTests {
    /// Collects every element with its attributes and text.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text: [String: String] = [:]
        private var current: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            elements.append((name, attributes))
            current.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            current.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let name = current.last { text[name, default: ""] += string }
        }
    }

    private func parse(_ xml: String) throws -> Collector {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "XML did not parse: \(String(describing: parser.parserError))")
        return collector
    }

    @Test func junitParsesWithOneCasePerFile() throws {
        let diagnostics = ReporterFixture.diagnostics
        let xml = JUnitReporter().report(diagnostics, context: ReporterFixture.context)
        let doc = try parse(xml)
        let suite = try #require(doc.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["tests"] == "5")
        #expect(suite.attributes["failures"] == "3")  // config/app.yaml, config/page.json, 页面/首页.yaml
        let cases = doc.elements.filter { $0.name == "testcase" }.compactMap { $0.attributes["name"] }
        #expect(cases == ReporterFixture.context.files)
        let failures = doc.elements.filter { $0.name == "failure" }
        #expect(failures.count == diagnostics.filter { $0.severity == .error }.count)
    }

    @Test func checkstyleParsesAndKeepsMessages() throws {
        let diagnostics = ReporterFixture.diagnostics
        let doc = try parse(CheckstyleReporter().report(diagnostics, context: ReporterFixture.context))
        #expect(doc.elements.first?.attributes["version"] == "4.3")
        let files = doc.elements.filter { $0.name == "file" }.compactMap { $0.attributes["name"] }
        #expect(files == ReporterFixture.context.files)
        let errors = doc.elements.filter { $0.name == "error" }
        #expect(errors.count == diagnostics.count)
        for (error, diagnostic) in zip(errors, diagnostics) {
            #expect(error.attributes["message"] == diagnostic.message)
            #expect(error.attributes["source"] == "avslint." + diagnostic.ruleID)
            #expect(error.attributes["severity"] == diagnostic.severity.rawValue)
            #expect(error.attributes["line"] == String(diagnostic.span.start.line))
            #expect(error.attributes["column"] == String(diagnostic.span.start.column))
        }
    }

    @Test func escapingRemovesCharactersXMLForbids() throws {
        #expect(XMLEscaping.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(XMLEscaping.escape("a\u{0}b\u{1B}c\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(XMLEscaping.escape("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d")
        #expect(XMLEscaping.escape("a\nb\tc", literalLineBreaks: true) == "a\nb\tc")
        let diagnostic = Diagnostic(
            ruleID: "r", severity: .error, message: "bad \u{0}\u{8} byte", file: "a\u{1}.yaml", span: .fileStart)
        let doc = try parse(CheckstyleReporter().report([diagnostic], context: ReportContext()))
        #expect(doc.elements.last?.attributes["message"] == "bad \u{FFFD}\u{FFFD} byte")
    }
}
