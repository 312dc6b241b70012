import Testing
@testable import AVSLintKit

/// Value semantics of the validator: exact numbers, JSON equality, computed
/// nodes, references, compile errors.
@Suite struct SchemaSemanticsTests {
    @Test func computedValuesSatisfyEveryKeyword() throws {
        let schema = try compileSchema("""
            {"type": "object", "required": ["sdkToken"], "additionalProperties": false,
             "properties": {"sdkToken": {"type": "string", "minLength": 1, "enum": ["a"]},
                            "ids": {"type": "array", "contains": {"const": 5}, "uniqueItems": true}}}
            """)
        let instance = NodeBuilder.build(["sdkToken": .computed, "ids": [.computed, .computed]])
        #expect(summarize(schema, instance) == [])
        #expect(summarize(schema, NodeBuilder.build(.computed)) == [])
        // A known wrong value next to a computed one is still reported.
        let wrong = NodeBuilder.build(["sdkToken": 5, "ids": [.computed]])
        #expect(summarize(schema, wrong) == ["type 3:1 expected a string, got the integer 5 @/sdkToken"])
    }

    @Test func multipleOfIsExactWhereADoubleRounds() throws {
        let schema = try compileSchema(#"{"multipleOf": 0.1}"#)
        #expect(schema.isValid(jsonNode("0.3")))
        #expect(schema.isValid(jsonNode("1e308")))
        #expect(!schema.isValid(jsonNode("0.35")))
        let two = try compileSchema(#"{"multipleOf": 2}"#)
        #expect(!two.isValid(jsonNode("9007199254740993")))
        #expect(two.isValid(jsonNode("9007199254740994")))
        #expect(two.isValid(jsonNode("2e400")))
        #expect(!two.isValid(jsonNode("2.5")))
        #expect(try compileSchema(#"{"multipleOf": 0.0001}"#).isValid(jsonNode("12391239123.1234")))
        #expect(!(try compileSchema(#"{"multipleOf": 0.0001}"#).isValid(jsonNode("12391239123.12345"))))
    }

    @Test func boundsCompareExactly() throws {
        let schema = try compileSchema(#"{"maximum": 9007199254740992}"#)
        #expect(schema.isValid(jsonNode("9007199254740992")))
        #expect(!schema.isValid(jsonNode("9007199254740993")))
        #expect(try !compileSchema(#"{"exclusiveMinimum": 0}"#).isValid(jsonNode("0.0")))
    }

    @Test func jsonEquality() throws {
        #expect(try compileSchema(#"{"type": "integer"}"#).isValid(jsonNode("1.0")))
        #expect(try !compileSchema(#"{"enum": [1]}"#).isValid(jsonNode("true")))
        #expect(try compileSchema(#"{"const": 1.0}"#).isValid(jsonNode("1")))
        #expect(try compileSchema(#"{"const": {"a": 1, "b": [false]}}"#).isValid(jsonNode(#"{"b": [false], "a": 1.00}"#)))
        #expect(try compileSchema(#"{"uniqueItems": true}"#).isValid(jsonNode("[0, false, 1, true, [0], [false]]")))
        #expect(try !compileSchema(#"{"const": "é"}"#).isValid(jsonNode("\"e\\u0301\"")))
    }

    @Test func stringsCountAndMatchUnicodeScalars() throws {
        #expect(try compileSchema(#"{"maxLength": 1}"#).isValid(jsonNode(#""💩""#)))
        #expect(try compileSchema(#"{"minLength": 2}"#).isValid(jsonNode("\"e\\u0301\"")))
        let letters = try compileSchema(#"{"pattern": "^\\p{Letter}+$"}"#)
        #expect(letters.isValid(jsonNode(#""客服video""#)))
        #expect(!letters.isValid(jsonNode(#""a1""#)))
        #expect(try compileSchema(#"{"pattern": "b"}"#).isValid(jsonNode(#""abc""#)))
    }

    @Test func duplicateKeysUseTheLastValue() throws {
        let schema = try compileSchema(#"{"properties": {"a": {"type": "string"}}}"#)
        #expect(summarize(schema, jsonNode(#"{"a": 1, "a": "x"}"#)) == [])
        #expect(summarize(schema, jsonNode(#"{"a": "x", "a": 1}"#)) == ["type 1:17 expected a string, got the integer 1 @/a"])
    }

    @Test func recursiveReferencesTerminateAndReportDeepPaths() throws {
        let schema = try compileSchema("""
            {"$defs": {"node": {"type": "object", "properties": {"value": {"type": "integer"},
              "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
             "$ref": "#/$defs/node"}
            """)
        let instance = #"{"value": 1, "children": [{"value": 2, "children": [{"value": "x"}]}]}"#
        #expect(summarize(schema, jsonNode(instance)) == [
            "type 1:63 expected an integer, got the string \"x\" @/children/0/children/0/value",
        ])
        let loop = try compileSchema(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
        #expect(summarize(loop, jsonNode("1")) == ["ref 1:1 the schema refers to itself without end @"])
    }

    @Test func referencesAcrossResourcesAndAnchors() throws {
        let remote = jsonNode(#"{"$defs": {"phone": {"$anchor": "phone", "type": "string", "pattern": "^[0-9+ -]+$"}}}"#)
        let schema = try compileSchema(#"{"$id": "https://example.com/launch.json", "items": {"$ref": "common.json#phone"}}"#,
                                       resources: ["https://example.com/common.json": remote])
        #expect(summarize(schema, jsonNode(#"["+86 138", "x"]"#)) == [
            "pattern 1:13 'x' does not match the pattern '^[0-9+ -]+$' @/1",
        ])
    }

    @Test func compileErrorsAreThrownWithALocation() throws {
        #expect(throws: SchemaError(location: "https://avslint.invalid/schema.json#/properties/a/$ref",
                                    problem: .unavailable(keyword: "$ref", reference: "missing.json"))) {
            try compileSchema(#"{"properties": {"a": {"$ref": "missing.json"}}}"#)
        }
        #expect(throws: SchemaError(location: "https://avslint.invalid/schema.json#/pattern",
                                    problem: .invalidPattern("(unclosed"))) {
            try compileSchema(#"{"pattern": "(unclosed"}"#)
        }
        #expect(throws: SchemaError(location: "https://avslint.invalid/schema.json#/type",
                                    problem: .unknownType("text"))) {
            try compileSchema(#"{"type": "text"}"#)
        }
    }

