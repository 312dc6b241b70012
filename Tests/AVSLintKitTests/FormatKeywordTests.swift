import Foundation
import Testing
@testable import AVSLintKit

/// `format`: an annotation unless the schema declares the format-assertion
/// vocabulary; then `email`, `ipv4` and `ipv6` assert, checked against the
/// JSON Schema Test Suite's optional tests.
@Suite struct FormatKeywordTests {
    static func schema(_ json: String) throws -> JSONSchema {
        let root = try #require(JSONLoader.load(SourceFile(path: "s.json", text: json)).documents.first?.root)
        return try JSONSchema(root)
    }

    static func instance(_ json: String) throws -> Node {
        try #require(JSONLoader.load(SourceFile(path: "i.json", text: json)).documents.first?.root)
    }

    static let asserting = #""$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/format-assertion": true}"#

    @Test func formatIsAnAnnotationUnlessTheVocabularyIsDeclared() throws {
        let annotation = try Self.schema(#"{"format": "email"}"#)
        #expect(annotation.validate(try Self.instance(#""not-an-email""#)).isEmpty)
        let assertion = try Self.schema("{\(Self.asserting), \"format\": \"email\"}")
        #expect(assertion.validate(try Self.instance(#""not-an-email""#)).map { "\($0.keyword): \($0.message)" }
            == ["format: 'not-an-email' is not an email address"])
        #expect(assertion.validate(try Self.instance(#""2333387332@qq.com""#)).isEmpty)
        // An unknown format stays an annotation.
        let unknown = try Self.schema("{\(Self.asserting), \"format\": \"hostname-of-mars\"}")
        #expect(unknown.validate(try Self.instance(#""x y""#)).isEmpty)
    }

    @Test func theLaunchSchemaAssertsEmail() throws {
        let text = try String(contentsOf: SchemaFilesTests.root.appendingPathComponent("schemas/udesk-avs.schema.json"), encoding: .utf8)
        let schema = try LaunchSchemaChecker.compile(SourceFile(path: "schema.json", text: text)).get()
        let config = try Self.instance(#"{"udeskAvsMiniReferer": {"sdkToken": "t", "customerInfo": {"email": "a@"}}}"#)
        #expect(schema.validate(config).map(\.ruleID) == ["schema/format"])
    }

    @Test func optionalSuiteTestsPassWithAssertion() throws {
        guard let shared = ProcessInfo.processInfo.environment["AVSLINT_SHARED"] else {
            print("skipped: AVSLINT_SHARED is not set, so the JSON Schema Test Suite is not available")
            return
        }
        let suite = shared + "/corpora/json-schema-test-suite"
        var resources = try SchemaSuiteTests.remotes(suite + "/remotes")
        for (uri, node) in try SchemaSuiteTests.metaschemas() { resources[uri] = node }
        var failures: [String] = []
        var total = 0
        let files = ["optional/format-assertion.json", "optional-format/email.json", "optional-format/ipv4.json", "optional-format/ipv6.json"]
        for file in files {
            for testCase in try SchemaSuiteTests.loadSuiteFile(suite + "/" + file).items ?? [] {
                guard var schemaNode = testCase["schema"], let tests = testCase["tests"]?.items else { continue }
                // The format files use the standard metaschema: declare the vocabulary to make format assert.
                if file.hasPrefix("optional-format/"), case .mapping(var members) = schemaNode.value {
                    members.append(try Self.vocabularyMember())
                    schemaNode = Node(.mapping(members), span: schemaNode.span)
                }
                let schema = try JSONSchema(schemaNode, resources: resources)
                for test in tests {
                    total += 1
                    guard let data = test["data"], case .scalar(let flag)? = test["valid"]?.value, case .bool(let valid) = flag.value else { continue }
                    if schema.validate(data).isEmpty != valid || schema.isValid(data) != valid {
                        failures.append("\(file) | \(test["description"]?.string ?? "?")")
                    }
                }
            }
        }
        #expect(total > 100)
        #expect(failures == [])
    }

    /// `"$vocabulary": {format-assertion: true}` as a member.
    static func vocabularyMember() throws -> Member {
        let root = try instance("{\(asserting)}")
        return try #require(root.members?.first)
    }
}
