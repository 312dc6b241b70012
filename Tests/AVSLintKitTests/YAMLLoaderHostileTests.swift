import Testing
@testable import AVSLintKit

@Suite struct YAMLLoaderHostileTests {
    /// Elapsed-time checks here guard against hangs and quadratic blow-ups
    /// under a loaded CI machine; speed itself is measured by bench/run.
    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test func deeplyNestedFlowSequences() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var result = LoadResult()
        let elapsed = ContinuousClock().measure { result = loadYAML(text) }
        #expect(findings(result) == ["document-too-complex 1:1001 nesting deeper than 1000 levels"])
        #expect(result.documents.isEmpty)
        #expect(seconds(elapsed) < 20)
    }

    @Test func deeplyNestedFlowMappings() {
        let text = String(repeating: "{a: ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        var result = LoadResult()
        let elapsed = ContinuousClock().measure { result = loadYAML(text) }
        #expect(findings(result) == ["document-too-complex 1:4001 nesting deeper than 1000 levels"])
        #expect(seconds(elapsed) < 20)
    }

    @Test func depthLimitIsExact() {
        let limits = LoadLimits(maxDepth: 3)
        #expect(loadYAML("[[[1]]]", limits: limits).diagnostics.isEmpty)
        #expect(findings(loadYAML("a:\n  b:\n    c:\n      - 1\n", limits: limits)) == [
            "document-too-complex 4:7 nesting deeper than 3 levels",
        ])
    }

    @Test func billionLaughs() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        var result = LoadResult()
        let elapsed = ContinuousClock().measure { result = loadYAML(lines.joined(separator: "\n") + "\n") }
        // Lines 2-4 spend 110 + 1 110 + 11 110 = 12 330 nodes; each *a3 on
        // line 5 costs 11 111, so the 8th (column 45) passes 100 000.
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.ruleID == "document-too-complex")
        #expect(result.diagnostics.first?.message == "alias expansion exceeds 100000 nodes")
        #expect(result.diagnostics.first.map { where_($0.span) } == "5:45-5:48")
        #expect(result.documents.isEmpty)
        #expect(seconds(elapsed) < 10)
    }

    @Test func longKey() {
        let limits = LoadLimits(maxKeyBytes: 10)
        #expect(findings(loadYAML("abcdefghij: 1\n", limits: limits)).isEmpty)
        #expect(findings(loadYAML("x: {abcdefghijk: 1}\n", limits: limits)) == [
            "document-too-complex 1:5 key longer than 10 bytes",
        ])
        #expect(findings(loadYAML("x: abcdefghijklmnop\n", limits: limits)).isEmpty)
    }

    @Test func hugeHexLiteralStaysExactOrString() {
        let node = loadYAML("v: 0x" + String(repeating: "f", count: 64) + "\n").documents.first?.root?["v"]
        guard case .number(let number)? = node?.scalar?.value else { Issue.record("not a number"); return }
        #expect(number.text == "115792089237316195423570985008687907853269984665640564039457584007913129639935")
        let long = loadYAML("v: 0x" + String(repeating: "1", count: 20_000) + "\n").documents.first?.root?["v"]
        #expect(long?.scalar?.value == .string("0x" + String(repeating: "1", count: 20_000)))
    }

    @Test func fiveMegabyteFile() throws {
        var text = "# generated\n"
        let count = 60_000
        for i in 0..<count {
            text += "item\(i):\n  name: 名字\(i)\n  id: \(i)\n  tags: [a, \"b\", {k: v}]\n  on: yes\n"
        }
        #expect(text.utf8.count > 4_000_000)
        var result = LoadResult()
        let elapsed = ContinuousClock().measure { result = loadYAML(text) }
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root.members?.count == count)
        let last = try #require(root.members?.last)
        #expect(last.name == "item59999")
        let lastLine = 1 + (count - 1) * 5 + 1
        #expect(where_(last.key.span) == "\(lastLine):1-\(lastLine):10")
        #expect(where_(try #require(last.value["name"]).span) == "\(lastLine + 1):9-\(lastLine + 1):16")
        #expect(where_(try #require(last.value["tags"]?.items?[2].member("k")).value.span) == "\(lastLine + 3):22-\(lastLine + 3):23")
        #expect(last.value["id"]?.scalar?.value == .number(Number(integer: Array("59999".utf8), negative: false)))
        #expect(seconds(elapsed) < 120)
    }

    @Test func arbitraryBytesNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let alphabet = Array("-:[]{},?&*!|>'\"#%@` \t\n\r\\.0xa<".utf8) + [0x00, 0xC2, 0x85, 0xE4, 0xB8, 0xAD, 0xFF, 0xEF, 0xBB, 0xBF]
        for _ in 0..<3000 {
            let length = Int(next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let result = loadYAML(bytes: bytes)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.start.offset <= bytes.count)
                #expect(diagnostic.span.start.line >= 1)
            }
        }
    }
}
