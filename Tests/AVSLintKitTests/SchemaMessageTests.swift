import Testing
@testable import AVSLintKit

/// Where schema findings point and what they say (DESIGN.md "Diagnostics").
@Suite struct SchemaMessageTests {
    static let navigateSchema = """
        {"type": "object",
         "properties": {"surveryEndNavigate": {"type": "object"}, "callEndNavigate": {"type": "object"}},
         "additionalProperties": false}
        """

    @Test func unknownKeyWithSuggestionPointsAtTheKey() throws {
        let instance = """
            {
              "callEndNavigate": {},
              "surveyEndNavigate": {}
            }
            """
        #expect(try schemaFindings(Self.navigateSchema, instance) == [
            "unknown-key 3:3 unknown key 'surveyEndNavigate'; did you mean 'surveryEndNavigate'? @/surveyEndNavigate",
        ])
    }

    @Test func unknownKeyWithoutSuggestionListsAllowedKeysSorted() throws {
        #expect(try schemaFindings(Self.navigateSchema, #"{"x": 1}"#) == [
            "unknown-key 1:2 unknown key 'x'; allowed keys: 'callEndNavigate', 'surveryEndNavigate' @/x",
        ])
    }

    @Test func unknownKeyFromPatternOnlyObjectNamesThePattern() throws {
        let schema = #"{"patternProperties": {"^(Text|Select)Field_[0-9]+$": true}, "additionalProperties": false}"#
        #expect(try schemaFindings(schema, #"{"TextField_1": "a", "Other": 2}"#) == [
            "unknown-key 1:22 unknown key 'Other'; keys must match '^(Text|Select)Field_[0-9]+$' @/Other",
        ])
    }

    @Test func unknownKeyFromUnevaluatedPropertiesNamesKeysOfAllBranches() throws {
        let schema = #"{"allOf": [{"properties": {"path": true}}, {"properties": {"envVersion": true}}], "unevaluatedProperties": false}"#
        #expect(try schemaFindings(schema, #"{"path": "a", "envVersoin": "trial"}"#) == [
            "unknown-key 1:15 unknown key 'envVersoin'; did you mean 'envVersion'? @/envVersoin",
        ])
    }

    @Test func missingRequiredKeyPointsAtTheParentKey() throws {
        let schema = #"{"properties": {"udeskAvsMiniReferer": {"type": "object", "required": ["sdkToken"]}}}"#
        let instance = """
            {
              "udeskAvsMiniReferer": {
                "bizId": "x"
              }
            }
            """
        #expect(try schemaFindings(schema, instance) == [
            "required 2:3 missing required key 'sdkToken' @/udeskAvsMiniReferer",
        ])
    }

    @Test func missingRequiredKeyAtTheRootPointsAtTheMappingStart() throws {
        #expect(try schemaFindings(#"{"required": ["appId", "path"]}"#, "\n  {\"path\": \"p\"}") == [
            "required 2:3 missing required key 'appId' @",
        ])
    }

    @Test func missingRequiredKeyUsesTheGivenKeySpan() throws {
        let schema = try compileSchema(#"{"required": ["sdkToken"]}"#)
        let key = Span(at: Position(line: 7, column: 5, offset: 90))
        let findings = schema.validate(jsonNode("{}"), at: "/udeskAvsMiniReferer", keySpan: key)
        #expect(findings == [SchemaFinding(keyword: "required", message: "missing required key 'sdkToken'", span: key,
                                           instancePath: "/udeskAvsMiniReferer")])
        #expect(findings.first?.ruleID == "schema/required")
    }

    @Test func typeMessagesNameBothTypesAndShowTheValue() throws {
        let schema = #"{"properties": {"content": {"type": "string"}, "id": {"type": "integer"}, "level": {"type": ["string", "null"]}}}"#
        let instance = """
            {"content": 13312223333,
             "id": "abc", "level": [1]}
            """
        #expect(try schemaFindings(schema, instance) == [
            "type 1:13 expected a string, got the integer 13312223333 @/content",
            "type 2:8 expected an integer, got the string \"abc\" @/id",
            "type 2:24 expected a string or null, got an array @/level",
        ])
    }

    @Test func enumConstAndBoundsMessages() throws {
        let schema = """
            {"properties": {"level": {"enum": ["vip", "normal"]}, "callTimes": {"minimum": 0},
             "envVersion": {"const": "release"}, "n": {"maximum": 10, "multipleOf": 2}}}
            """
        let instance = #"{"level": "gold", "callTimes": -1, "envVersion": "develop", "n": 11}"#
        #expect(try schemaFindings(schema, instance) == [
            "enum 1:11 'gold' is not one of 'vip', 'normal' @/level",
            "minimum 1:32 -1 is less than the minimum 0 @/callTimes",
            "const 1:50 expected 'release', got 'develop' @/envVersion",
            "maximum 1:66 11 is greater than the maximum 10 @/n",
            "multipleOf 1:66 11 is not a multiple of 2 @/n",
        ])
    }

    @Test func stringMessages() throws {
        let schema = #"{"items": {"type": "string", "minLength": 1, "maxLength": 3, "pattern": "^wx[0-9a-f]+$"}}"#
        #expect(try schemaFindings(schema, #"["", "wxabcd"]"#) == [
            "minLength 1:2 the string is empty; the minimum length is 1 @/0",
            "pattern 1:2 '' does not match the pattern '^wx[0-9a-f]+$' @/0",
            "maxLength 1:6 'wxabcd' is longer than the maximum length 3 @/1",
        ])
    }

    @Test func anyOfReportsTheClosestBranch() throws {
        let schema = """
            {"anyOf": [
              {"type": "string"},
              {"type": "object", "required": ["path"], "properties": {"path": {"type": "string"}, "envVersion": {"enum": ["develop", "trial", "release"]}}},
              {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}}
            ]}
            """
        #expect(try schemaFindings(schema, #"{"path": "p", "envVersion": "prod"}"#) == [
            "enum 1:29 'prod' is not one of 'develop', 'trial', 'release' @/envVersion",
        ])
    }

    @Test func anyOfOfTypesMergesIntoOneTypeFinding() throws {
        #expect(try schemaFindings(#"{"anyOf": [{"type": "integer"}, {"type": "null"}]}"#, #""abc""#) == [
            "type 1:1 expected an integer or null, got the string \"abc\" @",
        ])
    }

    @Test func oneOfMatchingTwiceAndNot() throws {
        #expect(try schemaFindings(#"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#, "3") == [
            "oneOf 1:1 matches more than one of the allowed shapes @",
        ])
        #expect(try schemaFindings(#"{"not": {"type": "string"}}"#, #""x""#) == [
            "not 1:1 matches a shape that is not allowed here @",
        ])
    }

    @Test func arrayMessages() throws {
        let schema = #"{"minItems": 4, "uniqueItems": true, "prefixItems": [true], "items": false}"#
        #expect(try schemaFindings(schema, #"[1, 1.0, {"a": 1, "b": 2}, {"b": 2, "a": 1}]"#) == [
            "items 1:5 unexpected item; the array allows at most 1 item @/1",
            "items 1:10 unexpected item; the array allows at most 1 item @/2",
            "items 1:28 unexpected item; the array allows at most 1 item @/3",
            "uniqueItems 1:5 item 1 repeats item 0 @/1",
            "uniqueItems 1:28 item 3 repeats item 2 @/3",
        ])
        #expect(try schemaFindings(#"{"minItems": 2, "contains": {"type": "string"}}"#, "[1]") == [
            "minItems 1:1 the array has 1 item; the minimum is 2 @",
            "contains 1:1 no item matches the required shape @",
        ])
    }

    @Test func dependentRequiredAndPropertyNames() throws {
        let schema = #"{"dependentRequired": {"callTimes": ["callShortAgeNavigate"]}, "propertyNames": {"maxLength": 9}}"#
        #expect(try schemaFindings(schema, #"{"callTimes": 2}"#) == [
            "dependentRequired 1:1 missing key 'callShortAgeNavigate', required when 'callTimes' is present @",
        ])
        #expect(try schemaFindings(#"{"propertyNames": {"maxLength": 3}}"#, #"{"ab": 1, "abcd": 2}"#) == [
            "maxLength 1:11 'abcd' is longer than the maximum length 3 @/abcd",
        ])
    }

    @Test func falseSubschemaPointsAtTheKey() throws {
        #expect(try schemaFindings(#"{"properties": {"secret": false}}"#, #"{"secret": "s"}"#) == [
            "disallowed 1:2 key 'secret' is not allowed here @/secret",
        ])
        #expect(try schemaFindings("false", "1") == ["disallowed 1:1 no value is allowed here @"])
    }

    @Test func findingBecomesADiagnostic() throws {
        let finding = SchemaFinding(keyword: "enum", message: "m", span: .fileStart, instancePath: "/a")
        let diagnostic = finding.diagnostic(file: "x.yaml")
        #expect(diagnostic.ruleID == "schema/enum")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.instancePath == "/a")
        #expect(diagnostic.file == "x.yaml")
    }
}
