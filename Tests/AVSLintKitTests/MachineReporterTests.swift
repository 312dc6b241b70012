@testable import AVSLintKit
import EmbedCore
import Foundation
import Testing

/// JSON, SARIF and GitHub output read back the way their consumers read it.
@Suite struct MachineReporterTests {
    let diagnostics = ReporterFixture.diagnostics
    let context = ReporterFixture.context

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonParsesAndKeepsEveryValue() throws {
        let root = try parse(JSONReporter().report(diagnostics, context: context))
        #expect(root["version"] as? Int == 1)
        #expect(root["files"] as? Int == 5)
        let items = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(items.count == diagnostics.count)
        for (item, diagnostic) in zip(items, diagnostics) {
            #expect(item["rule"] as? String == diagnostic.ruleID)
            #expect(item["message"] as? String == diagnostic.message)
            #expect(item["file"] as? String == diagnostic.file)
            #expect(item["line"] as? Int == diagnostic.span.start.line)
            #expect(item["endColumn"] as? Int == diagnostic.span.end.column)
            #expect(item["path"] as? String == diagnostic.instancePath)
            #expect((item["fix"] != nil) == (diagnostic.fix != nil))
        }
        let odd = try #require(items.first { $0["rule"] as? String == "custom/odd" })
        #expect(odd["message"] as? String == ReporterFixture.oddMessage)
        let duplicate = try #require(items.first { $0["rule"] as? String == "duplicate-key" })
        let related = try #require(duplicate["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["message"] as? String == "first defined here")
        #expect(related.first?["line"] as? Int == 2)
        #expect(related.first?["column"] as? Int == 3)
    }

    @Test func jsonEscapesControlCharacters() {
        var out = ""
        JSONOutput.writeString("a\"b\\c\n\r\t\u{8}\u{C}\u{1}\u{1F}é中", into: &out)
        #expect(out == "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001fé中\"")
    }

    @Test func sarifResultsPointAtTheirRules() throws {
        let root = try parse(SARIFReporter().report(diagnostics, context: context))
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        // every known rule, then the unknown ones in order of first use
        #expect(ids == ReporterFixture.rules.map(\.id) + ["custom/odd", "syntax-error"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == diagnostics.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
        }
        let base = (run["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"]
        #expect(base == "file:///work/proj/")
    }

    @Test func sarifFingerprintIgnoresLineShifts() throws {
        func fingerprint(_ text: String, _ line: Int) throws -> String {
            let source = SourceFile(path: "a.yaml", text: text)
            let offset = try #require(Array(text.utf8).firstIndex(of: UInt8(ascii: "x")))
            let start = source.position(at: offset)
            #expect(start.line == line)
            let diagnostic = Diagnostic(
                ruleID: "schema/type", severity: .error, message: "m", file: "a.yaml",
                span: Span(start: start, end: source.position(at: offset + 1)), instancePath: "/a")
            let context = ReportContext(sources: ["a.yaml": source], files: ["a.yaml"], workingDirectory: "/w")
            let root = try parse(SARIFReporter().report([diagnostic], context: context))
            let run = try #require((root["runs"] as? [[String: Any]])?.first)
            let result = try #require((run["results"] as? [[String: Any]])?.first)
            return try #require((result["partialFingerprints"] as? [String: String])?["avslint/v1"])
        }
        let before = try fingerprint("a: x\n", 1)
        let after = try fingerprint("# new comment\n\na: x\n", 3)
        #expect(before == after)
        #expect(before.count == 16)
        #expect(try fingerprint("a: xy\n", 1) == before)  // same span text 'x'
    }

    @Test func fnv1aMatchesReferenceVectors() {
        #expect(FNV1a.hex64(Array("".utf8)) == "cbf29ce484222325")
        #expect(FNV1a.hex64(Array("a".utf8)) == "af63dc4c8601ec8c")
        #expect(FNV1a.hex64(Array("foobar".utf8)) == "85944171f73967e8")
    }

    @Test func fileURIsAreRelativeAndPercentEncoded() {
        #expect(FileURI.artifact(file: "config/app.yaml", workingDirectory: "/w/p") == ("config/app.yaml", true))
        #expect(FileURI.artifact(file: "./a b.yaml", workingDirectory: "/w/p/") == ("a%20b.yaml", true))
        #expect(FileURI.artifact(file: "/w/p/x/../页.yaml", workingDirectory: "/w/p")
            == ("%E9%A1%B5.yaml", true))
        #expect(FileURI.artifact(file: "../other.yaml", workingDirectory: "/w/p") == ("file:///w/other.yaml", false))
        #expect(FileURI.artifact(file: "/etc/a#1.yaml", workingDirectory: "/w") == ("file:///etc/a%231.yaml", false))
        #expect(FileURI.directory("/w/p") == "file:///w/p/")
        #expect(FileURI.directory("/") == "file:///")
    }

    // MARK: - GitHub

    /// The workflow-command grammar: `::name key=value,…::message`, where
    /// values contain no raw `,` `:` CR LF and the message no raw CR LF, and
    /// every `%` starts an escape.
    static let commandPattern =
        #"^::(error|warning|notice) file=[^,:\r\n]*,line=[0-9]+(,endLine=[0-9]+)?,col=[0-9]+(,endColumn=[0-9]+)?,title=[^,:\r\n]*::([^%\r\n]|%25|%0D|%0A)*$"#

    @Test func githubLinesMatchTheCommandGrammar() throws {
        let output = GitHubReporter().report(diagnostics, context: context)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == diagnostics.count + 1)
        #expect(lines.last == "")
        let regex = try Regex(Self.commandPattern)
        for line in lines.dropLast() {
            #expect(line.wholeMatch(of: regex) != nil, "\(line)")
        }
    }

    @Test func githubEscapesMessageAndProperties() {
        let diagnostic = Diagnostic(
            ruleID: "a:b,c", severity: .info, message: "50% a:b,c\r\nd", file: "x,y:z.yaml",
            span: Span(start: Position(line: 2, column: 3, offset: 0), end: Position(line: 2, column: 5, offset: 2)))
        #expect(GitHubReporter().report([diagnostic], context: ReportContext())
            == "::notice file=x%2Cy%3Az.yaml,line=2,endLine=2,col=3,endColumn=5,title=a%3Ab%2Cc::50%25 a:b,c%0D%0Ad\n")
    }

    @Test func githubOmitsEndsOfMultiLineSpans() {
        let diagnostic = Diagnostic(
            ruleID: "r", severity: .warning, message: "m", file: "f",
            span: Span(start: Position(line: 2, column: 3, offset: 0), end: Position(line: 4, column: 1, offset: 9)))
        #expect(GitHubReporter().report([diagnostic], context: ReportContext())
            == "::warning file=f,line=2,col=3,title=r::m\n")
    }

    // MARK: - gcc

    @Test func gccPutsEachFindingOnOneLine() {
        let diagnostic = Diagnostic(
            ruleID: "r", severity: .error, message: "a\nb\r\nc\rd", file: "f.yaml",
            span: Span(at: Position(line: 3, column: 7, offset: 20)))
        #expect(GCCReporter().report([diagnostic, diagnostic], context: ReportContext())
            == "f.yaml:3:7: error: a b c d [r]\nf.yaml:3:7: error: a b c d [r]\n")
    }
}
