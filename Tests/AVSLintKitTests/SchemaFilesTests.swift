import Foundation
import Testing
@testable import AVSLintKit

/// Our own schema files are valid draft 2020-12 schemas (checked against the
/// bundled official metaschema) and document every property for editors.
@Suite struct SchemaFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let files = ["schemas/udesk-avs.schema.json", "schemas/avslint-config.schema.json"]

    static func load(_ relative: String) throws -> Node {
        let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        let loaded = JSONLoader.load(SourceFile(path: relative, text: text))
        #expect(loaded.diagnostics.isEmpty)
        return try #require(loaded.documents.first?.root)
    }

    @Test(arguments: files)
    func schemaIsValidAgainstTheMetaschema(_ relative: String) throws {
        let resources = try SchemaSuiteTests.metaschemas()
        let meta = try #require(resources["https://json-schema.org/draft/2020-12/schema"])
        let metaschema = try JSONSchema(meta, baseURI: "https://json-schema.org/draft/2020-12/schema", resources: resources)
        let schema = try Self.load(relative)
        let findings = metaschema.validate(schema)
        #expect(findings.isEmpty, "\(findings)")
        #expect(schema["$schema"]?.string == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func metaschemaCheckCanFail() throws {
        let resources = try SchemaSuiteTests.metaschemas()
        let meta = try #require(resources["https://json-schema.org/draft/2020-12/schema"])
        let metaschema = try JSONSchema(meta, baseURI: "https://json-schema.org/draft/2020-12/schema", resources: resources)
        let broken = JSONLoader.load(SourceFile(path: "b.json", text: #"{"type": "strnig", "minLength": -1}"#)).documents[0].root!
        #expect(!metaschema.validate(broken).isEmpty)
    }

    /// Every property of the launch schema has a title, a description and examples (editors show them).
    @Test func everyPropertyIsDocumented() throws {
        let schema = try Self.load("schemas/udesk-avs.schema.json")
        var undocumented: [String] = []
        func visit(_ node: Node, _ path: String) {
            if let properties = node["properties"]?.members {
                for member in properties {
                    let value = member.value
                    let where_ = path + "/properties/" + member.name
                    if value.members != nil {
                        let documented = value["description"]?.string != nil && value["title"]?.string != nil
                        let hasExamples = value["examples"] != nil || value["$ref"] != nil
                        if !documented || !hasExamples { undocumented.append(where_) }
                    }
                }
            }
            for member in node.members ?? [] where member.value.members != nil {
                visit(member.value, path + "/" + member.name)
            }
        }
        visit(schema, "")
        #expect(undocumented.isEmpty, "\(undocumented)")
    }
}
