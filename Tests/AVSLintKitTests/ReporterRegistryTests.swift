import AVSLintKit
import Testing

@Suite struct ReporterRegistryTests {
    @Test func identifiersAreTheDocumentedFormats() {
        #expect(Reporters.identifiers == ["text", "gcc", "json", "sarif", "github", "junit", "checkstyle"])
    }

    @Test func namedFindsEachReporter() throws {
        for type in Reporters.all {
            let reporter = try #require(Reporters.named(type.identifier))
            #expect(Swift.type(of: reporter).identifier == type.identifier)
        }
        #expect(Reporters.named("xml") == nil)
        #expect(Reporters.named("") == nil)
    }

    @Test func everyReporterHasASummary() {
        for type in Reporters.all {
            #expect(!type.summary.isEmpty, "\(type.identifier)")
        }
    }

    @Test func machineFormatsPrintNothingWithoutFindings() throws {
        let context = ReportContext(files: ["a.yaml"])
        #expect(try #require(Reporters.named("gcc")).report([], context: context) == "")
        #expect(try #require(Reporters.named("github")).report([], context: context) == "")
        #expect(try #require(Reporters.named("text")).report([], context: context) == "no problems in 1 file\n")
        #expect(try #require(Reporters.named("json")).report([], context: context)
            == "{\n  \"version\": 1,\n  \"files\": 1,\n  \"diagnostics\": []\n}\n")
    }
}
