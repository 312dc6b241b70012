import Testing
@testable import AVSLintKit

@Suite struct JSNumberFormatTests {
    // (source text, what JavaScript's String(Number(text)) prints)
    static let table: [(String, String)] = [
        ("1.0", "1"), ("1", "1"), ("0", "0"), ("-0", "0"), ("-0.0", "0"), ("0.1", "0.1"), ("-1.5", "-1.5"),
        ("1e21", "1e+21"), ("1e20", "100000000000000000000"), ("123456789012", "123456789012"),
        ("1e-7", "1e-7"), ("1e-6", "0.000001"), ("0.0025", "0.0025"), ("1.5e-7", "1.5e-7"),
        ("123e-20", "1.23e-18"), ("9007199254740993", "9007199254740992"), ("9007199254740991", "9007199254740991"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"), ("5e-324", "5e-324"), ("100", "100"),
        ("0.30000000000000004", "0.30000000000000004"), ("12345678901234567890", "12345678901234567000"),
        ("1.2345e22", "1.2345e+22"), ("-1e-7", "-1e-7"), ("2.5e+3", "2500"), ("1e0", "1"),
        ("123456789012345680000", "123456789012345680000"), ("0.000001234", "0.000001234"),
    ]

    @Test(arguments: table) func printsLikeJavaScript(_ row: (String, String)) throws {
        let number = try #require(Number(decimal: row.0))
        #expect(JSNumberFormat.string(number) == row.1)
    }

    @Test func nonFinite() {
        #expect(JSNumberFormat.string(Double.nan) == "NaN")
        #expect(JSNumberFormat.string(-Double.infinity) == "-Infinity")
    }
}

@Suite struct JSONStringifyTests {
    @Test func escapesLikeJavaScript() {
        #expect(JSONStringify.quote("a\"b\\c/d\ne\tf\u{01}g h😀\u{08}\u{0C}\r\u{1F}\u{7F}\u{2028}")
            == "\"a\\\"b\\\\c/d\\ne\\tf\\u0001g h😀\\b\\f\\r\\u001f\u{7F}\u{2028}\"")
    }

    @Test func keyOrderAsWrittenWithIndexKeysFirstAndLastValueWins() {
        let node = N.map(["b": N.num("1"), "2": N.bool(true), "a": N.null, "b": N.str("x"), "10": N.seq([]), "01": N.num("1.0")])
        #expect(JSONStringify.stringify(node) == "{\"2\":true,\"10\":[],\"b\":\"x\",\"a\":null,\"01\":1}")
    }

    @Test func computedCannotBeStringified() {
        #expect(JSONStringify.stringify(N.map(["a": N.computed])) == nil)
    }
}
