import Testing
@testable import AVSLintKit

/// Loaders mark each mapping that repeats no key, so the validator can skip
/// its last-one-wins pass exactly where that is safe.
@Suite struct KeysAreUniqueTests {
    @Test func yamlMappingsAreMarkedOneByOne() throws {
        let loaded = YAMLLoader.load(SourceFile(path: "a.yaml", text: "a: 1\nb: {c: 1}\n---\na: 1\na: 2\n---\nc: {d: 1, d: 2}\n"))
        let roots = try loaded.documents.map { try #require($0.root) }
        #expect(roots.map(\.keysAreUnique) == [true, false, true])
        #expect(roots[0]["b"]?.keysAreUnique == true)
        #expect(roots[2]["c"]?.keysAreUnique == false)
    }

    @Test func yamlMergedMappingIsUniqueAndCollectionKeysVouchForNothing() throws {
        let merged = try #require(YAMLLoader.load(SourceFile(path: "a.yaml", text: "b: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n")).documents[0].root)
        #expect(merged["m"]?.keysAreUnique == true)
        let keyed = try #require(YAMLLoader.load(SourceFile(path: "a.yaml", text: "? [a]\n: 1\n? [b]\n: 2\n")).documents[0].root)
        #expect(!keyed.keysAreUnique)
    }

    @Test func jsonMappingsAreMarked() throws {
        let root = try #require(JSONLoader.load(SourceFile(path: "a.json", text: #"{"a": 1, "b": {"c": 2, "c": 3}}"#)).documents[0].root)
        #expect(root.keysAreUnique)
        #expect(root["b"]?.keysAreUnique == false)
    }

    @Test func repeatedKeyStillValidatesByItsLastValue() throws {
        let schema = try JSONSchema(JSONLoader.load(SourceFile(path: "s.json", text: #"{"properties": {"a": {"type": "string"}}}"#)).documents[0].root!)
        let root = try #require(YAMLLoader.load(SourceFile(path: "d.yaml", text: "a: 1\na: x\n")).documents[0].root)
        #expect(!root.keysAreUnique)
        #expect(schema.validate(root).isEmpty)
        #expect(schema.isValid(root))
        let nested = try JSONSchema(JSONLoader.load(SourceFile(path: "s.json", text: #"{"properties": {"n": {"properties": {"a": {"type": "string"}}}}}"#)).documents[0].root!)
        let outer = try #require(YAMLLoader.load(SourceFile(path: "d.yaml", text: "n: {a: 1, a: x}\n")).documents[0].root)
        #expect(outer.keysAreUnique)
        #expect(nested.validate(outer).isEmpty)
        let wrong = try #require(YAMLLoader.load(SourceFile(path: "d.yaml", text: "n: {a: x, a: 1}\n")).documents[0].root)
        #expect(nested.validate(wrong).map(\.keyword) == ["type"])
    }
}
