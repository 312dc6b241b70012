import Testing
@testable import AVSLintKit

@Suite struct YAMLLoaderAliasTests {
    @Test func aliasTakesItsOwnSpanAtTheRoot() throws {
        let result = loadYAML("base: &b\n  x: 1\n  y: [2]\ncopy: *b\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        let copy = try #require(root["copy"])
        #expect(where_(copy.span) == "4:7-4:9")
        let x = try #require(copy.member("x"))
        #expect(where_(x.key.span) == "2:3-2:4")
        #expect(where_(x.value.span) == "2:6-2:7")
        #expect(copy["y"]?.items?.count == 1)
        #expect(where_(try #require(root["base"]).span) == "2:3-3:9")
    }

    @Test func scalarAlias() throws {
        let result = loadYAML("a: &n 0x10\nb: *n\n")
        let b = try #require(result.documents.first?.root?["b"])
        #expect(b.scalar?.value == .number(Number(integer: Array("16".utf8), negative: false)))
        #expect(where_(b.span) == "2:4-2:6")
    }

    @Test func undefinedAlias() throws {
        let result = loadYAML("a: *nope\nb: &late 1\nc: *late\n")
        #expect(findings(result) == ["syntax-error 1:4 undefined alias 'nope'"])
        #expect(where_(result.diagnostics[0].span) == "1:4-1:9")
        #expect(result.diagnostics[0].instancePath == "/a")
        let root = try #require(result.documents.first?.root)
        #expect(root["a"]?.scalar?.value == .null)
        #expect(root["c"]?.scalar?.text == "1")
    }

    @Test func anchorsDoNotCrossDocuments() {
        let result = loadYAML("a: &x 1\n---\nb: *x\n")
        #expect(findings(result) == ["syntax-error 3:4 undefined alias 'x'"])
        #expect(result.documents.count == 2)
    }

    @Test func expansionBudgetCountsWholeSubtrees() {
        let result = loadYAML("a: &x [1, 2]\nb: *x\nc: *x\n", limits: LoadLimits(maxAliasNodes: 5))
        #expect(findings(result) == ["document-too-complex 3:4 alias expansion exceeds 5 nodes"])
        #expect(result.documents.isEmpty)
    }

    @Test func mergeKeyOrderAndOverride() throws {
        let yaml = """
        defaults: &d
          a: 1
          b: 2
        other: &o
          b: 20
          c: 30
          e: 50
        m:
          a: 0
          <<: [*d, *o]
          z: 9
          c: 99

        """
        let result = loadYAML(yaml)
        #expect(result.diagnostics.isEmpty)
        let m = try #require(result.documents.first?.root?["m"]?.members)
        #expect(m.map(\.name) == ["a", "b", "e", "z", "c"])
        #expect(m.map { $0.value.scalar?.text ?? "?" } == ["0", "2", "50", "9", "99"])
        #expect(where_(m[1].key.span) == "3:3-3:4")
        #expect(where_(m[1].value.span) == "3:6-3:7")
        #expect(where_(m[2].key.span) == "7:3-7:4")
    }

    @Test func mergeInlineMappingAndSingleAlias() throws {
        let result = loadYAML("base: &b {p: 1, q: 2}\nx:\n  <<: *b\n  q: 3\ny:\n  <<: {r: 4}\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["x"]?.members?.map(\.name) == ["p", "q"])
        #expect(root["x"]?["q"]?.scalar?.text == "3")
        #expect(root["y"]?.members?.map(\.name) == ["r"])
        #expect(where_(try #require(root["y"]?.member("r")).key.span) == "6:8-6:9")
    }

    @Test func earlierMergeKeyWins() throws {
        let result = loadYAML("a: &a {k: 1}\nb: &b {k: 2}\nm:\n  <<: *a\n  <<: *b\n")
        let m = try #require(result.documents.first?.root?["m"]?.members)
        #expect(m.map(\.name) == ["k"])
        #expect(m.first?.value.scalar?.text == "1")
    }

    @Test func quotedMergeKeyIsAPlainKey() throws {
        let result = loadYAML("m:\n  \"<<\": {k: 1}\n")
        #expect(result.documents.first?.root?["m"]?.members?.map(\.name) == ["<<"])
    }

    @Test func mergeValueMustBeAMapping() throws {
        let result = loadYAML("m:\n  <<: 5\n  a: 1\nn:\n  <<: [{x: 1}, 2]\n")
        #expect(findings(result) == [
            "syntax-error 2:7 the value of merge key '<<' must be a mapping, an alias to one, or a list of them",
            "syntax-error 5:7 the value of merge key '<<' must be a mapping, an alias to one, or a list of them",
        ])
        #expect(result.documents.first?.root?["m"]?.members?.map(\.name) == ["a"])
    }

    @Test func duplicateChecksIgnoreMergedKeys() {
        let result = loadYAML("d: &d {a: 1}\nm:\n  <<: *d\n  a: 2\n  b: 3\n  b: 4\n")
        #expect(findings(result) == ["duplicate-key 6:3 duplicate key 'b'; the last one wins"])
        #expect(result.diagnostics.first?.instancePath == "/m/b")
    }
}
