import Testing
@testable import AVSLintKit

/// The pieces under `--fix`: source edits, the pass loop, the diff.
@Suite struct FixLibraryTests {
    // MARK: - SourceEdits

    static func mapping(_ text: String, _ pointer: [String]) -> (Node, SourceFile) {
        let (document, file) = yamlDocument(text)
        var node = document.root ?? N.null
        for key in pointer { node = node[key] ?? N.null }
        return (node, file)
    }

    static func removing(_ name: String, in text: String, at pointer: [String]) -> String? {
        let (node, file) = Self.mapping(text, pointer)
        guard let index = node.members?.firstIndex(where: { $0.name == name }),
              let edit = SourceEdits.removeMember(at: index, of: node, in: file) else { return nil }
        return String(decoding: EditApplication.apply([edit], to: file.bytes).bytes, as: UTF8.self)
    }

    @Test func removeMemberInBlockStyleTakesItsWholeLine() {
        #expect(Self.removing("b", in: "m:\n  a: 1\n  b: 2 # note\n  c: 3\n", at: ["m"]) == "m:\n  a: 1\n  c: 3\n")
        #expect(Self.removing("a", in: "m:\r\n  a: 1\r\n  b: 2\r\n", at: ["m"]) == "m:\r\n  b: 2\r\n")
        #expect(Self.removing("b", in: "m:\n  a: 1\n  b: |\n    text\n  c: 3\n", at: ["m"]) == "m:\n  a: 1\n  c: 3\n")
        #expect(Self.removing("b", in: "m:\n  a: 1\n  b: 2", at: ["m"]) == "m:\n  a: 1")
    }

    @Test func removeMemberRefusesWhenUnsure() {
        // The only member: the mapping would become null.
        #expect(Self.removing("a", in: "m:\n  a: 1\n", at: ["m"]) == nil)
        // Not alone on its line: a sequence item's first member.
        #expect(Self.removing("a", in: "s:\n  - a: 1\n    b: 2\n", at: []) == nil)
        // A comment between flow members.
        #expect(Self.removing("b", in: "m: {a: 1, # c\n  b: 2}\n", at: ["m"]) == nil)
    }

    @Test func removeMemberInFlowStyleTakesOneComma() {
        #expect(Self.removing("b", in: "m: {a: 1, b: 2}\n", at: ["m"]) == "m: {a: 1}\n")
        #expect(Self.removing("a", in: "m: {a: 1, b: 2}\n", at: ["m"]) == "m: {b: 2}\n")
        #expect(Self.removing("a", in: "m: { a: 1 }\n", at: ["m"]) == "m: {}\n")
        #expect(Self.removing("b", in: "m: {a: 1, b: 2, c: 3}\n", at: ["m"]) == "m: {a: 1, c: 3}\n")
    }

    @Test func replaceScalarKeepsQuoting() {
        let (node, file) = Self.mapping("a: 'x'\nb: \"y\"\nc: z\nd: |\n  w\n", [])
        func replaced(_ key: String, _ value: String) -> String? {
            guard let target = node[key] else { return nil }
            return SourceEdits.replaceScalar(target, with: value, in: file)?.replacement
        }
        #expect(replaced("a", "it's") == "'it''s'")
        #expect(replaced("b", "say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(replaced("c", "pages/index/index") == "pages/index/index")
        #expect(replaced("c", "a, b") == "\"a, b\"")
        #expect(replaced("c", "true") == "\"true\"")
        #expect(replaced("d", "w") == nil)
    }

    @Test func quoteNumberOnlyQuotesDigits() {
        let (node, file) = Self.mapping("a: 13312223333\nb: +8613312223333\nc: 1.5\nd: 0x1F\n", [])
        #expect(node["a"].flatMap { SourceEdits.quoteNumber($0, in: file) }?.replacement == "\"13312223333\"")
        #expect(node["b"].flatMap { SourceEdits.quoteNumber($0, in: file) }?.replacement == "\"+8613312223333\"")
        #expect(node["c"].flatMap { SourceEdits.quoteNumber($0, in: file) } == nil)
        #expect(node["d"].flatMap { SourceEdits.quoteNumber($0, in: file) } == nil)
    }

    // MARK: - One pass

    static func diagnostic(_ edits: [Edit], _ description: String) -> Diagnostic {
        Diagnostic(ruleID: "r", severity: .warning, message: "m", file: "f", span: .fileStart,
                   fix: Fix(description: description, edits: edits))
    }

    @Test func theFirstOfOverlappingFixesWinsAndTheRestWait() {
        let chosen = FixRunner.nonOverlapping([
            Self.diagnostic([Edit(start: 0, end: 4, replacement: "x")], "first"),
            Self.diagnostic([Edit(start: 2, end: 6, replacement: "y")], "overlaps the first"),
            Self.diagnostic([Edit(start: 4, end: 5, replacement: "z")], "touches only after it"),
            Self.diagnostic([Edit(start: 8, end: 8, replacement: "a")], "insertion"),
            Self.diagnostic([Edit(start: 8, end: 8, replacement: "b")], "second insertion at the same point"),
            Self.diagnostic([Edit(start: 10, end: 11, replacement: ""), Edit(start: 3, end: 3, replacement: "")], "one edit overlaps"),
        ])
        #expect(chosen.map(\.description) == ["first", "touches only after it", "insertion"])
    }

    // MARK: - Diff

    @Test func diffHunksContextAndMissingFinalNewline() {
        let before = Array((1...20).map { "line \($0)\n" }.joined().utf8)
        var afterText = (1...20).map { "line \($0)\n" }.joined()
        afterText = afterText.replacingOccurrences(of: "line 2\n", with: "line two\n")
            .replacingOccurrences(of: "line 5\n", with: "")
            .replacingOccurrences(of: "line 20\n", with: "line 20")
        let diff = UnifiedDiff.diff(path: "./f.yaml", before: before, after: Array(afterText.utf8))
        #expect(diff == """
            --- a/f.yaml
            +++ b/f.yaml
            @@ -1,8 +1,7 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
            -line 5
             line 6
             line 7
             line 8
            @@ -17,4 +16,4 @@
             line 17
             line 18
             line 19
            -line 20
            +line 20
            \\ No newline at end of file

            """)
        #expect(UnifiedDiff.diff(path: "f", before: before, after: before) == "")
    }

    @Test func diffOfAnEmptySideAndAnInsertion() {
        #expect(UnifiedDiff.diff(path: "f", before: [], after: Array("a\n".utf8)) == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n")
        #expect(UnifiedDiff.diff(path: "f", before: Array("a\nc\n".utf8), after: Array("a\nb\nc\n".utf8))
                == "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n")
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        replacingAll(target, with: replacement)
    }
}
