import Testing
@testable import AVSLintKit

/// Seconds taken by `body`.
private func seconds(_ body: () -> Void) -> Double {
    let elapsed = ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

@Test func json100000NestedArraysStopAtTheLimit() {
    let text = String(repeating: "[", count: 100_000)
    var result = LoadResult()
    let time = seconds { result = jsonLoad(text) }
    #expect(jsonFindings(result) == ["document-too-complex 1:1001 nesting deeper than 1000 levels"])
    #expect(result.documents.isEmpty)
    #expect(time < 1)
}

@Test func json100000NestedObjectsStopAtTheLimit() {
    let text = String(repeating: "{\"a\":\n", count: 100_000)
    var result = LoadResult()
    let time = seconds { result = jsonLoad(text) }
    #expect(jsonFindings(result) == ["document-too-complex 1001:1 nesting deeper than 1000 levels"])
    #expect(time < 1)
}

@Test func jsonDeeplyNestedAndClosedStopsAtTheLimit() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(jsonFindings(jsonLoad(text)) == ["document-too-complex 1:1001 nesting deeper than 1000 levels"])
}

@Test func jsonDepthLimitIsConfigurable() {
    let limits = LoadLimits(maxDepth: 2)
    #expect(jsonFindings(jsonLoad(#"{"a": [1]}"#, limits: limits)) == [])
    #expect(jsonFindings(jsonLoad(#"{"a": [{}]}"#, limits: limits)) == ["document-too-complex 1:8 nesting deeper than 2 levels"])
}

@Test func jsonLongKeysAreTooComplex() {
    let limit = String(repeating: "k", count: 65_536)
    #expect(jsonFindings(jsonLoad("{\"\(limit)\": 1}")) == [])
    #expect(jsonFindings(jsonLoad("{\n \"\(limit)k\": 1}")) == ["document-too-complex 2:2 key longer than 65536 bytes"])
    // Escapes shrink a key: 65 536 bytes decoded is still within the limit.
    let escaped = String(repeating: #"\u0041"#, count: 65_536)
    #expect(jsonFindings(jsonLoad("{\"\(escaped)\": 1}")) == [])
    #expect(jsonFindings(jsonLoad(#"{"abcde": 1}"#, limits: LoadLimits(maxKeyBytes: 4))) == ["document-too-complex 1:2 key longer than 4 bytes"])
    // A long string value is not a key.
    #expect(jsonFindings(jsonLoad("[\"\(limit)k\"]")) == [])
}

@Test func jsonInvalidUTF8IsASyntaxError() {
    let cases: [([UInt8], String)] = [
        ([0x22, 0x61, 0xFF, 0x22], "syntax-error 1:3 invalid UTF-8 byte 0xFF"),
        ([0x22, 0xC0, 0x80, 0x22], "syntax-error 1:2 invalid UTF-8 byte 0xC0"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "syntax-error 1:2 invalid UTF-8 byte 0xED"),
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "syntax-error 1:2 invalid UTF-8 byte 0xF5"),
        ([0x22, 0xE4, 0xB8], "syntax-error 1:2 invalid UTF-8 byte 0xE4"),
        ([0x22, 0x5C, 0x6E, 0x80, 0x22], "syntax-error 1:4 invalid UTF-8 byte 0x80"),
        ([0x5B, 0xFE, 0x5D], "syntax-error 1:2 expected a JSON value, found byte 0xFE"),
        ([0x5B, 0x5D, 0xE4], "syntax-error 1:3 unexpected byte 0xE4 after the JSON value"),
    ]
    for (bytes, expected) in cases {
        #expect(jsonFindings(jsonLoad(bytes: bytes)) == [expected], "\(bytes)")
    }
}

@Test func jsonEveryPrefixGivesADocumentOrOneError() {
    let text = Array(#"{"a": [1, -2.5e+3, "x\u00e9\n", true, false, null, {}], "b": {"c": "中"}}"#.utf8)
    for length in 0...text.count {
        let result = jsonLoad(bytes: Array(text[0..<length]))
        let complete = length == text.count
        #expect(result.documents.count == (complete ? 1 : 0), "prefix \(length)")
        #expect(result.diagnostics.count == (complete ? 0 : 1), "prefix \(length)")
    }
}

@Test func jsonRandomBytesNeverCrash() {
    // A fixed linear congruential generator keeps the run reproducible.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
    let seed = Array(#"{"a": [1, -2.5e+3, "x\u00e9\uD83D\uDE00", true, null], "b": {"c": "中"}}"#.utf8)
    let alphabet = Array(#"{}[]":,.-+eE0123456789\u tfn/*'"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xE4, 0xFF]
    for _ in 0..<3000 {
        var bytes = seed
        for _ in 0..<(1 + Int(next() % 4)) {
            let index = Int(next() % UInt64(bytes.count))
            switch next() % 3 {
            case 0: bytes[index] = alphabet[Int(next() % UInt64(alphabet.count))]
            case 1: bytes.remove(at: index)
            default: bytes.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: index)
            }
            if bytes.isEmpty { bytes = [0x20] }
        }
        let result = jsonLoad(bytes: bytes)
        let ok = result.documents.count == 1 && result.diagnostics.allSatisfy { $0.ruleID == "duplicate-key" }
        let failed = result.documents.isEmpty && result.diagnostics.count == 1
        #expect(ok || failed, "\(bytes)")
    }
}

@Test func jsonFiveMegabyteFileLoads() throws {
    var text = "[\n"
    let count = 40_000
    for i in 0..<count {
        text += #"  {"id": \#(i), "name": "客服 \#(i)", "score": \#(i).5, "tags": ["a\n", "b"], "ok": true, "extra": {"pad": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}"#
        text += i == count - 1 ? "\n" : ",\n"
    }
    text += "]\n"
    #expect(text.utf8.count > 5_000_000)
    let result = jsonLoad(text)
    #expect(jsonFindings(result) == [])
    let items = try #require(result.documents.first?.root?.items)
    #expect(items.count == count)
    let last = try #require(items.last)
    #expect(jsonSpanText(last.span).hasPrefix("\(count + 1):3-"))
    #expect(last["id"]?.scalar?.text == "\(count - 1)")
    #expect(last["name"]?.string == "客服 \(count - 1)")
    #expect(last["tags"]?.items?.first?.string == "a\n")
}
