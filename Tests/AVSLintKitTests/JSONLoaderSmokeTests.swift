import Testing
@testable import AVSLintKit

@Test func jsonLoadsNestedValues() {
    let result = jsonLoad(#"{"a": [1, "x", true, null], "b": {"c": -1.5e3}}"#)
    #expect(jsonFindings(result) == [])
    let root = result.documents.first?.root
    #expect(root?["a"]?.items?.count == 4)
    #expect(root?["b"]?["c"]?.scalar?.text == "-1.5e3")
    #expect(root.map { jsonSpanText($0.span) } == "1:1-1:48")
}
