import AVSLintKit
import Foundation
import Testing

/// Every reporter's output over `ReporterFixture`, compared byte for byte
/// with Tests/Fixtures/reporters/<name>.golden. Run with
/// `AVSLINT_UPDATE_GOLDEN=1` to rewrite the goldens (then review the diff).
@Suite struct ReporterGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reporters")

    /// The golden files: one per reporter, plus the text reporter in colour.
    static let cases: [(name: String, format: String, color: Bool)] =
        Reporters.identifiers.map { ($0, $0, false) } + [("text-color", "text", true)]

    @Test(arguments: cases.map(\.name))
    func matchesGolden(name: String) throws {
        let golden = try #require(Self.cases.first { $0.name == name })
        let reporter = try #require(Reporters.named(golden.format))
        var context = ReporterFixture.context
        context.color = golden.color
        let output = reporter.report(ReporterFixture.diagnostics, context: context)
        let url = Self.directory.appendingPathComponent(name + ".golden")
        if ProcessInfo.processInfo.environment["AVSLINT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            print("updated \(url.path)")
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(Array(output.utf8) == Array(expected), "\(name): output differs from \(url.path)")
        if Array(output.utf8) != Array(expected) {
            print("--- actual \(name) ---\n" + output)
        }
    }

    @Test func everyReporterHasAGolden() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".golden") }
            .map { String($0.dropLast(".golden".count)) }
        #expect(Set(names) == Set(Self.cases.map(\.name)))
    }
}
