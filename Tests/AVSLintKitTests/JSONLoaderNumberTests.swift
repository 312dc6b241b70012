import Testing
@testable import AVSLintKit

private func numbers(_ text: String) -> [Number] {
    let items = jsonLoad(text).documents.first?.root?.items ?? []
    return items.compactMap { node in
        if case .number(let number)? = node.scalar?.value { return number }
        return nil
    }
}

@Test func jsonNumbersKeepTheirSourceText() {
    let found = numbers("[9007199254740993, 1.0, -0, 1e400, 1E+2, 0.10, -1.5e-3]")
    #expect(found.map(\.text) == ["9007199254740993", "1.0", "-0", "1e400", "1E+2", "0.10", "-1.5e-3"])
}

@Test func jsonNumberValuesAreExact() throws {
    let found = numbers("[9007199254740993, 1.0, -0, 1e400, 1E+2]")
    try #require(found.count == 5)
    #expect(found[0].intValue == 9_007_199_254_740_993)
    #expect(found[0].digits == Array("9007199254740993".utf8))
    #expect(found[1].isInteger)
    #expect(!found[1].isIntegerLiteral)
    #expect(ScalarValue.number(found[1]).typeName == "integer")
    #expect(found[2].isZero && !found[2].isNegative)
    #expect(found[3].exponent == 400 && found[3].digits == [UInt8(ascii: "1")])
    #expect(found[4].intValue == 100)
}

@Test func jsonNumberScalarsArePlain() throws {
    let root = try #require(jsonLoad(#"{"n": 1.0}"#).documents.first?.root)
    let scalar = try #require(root["n"]?.scalar)
    #expect(scalar.style == .plain)
    #expect(scalar.text == "1.0")
    #expect(scalar.value == .number(Number(integer: [UInt8(ascii: "1")], negative: false)))
}
