@testable import AVSLintKit

/// Parses JSON text with the project's loader (the test fails on a syntax error).
func jsonNode(_ text: String) -> Node {
    let result = JSONLoader.load(SourceFile(path: "t.json", text: text))
    guard let root = result.documents.first?.root else {
        return Node(.computed, span: .fileStart)
    }
    return root
}

/// Compiles `schema` (JSON text).
func compileSchema(_ schema: String, resources: [String: Node] = [:]) throws -> JSONSchema {
    try JSONSchema(jsonNode(schema), resources: resources)
}

/// `keyword line:column message @path` for each finding of `instance`
/// (JSON text) against `schema` (JSON text); also checks that `isValid`
/// agrees with the findings.
func schemaFindings(_ schema: String, _ instance: String) throws -> [String] {
    let compiled = try compileSchema(schema)
    return summarize(compiled, jsonNode(instance))
}

/// `keyword line:column message @path` for each finding, or a mismatch note
/// when the fast path disagrees.
func summarize(_ schema: JSONSchema, _ instance: Node) -> [String] {
    let findings = schema.validate(instance)
    var lines = findings.map { "\($0.keyword) \($0.span.start.line):\($0.span.start.column) \($0.message) @\($0.instancePath)" }
    if schema.isValid(instance) != findings.isEmpty { lines.append("isValid disagrees") }
    return lines
}