    @Test func compileErrorMessagesNameTheKeyword() {
        #expect(SchemaError(location: "s.json#/type", problem: .unknownType("text")).description
            == "s.json#/type: 'type' names the unknown type 'text'")
        #expect(SchemaError(location: "s.json#/$ref", problem: .unavailable(keyword: "$ref", reference: "missing.json")).message
            == "'$ref' refers to 'missing.json', which is not available")
        #expect(SchemaError(location: "s.json#/minItems", problem: .malformed(keyword: "minItems", expected: "a non-negative integer")).message
            == "'minItems' must be a non-negative integer")
    }

    @Test func editDistanceSuggestions() {
        #expect(EditDistance.distance("surveyEndNavigate", "surveryEndNavigate") == 1)
        #expect(EditDistance.distance("ab", "ba") == 1)
        #expect(EditDistance.distance("AppID", "appId") == 0)
        #expect(EditDistance.suggestion(for: "sdktoken", among: ["sdkToken", "bizId"]) == "sdkToken")
        #expect(EditDistance.suggestion(for: "abcd", among: ["abce", "abcf"]) == nil)
        #expect(EditDistance.suggestion(for: "x", among: ["id"]) == nil)
        #expect(EditDistance.suggestion(for: "nickname", among: ["nickName", "avatar"]) == "nickName")
    }
}

/// Hostile depth: the loader accepts 1 000 levels; the validator must not
/// overflow the (small) stack of a concurrency thread.
@Suite struct SchemaDepthTests {
    static let schema = ##"{"anyOf": [{"type": "integer"}, {"type": "array", "items": {"$ref": "#"}}]}"##

    static func nested(_ depth: Int) -> Node {
        jsonNode(String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth))
    }

    @Test func moderatelyDeepInstanceIsValidatedFully() throws {
        let schema = try compileSchema(Self.schema)
        let findings = schema.validate(Self.nested(100))
        #expect(findings.map(\.message) == ["expected an integer or an array, got the string \"x\""])
        #expect(findings.first?.span.start.column == 101)
        #expect(!schema.isValid(Self.nested(100)))
        #expect(schema.isValid(jsonNode(String(repeating: "[", count: 100) + "1" + String(repeating: "]", count: 100))))
    }

    @Test func hostileDepthIsAFindingNotACrash() throws {
        let schema = try compileSchema(Self.schema)
        let findings = schema.validate(Self.nested(1000))
        #expect(findings.map { "\($0.keyword) \($0.message)" } == ["depth the value nests too deeply to validate"])
        #expect(!schema.isValid(Self.nested(1000)))
    }

    @Test func deepItemsCompareWithoutOverflow() throws {
        let deep = String(repeating: "[", count: 990) + "1" + String(repeating: "]", count: 990)
        let findings = try compileSchema(#"{"uniqueItems": true}"#).validate(jsonNode("[" + deep + "," + deep + "]"))
        #expect(findings.map(\.message) == ["item 1 repeats item 0"])
        #expect(try compileSchema(#"{"const": 1}"#).validate(jsonNode(deep)).map(\.keyword) == ["const"])
    }

    @Test func hostileSchemaNestingIsACompileError() throws {
        let schema = String(repeating: #"{"items": "#, count: 900) + "true" + String(repeating: "}", count: 900)
        #expect(throws: SchemaError.self) { try compileSchema(schema) }
        let fine = String(repeating: #"{"items": "#, count: 100) + "false" + String(repeating: "}", count: 100)
        let compiled = try compileSchema(fine)
        #expect(compiled.isValid(jsonNode(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))))
        #expect(!compiled.isValid(jsonNode(String(repeating: "[", count: 100) + "1" + String(repeating: "]", count: 100))))
    }
}
