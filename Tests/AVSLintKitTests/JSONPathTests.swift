import Testing
@testable import AVSLintKit

@Suite struct JSONPathTests {
    static let page = """
        udeskAvsMiniReferer:
          sdkToken: t
          customerInfo:
            telephones:
              - {content: "1"}
              - {content: "2"}
          commonNavigate: {path: a}
          authFailNavigate: {path: b}
          bizId: x
        """

    static let mini = """
        appId: wx0123456789abcdef
        path: pages/preIndex/index
        extraData:
          udeskAvsMiniReferer:
            callEndNavigate: {path: c, extraData: {k: 1}}
        """

    // (document, path, pointers selected)
    static let table: [(String, String, [String])] = [
        (page, "$", [""]),
        (page, "$.udeskAvsMiniReferer.sdkToken", ["/udeskAvsMiniReferer/sdkToken"]),
        (page, "$['udeskAvsMiniReferer'][\"bizId\"]", ["/udeskAvsMiniReferer/bizId"]),
        (page, "$referer", ["/udeskAvsMiniReferer"]),
        (page, "$referer.customerInfo.telephones[*].content",
         ["/udeskAvsMiniReferer/customerInfo/telephones/0/content", "/udeskAvsMiniReferer/customerInfo/telephones/1/content"]),
        (page, "$referer.customerInfo.telephones[-1]", ["/udeskAvsMiniReferer/customerInfo/telephones/1"]),
        (page, "$navigates", ["/udeskAvsMiniReferer/commonNavigate", "/udeskAvsMiniReferer/authFailNavigate"]),
        (page, "$navigates.path", ["/udeskAvsMiniReferer/commonNavigate/path", "/udeskAvsMiniReferer/authFailNavigate/path"]),
        (page, "$..content", ["/udeskAvsMiniReferer/customerInfo/telephones/0/content", "/udeskAvsMiniReferer/customerInfo/telephones/1/content"]),
        (page, "$.udeskAvsMiniReferer.*", ["/udeskAvsMiniReferer/sdkToken", "/udeskAvsMiniReferer/customerInfo",
                                          "/udeskAvsMiniReferer/commonNavigate", "/udeskAvsMiniReferer/authFailNavigate",
                                          "/udeskAvsMiniReferer/bizId"]),
        (page, "$.missing.path", []),
        (mini, "$referer", ["/extraData/udeskAvsMiniReferer"]),
        (mini, "$navigates.extraData", ["/extraData/udeskAvsMiniReferer/callEndNavigate/extraData"]),
        (mini, "$..path", ["/path", "/extraData/udeskAvsMiniReferer/callEndNavigate/path"]),
        (mini, "$..*", ["/appId", "/path", "/extraData", "/extraData/udeskAvsMiniReferer",
                        "/extraData/udeskAvsMiniReferer/callEndNavigate", "/extraData/udeskAvsMiniReferer/callEndNavigate/path",
                        "/extraData/udeskAvsMiniReferer/callEndNavigate/extraData",
                        "/extraData/udeskAvsMiniReferer/callEndNavigate/extraData/k"]),
        ("foo: 1", "$referer", []),
    ]

    @Test(arguments: table) func selects(_ row: (String, String, [String])) throws {
        let (document, _) = yamlDocument(row.0)
        let path = try JSONPath(row.1)
        #expect(path.select(in: document.root).map(\.pointer) == row.2)
    }

    static let bad: [(String, String)] = [
        ("referer", "a path starts with '$' at character 1"),
        ("$foo", "unknown root '$foo'; expected '$', '$referer' or '$navigates' at character 1"),
        ("$.a[", "unclosed '[' at character 5"),
        ("$.a['b'", "expected ']' at character 8"),
        ("$a", "unknown root '$a'; expected '$', '$referer' or '$navigates' at character 1"),
        ("$.", "expected a member name at character 3"),
    ]

    @Test(arguments: bad) func rejects(_ row: (String, String)) {
        #expect(throws: JSONPath.ParseError.self) { try JSONPath(row.0) }
        do { _ = try JSONPath(row.0) } catch { #expect("\(error)" == row.1) }
    }
}
