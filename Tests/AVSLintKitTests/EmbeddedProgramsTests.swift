import Foundation
import Testing
@testable import AVSLintKit

/// A start builds the embedded schemas from `Generated/EmbeddedProgramTable.swift`;
/// this holds that file to what the compiler makes of the files now embedded.
@Suite struct EmbeddedProgramsTests {
    static let tablePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/AVSLintKit/Generated/EmbeddedProgramTable.swift")

    /// Fails when the table is out of date. With AVSLINT_UPDATE_PROGRAMS=1
    /// it writes it instead (build and run again).
    @Test func theTableIsCurrent() throws {
        let expected = try EmbeddedProgramsSource.text()
        let committed = try? String(contentsOf: Self.tablePath, encoding: .utf8)
        guard committed != expected else { return }
        if ProcessInfo.processInfo.environment["AVSLINT_UPDATE_PROGRAMS"] == "1" {
            try expected.write(to: Self.tablePath, atomically: true, encoding: .utf8)
        } else {
            Issue.record("Sources/AVSLintKit/Generated/EmbeddedProgramTable.swift is out of date: run AVSLINT_UPDATE_PROGRAMS=1 swift test --filter EmbeddedProgramsTests, then build and test again")
        }
    }

    /// Each program the table builds renders back to the compiler's own:
    /// nothing is lost between the generated source and the values.
    @Test func everyProgramComesBackAsCompiled() throws {
        let entries = try EmbeddedProgramsSource.entries()
        #expect(entries.count > EmbeddedProgramsSource.schemaFiles.count)
        for entry in entries {
            let built = try #require(EmbeddedPrograms.program(file: entry.file, offset: entry.offset), "\(entry.file)@\(entry.offset)")
            #expect(built.swiftSource(indent: "") == entry.program.swiftSource(indent: ""), "\(entry.file)@\(entry.offset)")
        }
    }

    @Test func theTableAnswersOnlyForItsFilesAndOffsets() {
        #expect(EmbeddedPrograms.program(file: LaunchSchemaChecker.embeddedPath, offset: 1) == nil)
        #expect(EmbeddedPrograms.program(file: "rules/customer/phone-format.yaml", offset: 0) == nil)
        #expect(EmbeddedPrograms.program(file: "schemas/none.json", offset: 0) == nil)
    }

    /// The source form keeps what the evaluator reads: a pattern's program,
    /// an enum's nodes with their spans and flags, a number's text.
    @Test func sourceFormsOfTheParts() throws {
        let pattern = try #require(SchemaPattern("^a[0-9]$"))
        #expect(pattern.swiftSource == "SchemaPattern(source: \"^a[0-9]$\", program: ScalarPattern(operations: "
            + "[.start, .scalar(97), .set(0), .end, .match], sets: [ScalarSet(low: 287948901175001088, high: 0, ranges: [])]))")
        let file = SourceFile(path: "s.json", text: #"{"enum": ["x\n", 1.50]}"#)
        let root = try #require(JSONLoader.load(file).documents.first?.root)
        let program = try JSONSchema(root).program
        #expect(program.schemas[0].swiftSource == "CompiledSchema(resource: 0, enumConst: EnumConstKeywords(values: ["
            + "EmbeddedPrograms.node(.scalar(Scalar(.string(\"x\\n\"), text: \"x\\n\", style: .doubleQuoted)), "
            + "EmbeddedPrograms.span(1, 11, 10, 1, 16, 15)), "
            + "EmbeddedPrograms.node(.scalar(Scalar(.number(Number(decimal: \"1.50\")!), text: \"1.50\", style: .plain)), "
            + "EmbeddedPrograms.span(1, 18, 17, 1, 22, 21))], constant: nil))")
    }
}
