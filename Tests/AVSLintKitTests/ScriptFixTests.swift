import Foundation
import Testing
@testable import AVSLintKit

/// Fixes written into JavaScript and TypeScript literals: JavaScript's own
/// escaping, identifier keys, and fixed files that still load.
@Suite struct ScriptFixTests {
    static let fixFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fix")

    /// The first document's root of a script.
    static func root(_ text: String) -> (Node, SourceFile) {
        let file = SourceFile(path: "t.js", bytes: Array(text.utf8), format: .javascript)
        return (JSLoader.load(file).documents.first?.root ?? N.null, file)
    }

    static func referer(_ body: String) -> (Node, SourceFile) {
        let (root, file) = root("app.globalData.udeskAvsMiniReferer = \(body);\n")
        return (root["udeskAvsMiniReferer"] ?? N.null, file)
    }

    @Test func stringsKeepTheirQuotesWithJavaScriptEscaping() {
        let (node, file) = Self.referer("{a: 'x', b: \"y\", c: `z`}")
        func replaced(_ key: String, _ value: String) -> String? {
            guard let target = node[key] else { return nil }
            return SourceEdits.replaceScalar(target, with: value, in: file)?.replacement
        }
        #expect(replaced("a", "it's") == "'it\\'s'")
        #expect(replaced("a", "a\\b \"q\"") == "'a\\\\b \"q\"'")
        #expect(replaced("a", "line\nbreak\u{2028}") == "'line\\nbreak\\u2028'")
        #expect(replaced("b", "say \"hi\" it's") == "\"say \\\"hi\\\" it's\"")
        #expect(replaced("c", "a`b ${x} $y \\") == "`a\\`b \\${x} $y \\\\`")
        #expect(replaced("c", "tab\there") == "`tab\\there`")
    }

    @Test func keysStayIdentifiersWhenTheNewNameIsOne() {
        let (node, file) = Self.referer("{abc: 1, 'q': 2, \"d\": 3, 7: 4}")
        let keys = node.members?.map(\.key) ?? []
        #expect(keys.count == 4)
        func renamed(_ index: Int, _ name: String) -> String? {
            guard keys.indices.contains(index) else { return nil }
            return SourceEdits.renameKey(keys[index], to: name, in: file)?.replacement
        }
        #expect(renamed(0, "surveryEndNavigate") == "surveryEndNavigate")
        #expect(renamed(0, "$ok_1") == "$ok_1")
        #expect(renamed(0, "has-dash") == "\"has-dash\"")
        #expect(renamed(0, "1st") == "\"1st\"")
        #expect(renamed(0, "名字") == "\"名字\"")
        #expect(renamed(1, "authFailNavigate") == "'authFailNavigate'")
        #expect(renamed(2, "authFailNavigate") == "\"authFailNavigate\"")
        #expect(renamed(3, "authFailNavigate") == "\"authFailNavigate\"")
    }

    @Test func quoteNumberQuotesOnlyDecimalDigits() {
        let (node, file) = Self.referer("{a: 13312223333, b: 0x1F, c: 1_000, d: -5, e: 1.5}")
        #expect(node["a"].flatMap { SourceEdits.quoteNumber($0, in: file)?.replacement } == "\"13312223333\"")
        for key in ["b", "c", "d", "e"] {
            #expect(node[key].flatMap { SourceEdits.quoteNumber($0, in: file) } == nil, "\(key)")
        }
    }

    static func removing(_ name: String, in body: String) -> String? {
        let (node, file) = Self.referer(body)
        guard let index = node.members?.firstIndex(where: { $0.name == name }),
              let edit = SourceEdits.removeMember(at: index, of: node, in: file) else { return nil }
        let out = String(decoding: EditApplication.apply([edit], to: file.bytes).bytes, as: UTF8.self)
        return String(out.dropFirst("app.globalData.udeskAvsMiniReferer = ".count).dropLast(2))
    }

    @Test func removeMemberTakesOneCommaAndRefusesAfterACastOrComment() {
        #expect(Self.removing("b", in: "{a: 1, b: 2}") == "{a: 1}")
        #expect(Self.removing("a", in: "{a: 1, b: 2,}") == "{b: 2,}")
        #expect(Self.removing("b", in: "{\n  a: 1,\n  b: 'x',\n}") == "{\n  a: 1,\n}")
        #expect(Self.removing("a", in: "{ a: 1 }") == "{}")
        // A cast or a comment after the value, or a spread next to it: no fix.
        #expect(Self.removing("b", in: "{a: 1, b: 'x' as const}") == nil)
        #expect(Self.removing("b", in: "{a: 1, b: 'x' /* c */}") == nil)
        #expect(Self.removing("b", in: "{a: 1, ...rest, b: 2}") == nil)
        #expect(Self.removing("a", in: "{...rest, a: 1}") == nil)
    }

    /// Every script fixture's fixed text still loads: the same number of
    /// literals, no syntax error.
    @Test func fixedScriptsStillLoad() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixFolder.path)
        let scripts = names.filter { $0.contains(".in.") && InputFormat(path: $0) == .javascript }.sorted()
        #expect(scripts.count >= 5)
        #expect(scripts.contains { $0.hasSuffix(".ts") } && scripts.contains { $0.hasSuffix(".vue") })
        for input in scripts {
            let output = input.replacingOccurrences(of: ".in.", with: ".out.")
            let before = JSLoader.load(SourceFile(path: input, bytes: [UInt8](try Data(contentsOf: Self.fixFolder.appendingPathComponent(input)))))
            let afterBytes = [UInt8](try Data(contentsOf: Self.fixFolder.appendingPathComponent(output)))
            let after = JSLoader.load(SourceFile(path: output, bytes: afterBytes))
            #expect(!before.documents.isEmpty, "\(input)")
            #expect(after.documents.count == before.documents.count, "\(output)")
            #expect(after.diagnostics.filter { $0.ruleID == BuiltinRule.syntaxError }.isEmpty, "\(output)")
            #expect(before.documents.map { JSONStringify.stringify($0.root ?? N.null) == nil }
                == after.documents.map { JSONStringify.stringify($0.root ?? N.null) == nil }, "\(output)")
        }
    }
}
