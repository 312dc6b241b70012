import Testing
@testable import AVSLintKit

private let config = """
{
    "appId": "wx1",
    "sdkToken": "a",
    "nested": {"x": 1, "x": 2},
    "sdkToken": "b"
}
"""

@Test func jsonDuplicateKeysAreReportedAtTheRepeat() throws {
    let result = jsonLoad(config)
    #expect(jsonFindings(result) == [
        "duplicate-key 4:24 duplicate key 'x'; the last one wins",
        "duplicate-key 5:5 duplicate key 'sdkToken'; the last one wins",
    ])
    let token = try #require(result.diagnostics.last)
    #expect(token.instancePath == "/sdkToken")
    #expect(token.severity == .error)
    #expect(jsonSpanText(token.span) == "5:5-5:15")
    #expect(token.related.map { jsonSpanText($0.span) } == ["3:5-3:15"])
    #expect(token.related.map(\.message) == ["'sdkToken' is first defined here"])
    #expect(result.diagnostics.first?.instancePath == "/nested/x")
}

@Test func jsonDuplicateKeysKeepTheDocumentAndTheLastValueWins() throws {
    let result = jsonLoad(config)
    let root = try #require(result.documents.first?.root)
    #expect(root.members?.count == 4)
    #expect(root["sdkToken"]?.string == "b")
}

@Test func jsonDuplicateKeyPathsInsideArraysAndEscapedKeys() {
    let result = jsonLoad(#"[{"k": [0, {"a/b": 1, "a/b": 2}]}, {"a": 1, "a": 2, "a": 3}]"#)
    #expect(result.diagnostics.map(\.instancePath) == ["/0/k/1/a~1b", "/1/a", "/1/a"])
    #expect(result.diagnostics.map { $0.related.first.map { jsonSpanText($0.span) } ?? "" } == ["1:13-1:18", "1:37-1:40", "1:37-1:40"])
}

@Test func jsonKeysDifferingOnlyByEscapesAreDuplicates() {
    #expect(jsonFindings(jsonLoad(#"{"a": 1, "\u0061": 2}"#)) == ["duplicate-key 1:10 duplicate key 'a'; the last one wins"])
}

@Test func jsonNoDiagnosticsWhenKeysAreDistinct() {
    #expect(jsonFindings(jsonLoad(#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#)) == [])
}
