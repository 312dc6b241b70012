import Testing
@testable import AVSLintKit

/// A text the loader must accept, and the tree it must build (see `render`).
struct AcceptRow: Sendable, CustomTestStringConvertible {
    let text: String
    let tree: String
    init(_ text: String, _ tree: String) {
        self.text = text
        self.tree = tree
    }
    var testDescription: String { text.debugDescription }
}

/// A text the loader must reject with exactly one finding.
struct RejectRow: Sendable, CustomTestStringConvertible {
    let text: String
    let finding: String
    init(_ text: String, _ finding: String) {
        self.text = text
        self.finding = finding
    }
    var testDescription: String { text.debugDescription }
}

private let deepLegal = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
private let deepIllegal = String(repeating: "[", count: 1001) + String(repeating: "]", count: 1001)

let acceptRows: [AcceptRow] = [
    AcceptRow("{}", "{}"),
    AcceptRow("[]", "[]"),
    AcceptRow("{ }", "{}"),
    AcceptRow("[ \n ]", "[]"),
    AcceptRow(" \t\r\n{\"a\"\t:\r\n1}\n\r ", #"{"a":1}"#),
    AcceptRow("0", "0"),
    AcceptRow("-0", "-0"),
    AcceptRow("1E+2", "1E+2"),
    AcceptRow("1e-2", "1e-2"),
    AcceptRow("-1.5E3", "-1.5E3"),
    AcceptRow("0.5", "0.5"),
    AcceptRow("0e0", "0e0"),
    AcceptRow("1.0", "1.0"),
    AcceptRow("123456789012345678901234567890", "123456789012345678901234567890"),
    AcceptRow("1e400", "1e400"),
    AcceptRow("true", "true"),
    AcceptRow("false", "false"),
    AcceptRow("null", "null"),
    AcceptRow(#""plain""#, #""plain""#),
    AcceptRow(#""""#, #""""#),
    AcceptRow(#""a\/b""#, #""a/b""#),
    AcceptRow(#""\"\\\/\b\f\n\r\t""#, #""\"\\/\u{08}\u{0C}\n\r\t""#),
    AcceptRow(#""\u0041\u00e9\u4E2D\u00E9""#, #""Aé中é""#),
    AcceptRow(#""\u0000""#, #""\0""#),
    AcceptRow(#""\uD83D\uDE00""#, #""😀""#),
    AcceptRow(#""\ud83d\ude00x""#, #""😀x""#),
    AcceptRow(#""\uD800""#, "\"\u{FFFD}\""),
    AcceptRow(#""\uDC00a""#, "\"\u{FFFD}a\""),
    AcceptRow(#""\uD83D\u0041""#, "\"\u{FFFD}A\""),
    AcceptRow(#""\uD83D\uD83D\uDE00""#, "\"\u{FFFD}😀\""),
    AcceptRow("\"中文 é 😀\"", #""中文 é 😀""#),
    AcceptRow("\"\u{7F}\"", #""\u{7F}""#),
    AcceptRow("\"'single' inside\"", #""\'single\' inside""#),
    AcceptRow("[1,2,3]", "[1,2,3]"),
    AcceptRow("[ 1 , 2 ]", "[1,2]"),
    AcceptRow(#"{"a" : 1 , "b" : [true,false,null]}"#, #"{"a":1,"b":[true,false,null]}"#),
    AcceptRow(#"{"":0}"#, #"{"":0}"#),
    AcceptRow(#"{"a":{"b":{"c":[1,{"d":null}]}}}"#, #"{"a":{"b":{"c":[1,{"d":null}]}}}"#),
    AcceptRow(#"[[],{},[{}],""]"#, #"[[],{},[{}],""]"#),
    AcceptRow(#"{"a/b~c":1}"#, #"{"a/b~c":1}"#),
    AcceptRow("\u{FEFF}{\"a\":1}", #"{"a":1}"#),
    AcceptRow("{\"a\":1}\r\n", #"{"a":1}"#),
    AcceptRow(deepLegal, String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)),
]

let rejectRows: [RejectRow] = [
    // Empty input.
    RejectRow("", "syntax-error 1:1 expected a JSON value, found end of file"),
    RejectRow("  \n  ", "syntax-error 2:3 expected a JSON value, found end of file"),
    RejectRow("\u{FEFF}", "syntax-error 1:1 expected a JSON value, found end of file"),
    // Comments.
    RejectRow("// c\n{}", "syntax-error 1:1 comments are not allowed in JSON"),
    RejectRow(#"{"a":1 /* c */}"#, "syntax-error 1:8 comments are not allowed in JSON"),
    RejectRow("{/* c */\"a\":1}", "syntax-error 1:2 comments are not allowed in JSON"),
    RejectRow(#"{"a"/**/:1}"#, "syntax-error 1:5 comments are not allowed in JSON"),
    RejectRow("[1]\n// end", "syntax-error 2:1 comments are not allowed in JSON"),
    // Trailing commas.
    RejectRow(#"{"a":1,}"#, "syntax-error 1:8 expected a string key after ',' (trailing commas are not allowed in JSON)"),
    RejectRow("[1,2,]", "syntax-error 1:6 expected a value after ',' (trailing commas are not allowed in JSON)"),
    RejectRow("{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}", "syntax-error 3:14 expected a value after ',' (trailing commas are not allowed in JSON)"),
    RejectRow("{\"a\": 1,\n}", "syntax-error 2:1 expected a string key after ',' (trailing commas are not allowed in JSON)"),
    // Quotes and keys.
    RejectRow("['a']", "syntax-error 1:2 single-quoted strings are not allowed in JSON; use double quotes"),
    RejectRow("{'a':1}", "syntax-error 1:2 single-quoted strings are not allowed in JSON; use double quotes"),
    RejectRow("{a:1}", "syntax-error 1:2 expected a string key, found 'a' (keys must be double-quoted in JSON)"),
    RejectRow(#"{"a":1, sdkToken: 2}"#, "syntax-error 1:9 expected a string key, found 'sdkToken' (keys must be double-quoted in JSON)"),
    RejectRow("{,}", "syntax-error 1:2 expected a string key or '}', found ','"),
    RejectRow(#"{"a":1, 2}"#, "syntax-error 1:9 expected a string key, found '2'"),
    RejectRow("{", "syntax-error 1:2 expected a string key or '}', found end of file"),
    // Non-finite numbers and keywords.
    RejectRow("NaN", "syntax-error 1:1 'NaN' is not allowed in JSON"),
    RejectRow("[Infinity]", "syntax-error 1:2 'Infinity' is not allowed in JSON"),
    RejectRow(#"{"x": -Infinity}"#, "syntax-error 1:7 '-Infinity' is not allowed in JSON"),
    RejectRow("tru", "syntax-error 1:1 expected a JSON value, found 'tru'"),
    RejectRow("True", "syntax-error 1:1 expected a JSON value, found 'True'"),
    RejectRow("[nulls]", "syntax-error 1:2 expected a JSON value, found 'nulls'"),
    RejectRow(#"{"a": undefined}"#, "syntax-error 1:7 expected a JSON value, found 'undefined'"),
    // Number grammar.
    RejectRow("01", "syntax-error 1:1 leading zeros are not allowed in JSON numbers"),
    RejectRow("[-012]", "syntax-error 1:3 leading zeros are not allowed in JSON numbers"),
    RejectRow("+1", "syntax-error 1:1 a JSON number cannot start with '+'"),
    RejectRow(".5", "syntax-error 1:1 a JSON number cannot start with '.'; write a digit before it"),
    RejectRow("1.", "syntax-error 1:3 expected a digit after '.', found end of file"),
    RejectRow("[1.]", "syntax-error 1:4 expected a digit after '.', found ']'"),
    RejectRow("1.e3", "syntax-error 1:3 expected a digit after '.', found 'e3'"),
    RejectRow("1e", "syntax-error 1:3 expected a digit in the exponent, found end of file"),
    RejectRow("1E+", "syntax-error 1:4 expected a digit in the exponent, found end of file"),
    RejectRow("-", "syntax-error 1:2 expected a digit after '-', found end of file"),
    RejectRow("-a", "syntax-error 1:2 expected a digit after '-', found 'a'"),
    RejectRow("0x10", "syntax-error 1:2 unexpected 'x10' after the JSON value"),
    // Strings.
    RejectRow("\"a\tb\"", "syntax-error 1:3 unescaped control character U+0009 in string"),
    RejectRow("[\"a\nb\"]", "syntax-error 1:4 unescaped control character U+000A in string"),
    RejectRow("\"\u{0}\"", "syntax-error 1:2 unescaped control character U+0000 in string"),
    RejectRow("\"\\t ok \u{1F}\"", "syntax-error 1:8 unescaped control character U+001F in string"),
    RejectRow(#""\x""#, #"syntax-error 1:2 invalid escape '\x' in string"#),
    RejectRow(#""ok\'""#, #"syntax-error 1:4 invalid escape '\'' in string"#),
    RejectRow(#""\u12""#, #"syntax-error 1:2 expected 4 hex digits after '\u'"#),
    RejectRow(#""\u12G4""#, #"syntax-error 1:2 expected 4 hex digits after '\u'"#),
    RejectRow(#""\uD83D\u12""#, #"syntax-error 1:8 expected 4 hex digits after '\u'"#),
    RejectRow("\"abc", "syntax-error 1:1 unterminated string: expected '\"' before end of file"),
    RejectRow("[\"abc\\", "syntax-error 1:2 unterminated string: expected '\"' before end of file"),
    // Punctuation.
    RejectRow(#"{"a" 1}"#, "syntax-error 1:6 expected ':' after object key"),
    RejectRow(#"{"a":1,"b"}"#, "syntax-error 1:11 expected ':' after object key"),
    RejectRow("{\r\n\"a\" 1}", "syntax-error 2:5 expected ':' after object key"),
    RejectRow(#"{"a":1 "b":2}"#, "syntax-error 1:8 expected ',' or '}' after object member"),
    RejectRow(#"{"a":1"#, "syntax-error 1:7 expected ',' or '}' after object member"),
    RejectRow(#"{"a":1]"#, "syntax-error 1:7 expected ',' or '}' after object member"),
    RejectRow("[1 2]", "syntax-error 1:4 expected ',' or ']' after array element"),
    RejectRow("[1}", "syntax-error 1:3 expected ',' or ']' after array element"),
    RejectRow("[", "syntax-error 1:2 expected a JSON value, found end of file"),
    RejectRow(#"{"a":}"#, "syntax-error 1:6 expected a JSON value, found '}'"),
    RejectRow("[1,,2]", "syntax-error 1:4 expected a JSON value, found ','"),
    RejectRow("[,]", "syntax-error 1:2 expected a JSON value, found ','"),
    // Something after the value.
    RejectRow("{} x", "syntax-error 1:4 unexpected 'x' after the JSON value"),
    RejectRow("{}x", "syntax-error 1:3 unexpected 'x' after the JSON value"),
    RejectRow("[1]]", "syntax-error 1:4 unexpected ']' after the JSON value"),
    RejectRow(#"{"a":1}{"b":2}"#, "syntax-error 1:8 unexpected '{' after the JSON value"),
    RejectRow("1 2", "syntax-error 1:3 unexpected '2' after the JSON value"),
    RejectRow("{}/", "syntax-error 1:3 unexpected '/' after the JSON value"),
    // Characters that are not JSON whitespace.
    RejectRow("{}\u{FEFF}", "syntax-error 1:3 unexpected U+FEFF after the JSON value"),
    RejectRow("\u{A0}1", "syntax-error 1:1 expected a JSON value, found U+00A0"),
    RejectRow("\u{0C}1", "syntax-error 1:1 expected a JSON value, found U+000C"),
    RejectRow("[1,\u{2028}2]", "syntax-error 1:4 expected a JSON value, found U+2028"),
    RejectRow("\u{FEFF}x", "syntax-error 1:1 expected a JSON value, found 'x'"),
    RejectRow("[中]", "syntax-error 1:2 expected a JSON value, found '中'"),
    // Columns count scalars, not bytes.
    RejectRow(#"{"名字": "值",,}"#, "syntax-error 1:12 expected a string key, found ','"),
    RejectRow("\u{FEFF}{\"é\": 1 2}", "syntax-error 1:9 expected ',' or '}' after object member"),
    // Limits.
    RejectRow(deepIllegal, "document-too-complex 1:1001 nesting deeper than 1000 levels"),
]

@Test(arguments: acceptRows)
func jsonAccepts(_ row: AcceptRow) {
    let result = jsonLoad(row.text)
    #expect(jsonFindings(result) == [])
    #expect(result.documents.count == 1)
    #expect(result.documents.first?.index == 0)
    #expect(jsonTree(result.documents.first?.root) == row.tree)
}

@Test(arguments: rejectRows)
func jsonRejects(_ row: RejectRow) {
    let result = jsonLoad(row.text)
    #expect(jsonFindings(result) == [row.finding])
    #expect(result.documents.isEmpty)
    #expect(result.diagnostics.first?.severity == .error)
    #expect(result.diagnostics.first?.file == "t.json")
}

@Test func jsonTableIsLargeEnough() {
    #expect(acceptRows.count + rejectRows.count >= 60)
}
