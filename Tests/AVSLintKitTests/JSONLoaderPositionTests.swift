import Testing
@testable import AVSLintKit

/// A file with a BOM, CRLF line breaks and Chinese text before later values.
private let positioned = "\u{FEFF}{\r\n  \"名字\": \"张三\",\r\n  \"nested\": {\"k\": [1, \"é\", true]}\r\n}"

@Test func jsonRootSpanSkipsTheBOM() throws {
    let root = try #require(jsonLoad(positioned).documents.first?.root)
    #expect(jsonSpanText(root.span) == "1:1-4:2")
    #expect(root.span.start.offset == 3)
    #expect(root.span.end.offset == Array(positioned.utf8).count)
}

@Test func jsonKeySpansIncludeQuotesAndCountScalars() throws {
    let root = try #require(jsonLoad(positioned).documents.first?.root)
    let members = try #require(root.members)
    #expect(members.map { jsonSpanText($0.key.span) } == ["2:3-2:7", "3:3-3:11"])
    #expect(members.map { $0.key.scalar?.style } == [.doubleQuoted, .doubleQuoted])
    #expect(members.map(\.name) == ["名字", "nested"])
    #expect(jsonSpanText(members[0].value.span) == "2:9-2:13")
    #expect(members[0].value.string == "张三")
    #expect(members[0].value.scalar?.style == .doubleQuoted)
}

@Test func jsonNestedValueSpans() throws {
    let root = try #require(jsonLoad(positioned).documents.first?.root)
    let nested = try #require(root["nested"])
    #expect(jsonSpanText(nested.span) == "3:13-3:34")
    let k = try #require(nested.member("k"))
    #expect(jsonSpanText(k.key.span) == "3:14-3:17")
    #expect(jsonSpanText(k.value.span) == "3:19-3:33")
    let items = try #require(k.value.items)
    #expect(items.map { jsonSpanText($0.span) } == ["3:20-3:21", "3:23-3:26", "3:28-3:32"])
    #expect(items.map { $0.scalar?.style } == [.plain, .doubleQuoted, .plain])
    #expect(items[2].scalar?.text == "true")
}

@Test func jsonCRAloneIsALineBreak() throws {
    let root = try #require(jsonLoad("[\r1,\r\r\"x\"]").documents.first?.root)
    #expect(root.items?.map { jsonSpanText($0.span) } == ["2:1-2:2", "4:1-4:4"])
}

@Test func jsonSyntaxErrorSpanCoversTheOffendingText() throws {
    let diagnostic = try #require(jsonLoad("{\n  \"a\": undefined\n}").diagnostics.first)
    #expect(jsonSpanText(diagnostic.span) == "2:8-2:17")
    #expect(diagnostic.span.start.offset == 9)
    let eof = try #require(jsonLoad("[1,\n").diagnostics.first)
    #expect(jsonSpanText(eof.span) == "2:1-2:1")
}

@Test func jsonEscapedStringSpanIsTheSourceText() throws {
    let root = try #require(jsonLoad(#"["\u4E2D\n", "中"]"#).documents.first?.root)
    #expect(root.items?.map { jsonSpanText($0.span) } == ["1:2-1:12", "1:14-1:17"])
    #expect(root.items?.map { $0.string } == ["中\n", "中"])
}
