import Testing
@testable import AVSLintKit

/// How a scalar resolved, as one comparable string: `null`, `bool:true`,
/// `int:<text>`, `float:<text>` (integers by value digits), `string:<text>`.
private func resolved(_ node: Node?) -> String {
    guard let scalar = node?.scalar else { return "not a scalar" }
    switch scalar.value {
    case .null: return "null"
    case .bool(let value): return "bool:\(value)"
    case .number(let number):
        switch number.kind {
        case .infinity: return "float:+inf"
        case .negativeInfinity: return "float:-inf"
        case .nan: return "float:nan"
        case .finite: return (number.isIntegerLiteral ? "int:" : "float:") + number.text
        }
    case .string(let text): return "string:\(text)"
    }
}

private func value(_ yamlValue: String) -> String {
    resolved(loadYAML("v: \(yamlValue)\n").documents.first?.root?["v"])
}

@Suite struct YAMLLoaderSchemaTests {
    static let coreSchemaTable: [(String, String)] = [
        ("", "null"), ("~", "null"), ("null", "null"), ("Null", "null"), ("NULL", "null"),
        ("nULL", "string:nULL"), ("none", "string:none"),
        ("true", "bool:true"), ("True", "bool:true"), ("TRUE", "bool:true"),
        ("false", "bool:false"), ("False", "bool:false"), ("FALSE", "bool:false"),
        ("yes", "string:yes"), ("no", "string:no"), ("on", "string:on"), ("off", "string:off"),
        ("y", "string:y"), ("tRUE", "string:tRUE"),
        ("0", "int:0"), ("12", "int:12"), ("-12", "int:-12"), ("+12", "int:+12"), ("007", "int:007"),
        ("0o17", "int:15"), ("0o0", "int:0"), ("0o18", "string:0o18"), ("0O17", "string:0O17"),
        ("0x1F", "int:31"), ("0xff", "int:255"), ("0x", "string:0x"), ("-0x1F", "string:-0x1F"),
        ("0xFFFFFFFFFFFFFFFFFFFF", "int:1208925819614629174706175"),
        ("0o7777777777777777777777777", "int:37778931862957161709567"),
        ("1_000", "string:1_000"), ("1,000", "string:1,000"), ("12abc", "string:12abc"),
        ("9007199254740993", "int:9007199254740993"),
        ("1.0", "float:1.0"), ("-1.5", "float:-1.5"), (".5", "float:.5"), ("5.", "float:5."),
        ("1e3", "float:1e3"), ("1.5E-3", "float:1.5E-3"), ("+2.5e+10", "float:+2.5e+10"),
        ("1e", "string:1e"), (".", "string:."), ("--", "string:--"), ("+", "string:+"), ("1.2.3", "string:1.2.3"),
        (".inf", "float:+inf"), (".Inf", "float:+inf"), ("+.INF", "float:+inf"), ("-.inf", "float:-inf"),
        (".nan", "float:nan"), (".NaN", "float:nan"), (".NAN", "float:nan"), ("-.nan", "string:-.nan"),
        (".iNf", "string:.iNf"),
        ("'123'", "string:123"), ("\"true\"", "string:true"), ("'null'", "string:null"), ("''", "string:"),
        ("2024-01-01", "string:2024-01-01"), ("0b101", "string:0b101"), ("1:30", "string:1:30"),
    ]

    @Test(arguments: coreSchemaTable)
    func coreSchemaResolution(source: String, expected: String) {
        #expect(value(source) == expected, "v: \(source)")
    }

    @Test func blockScalarsAreStrings() {
        let root = loadYAML("a: |\n  123\nb: >\n  true\n").documents.first?.root
        #expect(resolved(root?["a"]) == "string:123\n")
        #expect(resolved(root?["b"]) == "string:true\n")
    }

    @Test func integerValueIsExact() throws {
        let node = loadYAML("v: 0x1F\n").documents.first?.root?["v"]
        guard case .number(let number)? = node?.scalar?.value else { Issue.record("not a number"); return }
        #expect(number.intValue == 31)
        #expect(number.text == "31")
        #expect(node?.scalar?.text == "0x1F")
    }

    static let tagTable: [(String, String)] = [
        ("!!str 123", "string:123"), ("!!str true", "string:true"), ("!!str", "string:"),
        ("!!int \"12\"", "int:12"), ("!!int 0x10", "int:16"),
        ("!!float 1", "int:1"), ("!!float '2.5'", "float:2.5"), ("!!float .inf", "float:+inf"),
        ("!!bool 'true'", "bool:true"), ("!!null ''", "null"), ("!!null ~", "null"),
        ("! 12", "string:12"), ("!<tag:yaml.org,2002:int> 7", "int:7"), ("!<tag:yaml.org,2002:str> 7", "string:7"),
    ]

    @Test(arguments: tagTable)
    func tagsAreHonoured(source: String, expected: String) {
        let result = loadYAML("v: \(source)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(resolved(result.documents.first?.root?["v"]) == expected, "v: \(source)")
    }

    @Test func collectionTags() throws {
        let result = loadYAML("a: !!map {x: 1}\nb: !!seq [1]\nc: ! [2]\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["a"]?.members?.count == 1)
        #expect(root["b"]?.items?.count == 1)
        #expect(where_(try #require(root["a"]).span) == "1:10-1:16")
    }

    @Test func valueThatDoesNotFitItsTag() throws {
        let result = loadYAML("a: !!int abc\nb: !!bool yes\nc: !!null 0\nd: !!map x\n")
        #expect(findings(result) == [
            "syntax-error 1:4 'abc' is not a valid !!int",
            "syntax-error 2:4 'yes' is not a valid !!bool",
            "syntax-error 3:4 '0' is not a valid !!null",
            "syntax-error 4:4 'x' is not a valid !!map",
        ])
        #expect(where_(result.diagnostics[0].span) == "1:4-1:9")
        #expect(result.diagnostics[0].instancePath == "/a")
        let root = try #require(result.documents.first?.root)
        #expect(resolved(root["a"]) == "string:abc")
        #expect(resolved(root["c"]) == "int:0")
        #expect(where_(try #require(root["a"]).span) == "1:10-1:13")
    }

    @Test func unknownTag() throws {
        let result = loadYAML("a: !foo 12\nb: !bar\n  c: 1\nd: !!binary aGk=\n")
        #expect(findings(result) == [
            "syntax-error 1:4 unknown tag '!foo'",
            "syntax-error 2:4 unknown tag '!bar'",
            "syntax-error 4:4 unknown tag '!!binary'",
        ])
        #expect(where_(result.diagnostics[0].span) == "1:4-1:8")
        let root = try #require(result.documents.first?.root)
        #expect(resolved(root["a"]) == "int:12")
        #expect(root["b"]?["c"] != nil)
    }

    @Test func collectionTagMismatch() {
        let result = loadYAML("a: !!seq {x: 1}\nb: !!str [1]\n")
        #expect(findings(result) == [
            "syntax-error 1:4 tag '!!seq' does not apply to a mapping",
            "syntax-error 2:4 tag '!!str' does not apply to a sequence",
        ])
    }
}
