import Testing
@testable import AVSLintKit

/// Loaders say whether a document repeats a key, so the validator can skip
/// its last-one-wins pass only when that is safe.
@Suite struct KeysAreUniqueTests {
    @Test func yamlDocumentsAreMarkedOneByOne() {
        let loaded = YAMLLoader.load(SourceFile(path: "a.yaml", text: "a: 1\nb: 2\n---\na: 1\na: 2\n---\nc: {d: 1, d: 2}\n"))
        #expect(loaded.documents.map(\.keysAreUnique) == [true, false, false])
    }

    @Test func jsonDocumentIsMarked() {
        #expect(JSONLoader.load(SourceFile(path: "a.json", text: #"{"a": 1, "b": {"c": 2}}"#)).documents.map(\.keysAreUnique) == [true])
        #expect(JSONLoader.load(SourceFile(path: "a.json", text: #"{"a": 1, "b": {"c": 2, "c": 3}}"#)).documents.map(\.keysAreUnique) == [false])
    }

    @Test func repeatedKeyStillValidatesByItsLastValue() throws {
        let schema = try JSONSchema(JSONLoader.load(SourceFile(path: "s.json", text: #"{"properties": {"a": {"type": "string"}}}"#)).documents[0].root!)
        let document = YAMLLoader.load(SourceFile(path: "d.yaml", text: "a: 1\na: x\n")).documents[0]
        #expect(!document.keysAreUnique)
        #expect(schema.validate(document.root!, keysAreUnique: document.keysAreUnique).isEmpty)
        #expect(schema.isValid(document.root!, keysAreUnique: document.keysAreUnique))
    }
}
