import EmbedCore
import Testing
@testable import AVSLintKit

/// Baseline fingerprints and matching, without the CLI.
@Suite struct BaselineLibraryTests {
    static let file = SourceFile(path: "./a.yaml", text: "a: 1\nb: 2\nc: {x: 1,\n  y: 2}\n")

    static func finding(_ rule: String, at offset: Int, _ end: Int, path: String, file: String = "./a.yaml") -> Diagnostic {
        let source = BaselineLibraryTests.file
        return Diagnostic(ruleID: rule, severity: .warning, message: "m \(rule)", file: file,
                          span: Span(start: source.position(at: offset), end: source.position(at: end)), instancePath: path)
    }

    @Test func entriesUseTheFirstLineOfTheNodeText() {
        let entry = Baseline.entry(for: Self.finding("r", at: 13, 27, path: "/c"), source: Self.file)
        #expect(entry == Baseline.Entry(rule: "r", file: "a.yaml", path: "/c", hash: FNV1a.hex64(Array("{x: 1,".utf8)), message: "m r"))
    }

    @Test func matchingIsAMultiset() {
        let one = Self.finding("r", at: 3, 4, path: "/a")
        let baseline = Baseline(recording: [one], sources: ["./a.yaml": Self.file])
        let result = baseline.compare([one, one], sources: ["./a.yaml": Self.file], lintedFiles: ["./a.yaml"]) { _ in true }
        #expect(result.new.count == 1)
        #expect(result.suppressed == 1)
        #expect(result.fixed == 0)
        let none = baseline.compare([], sources: [:], lintedFiles: ["a.yaml"]) { _ in true }
        #expect(none.fixed == 1)
    }

    @Test func aFindingMovesToARenamedFileOnlyWhenTheOldOneIsGone() {
        let old = Self.finding("r", at: 3, 4, path: "/a", file: "old.yaml")
        let moved = Self.finding("r", at: 3, 4, path: "/a", file: "new.yaml")
        let sources = ["old.yaml": Self.file, "new.yaml": Self.file]
        let baseline = Baseline(recording: [old], sources: sources)
        let gone = baseline.compare([moved], sources: sources, lintedFiles: ["new.yaml"]) { $0 != "old.yaml" }
        #expect(gone.new.isEmpty)
        #expect(gone.fixed == 0)
        let stillThere = baseline.compare([moved], sources: sources, lintedFiles: ["new.yaml"]) { _ in true }
        #expect(stillThere.new.count == 1)
        #expect(stillThere.fixed == 0)
    }

    @Test func theFileRoundTripsAndIsSorted() throws {
        let entries = [
            Baseline.Entry(rule: "b", file: "z.yaml", path: "/x", hash: "01", message: "say \"hi\""),
            Baseline.Entry(rule: "a", file: "z.yaml", path: "/x", hash: "02", message: ""),
            Baseline.Entry(rule: "c", file: "a.yaml", path: "", hash: "03", message: "m"),
        ]
        let baseline = Baseline(entries: entries)
        #expect(baseline.entries.map(\.rule) == ["c", "a", "b"])
        let parsed = try Baseline.parse(SourceFile(path: "b.json", text: baseline.json)).get()
        #expect(parsed == baseline)
        #expect(Baseline(entries: []).json == "{\n  \"version\": 1,\n  \"findings\": []\n}\n")
        if case .failure(let error) = Baseline.parse(SourceFile(path: "b.json", text: "{\"version\": 2, \"findings\": []}")) {
            #expect(error.message == "malformed baseline 'b.json':1:13: 'version' must be 1")
        } else {
            Issue.record("accepted version 2")
        }
    }
}
