import Testing
@testable import AVSLintKit

@Suite struct YAMLLoaderPositionTests {
    @Test func nestedKeysAndValues() throws {
        let result = loadYAML("root:\n  name: 张三\n  list:\n    - a\n    - \"b c\"\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(where_(root.span) == "1:1-5:12")
        let member = try #require(root.members?.first)
        #expect(where_(member.key.span) == "1:1-1:5")
        #expect(where_(member.value.span) == "2:3-5:12")
        let name = try #require(member.value.member("name"))
        #expect(where_(name.key.span) == "2:3-2:7")
        #expect(where_(name.value.span) == "2:9-2:11")
        #expect(name.value.span.start.offset == 14)
        #expect(name.value.span.end.offset == 20)
        let list = try #require(member.value["list"]?.items)
        #expect(where_(list[0].span) == "4:7-4:8")
        #expect(where_(list[1].span) == "5:7-5:12")
        #expect(list[1].string == "b c")
        #expect(list[1].scalar?.style == .doubleQuoted)
        #expect(where_(try #require(member.value["list"]).span) == "4:5-5:12")
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let result = loadYAML(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb:\n  c: 值\n".utf8))
        let root = try #require(result.documents.first?.root)
        let a = try #require(root.member("a"))
        #expect(where_(a.key.span) == "1:1-1:2")
        #expect(a.key.span.start.offset == 3)
        #expect(where_(a.value.span) == "1:4-1:5")
        #expect(a.value.span.start.offset == 6)
        let c = try #require(root["b"]?.member("c"))
        #expect(where_(c.key.span) == "3:3-3:4")
        #expect(where_(c.value.span) == "3:6-3:7")
        #expect(c.value.span.start.offset == 16)
    }

    @Test func crlfLineBreaks() throws {
        let result = loadYAML("a: 1\r\nb:\r\n  c: x\r\n")
        let c = try #require(result.documents.first?.root?["b"]?.member("c"))
        #expect(where_(c.key.span) == "3:3-3:4")
        #expect(c.key.span.start.offset == 12)
        #expect(where_(c.value.span) == "3:6-3:7")
    }

    @Test func crOnlyLineBreaks() throws {
        let result = loadYAML("a: 1\rb:\r  c: x\r")
        let root = try #require(result.documents.first?.root)
        #expect(where_(try #require(root.member("b")).key.span) == "2:1-2:2")
        let c = try #require(root["b"]?.member("c"))
        #expect(where_(c.value.span) == "3:6-3:7")
        #expect(c.value.span.start.offset == 13)
    }

    @Test func tabInsideValue() throws {
        let result = loadYAML("a: x\ty\nb: \"p\tq\" # note\n")
        let root = try #require(result.documents.first?.root)
        #expect(root["a"]?.string == "x\ty")
        #expect(where_(try #require(root["a"]).span) == "1:4-1:7")
        #expect(where_(try #require(root.member("b")).key.span) == "2:1-2:2")
        #expect(where_(try #require(root["b"]).span) == "2:4-2:9")
    }

    @Test func chineseTextBeforeValueOnSameLine() throws {
        let result = loadYAML("名字: 张三\n客户: {姓名: 李四, id: 7}\n列表: [中文, \"字符串\", {键: 值}]\n")
        let root = try #require(result.documents.first?.root)
        let name = try #require(root.member("名字"))
        #expect(where_(name.key.span) == "1:1-1:3")
        #expect(where_(name.value.span) == "1:5-1:7")
        #expect(name.value.span.start.offset == 8)
        let customer = try #require(root.member("客户"))
        #expect(where_(customer.value.span) == "2:5-2:20")
        let id = try #require(customer.value.member("id"))
        #expect(where_(id.key.span) == "2:14-2:16")
        #expect(where_(id.value.span) == "2:18-2:19")
        let list = try #require(root["列表"])
        #expect(where_(list.span) == "3:5-3:24")
        let items = try #require(list.items)
        #expect(where_(items[1].span) == "3:10-3:15")
        #expect(where_(items[2].span) == "3:17-3:23")
        #expect(where_(try #require(items[2].member("键")).value.span) == "3:21-3:22")
    }

    @Test func lastLineWithoutNewline() throws {
        let result = loadYAML("a:\n  b: 1\n  c: end")
        let c = try #require(result.documents.first?.root?["a"]?.member("c"))
        #expect(where_(c.value.span) == "3:6-3:9")
        #expect(c.value.span.end.offset == 18)
        #expect(where_(try #require(result.documents.first?.root?["a"]).span) == "2:3-3:9")
    }

    @Test func nextLineCharacterIsNotALineBreakForUs() throws {
        // libyaml breaks lines at NEL (U+0085); avslint's positions do not.
        let result = loadYAML("a: b\u{85}c: d\n")
        let root = try #require(result.documents.first?.root)
        let c = try #require(root.member("c"))
        #expect(c.key.span.start.offset == 6)
        #expect(where_(c.key.span) == "1:6-1:7")
    }

    @Test func scalarSpansCoverQuotesAndBlockIndicators() throws {
        let result = loadYAML("a: 'x'\nb: |\n  line\nc: &anchor !!str v\n")
        let root = try #require(result.documents.first?.root)
        #expect(where_(try #require(root["a"]).span) == "1:4-1:7")
        #expect(try #require(root["b"]).span.start == Position(line: 2, column: 4, offset: 10))
        #expect(root["b"]?.string == "line\n")
        #expect(where_(try #require(root["c"]).span) == "4:18-4:19")
    }

    @Test func emptyValueSpan() throws {
        let result = loadYAML("a:\nb: 1\n")
        let a = try #require(result.documents.first?.root?.member("a"))
        #expect(a.value.scalar?.value == .null)
        #expect(where_(a.value.span) == "1:3-1:3")
    }
}
