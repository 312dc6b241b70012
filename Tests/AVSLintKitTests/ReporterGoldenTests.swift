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
        let same = Array(output.utf8) == Array(expected)
        #expect(same, "\(name): \(Self.firstDifference(output, String(decoding: expected, as: UTF8.self)))")
    }

    /// Where two texts first differ, by line, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "line \(index + 1): got \(left.debugDescription), golden \(right.debugDescription)" }
        }
        return "same lines, different bytes"
    }

    @Test func everyReporterHasAGolden() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".golden") }
            .map { String($0.dropLast(".golden".count)) }
        #expect(Set(names) == Set(Self.cases.map(\.name)))
    }
}
