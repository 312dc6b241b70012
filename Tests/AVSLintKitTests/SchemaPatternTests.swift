import Testing
@testable import AVSLintKit

/// `ScalarPattern`, our matcher for the common ECMAScript subset, against
/// the stdlib `Regex` configured as `SchemaPattern` configures it.
@Suite struct SchemaPatternTests {
    /// The stdlib result, configured exactly as `SchemaPattern`'s fallback.
    static func stdlib(_ pattern: String, _ text: String) -> Bool? {
        guard let regex = try? Regex(pattern) else { return nil }
        let configured = regex.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
        return (try? configured.firstMatch(in: text)) != nil
    }

    struct Row: CustomTestStringConvertible, Sendable {
        let pattern: String
        let text: String
        let expected: Bool
        var testDescription: String { "/\(pattern)/ on \(text.debugDescription)" }
    }

    static let rows: [Row] = [
        // Our real patterns.
        Row(pattern: "^wx[0-9a-f]{16}$", text: "wx0123456789abcdef", expected: true),
        Row(pattern: "^wx[0-9a-f]{16}$", text: "wx0123456789abcde", expected: false),
        Row(pattern: "^wx[0-9a-f]{16}$", text: "wx0123456789abcdef0", expected: false),
        Row(pattern: "^wx[0-9a-f]{16}$", text: "wx0123456789ABCDEF", expected: false),
        Row(pattern: "^/?pages/preIndex/index(\\?|$)", text: "/pages/preIndex/index", expected: true),
        Row(pattern: "^/?pages/preIndex/index(\\?|$)", text: "pages/preIndex/index?a=1", expected: true),
        Row(pattern: "^/?pages/preIndex/index(\\?|$)", text: "pages/preIndex/indexx", expected: false),
        Row(pattern: "^/?pages/preIndex/index(\\?|$)", text: "//pages/preIndex/index", expected: false),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "TextField_123456", expected: true),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "SelectField_1", expected: true),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "DateField_22", expected: true),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "textField_1", expected: false),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "TextField_", expected: false),
        Row(pattern: "^(TextField|SelectField|[A-Z][A-Za-z]*Field)_[0-9]+$", text: "TextField_12a", expected: false),
        Row(pattern: "^[0-9]+$", text: "0123", expected: true),
        Row(pattern: "^[0-9]+$", text: "", expected: false),
        Row(pattern: "^[0-9]+$", text: "12 3", expected: false),
        Row(pattern: "^[0-9]+$", text: "١٢٣", expected: false),
        Row(pattern: "^TextField_[0-9]+$", text: "TextField_7", expected: true),
        Row(pattern: "^TextField_[0-9]+$", text: "xTextField_7", expected: false),
        Row(pattern: "^[A-Za-z_][A-Za-z0-9_]*$", text: "_name1", expected: true),
        Row(pattern: "^[A-Za-z_][A-Za-z0-9_]*$", text: "1name", expected: false),
        Row(pattern: "^[A-Za-z_][A-Za-z0-9_]*$", text: "名字", expected: false),
        // Chinese text and emoji.
        Row(pattern: "^客服[0-9]+号$", text: "客服12号", expected: true),
        Row(pattern: "^客服[0-9]+号$", text: "客服号", expected: false),
        Row(pattern: "视频", text: "欢迎使用视频客服", expected: true),
        Row(pattern: "^[\u{4e00}-\u{9fa5}]+$", text: "中文名称", expected: true),
        Row(pattern: "^[一-龥]+$", text: "中文name", expected: false),
        Row(pattern: "^.$", text: "😀", expected: true),
        Row(pattern: "^..$", text: "😀", expected: false),
        Row(pattern: "^😀+$", text: "😀😀😀", expected: true),
        Row(pattern: "^[😀-😂]$", text: "😁", expected: true),
        Row(pattern: "^[^😀]$", text: "😃", expected: true),
        Row(pattern: "^.{2}$", text: "e\u{301}", expected: true),
        Row(pattern: "^\\w+$", text: "café", expected: false),
        // Empty strings and empty patterns.
        Row(pattern: "", text: "", expected: true),
        Row(pattern: "", text: "abc", expected: true),
        Row(pattern: "^$", text: "", expected: true),
        Row(pattern: "^$", text: "a", expected: false),
        Row(pattern: "a*", text: "", expected: true),
        Row(pattern: "^a+", text: "", expected: false),
        Row(pattern: "()", text: "x", expected: true),
        // Unanchored searches.
        Row(pattern: "abc", text: "xxabcxx", expected: true),
        Row(pattern: "abc", text: "ababab", expected: false),
        Row(pattern: "b+c$", text: "abbbc", expected: true),
        Row(pattern: "b+c$", text: "abbbcd", expected: false),
        Row(pattern: "[0-9]{3}", text: "ab12c345", expected: true),
        Row(pattern: "[0-9]{3}", text: "ab12c34", expected: false),
        Row(pattern: "é", text: "cafe\u{301}", expected: false),
        Row(pattern: "号", text: "客服12号", expected: true),
        // Alternation, top level and in groups.
        Row(pattern: "^a|b$", text: "xxb", expected: true),
        Row(pattern: "^a|b$", text: "bxx", expected: false),
        Row(pattern: "cat|dog", text: "hotdog", expected: true),
        Row(pattern: "^(?:cat|dog)s?$", text: "cats", expected: true),
        Row(pattern: "^(?:cat|dog)s?$", text: "catdog", expected: false),
        Row(pattern: "^(a|ab)(c|bcd)$", text: "abcd", expected: true),
        Row(pattern: "^(|x)y$", text: "y", expected: true),
        Row(pattern: "^(a|)+$", text: "aaa", expected: true),
        // Quantifiers, lazy forms included.
        Row(pattern: "^a{2,3}$", text: "a", expected: false),
        Row(pattern: "^a{2,3}$", text: "aa", expected: true),
        Row(pattern: "^a{2,3}$", text: "aaa", expected: true),
        Row(pattern: "^a{2,3}$", text: "aaaa", expected: false),
        Row(pattern: "^a{2,}$", text: "aaaaa", expected: true),
        Row(pattern: "^a{0}b$", text: "b", expected: true),
        Row(pattern: "^(ab){2}$", text: "abab", expected: true),
        Row(pattern: "^a+?b*?c??$", text: "aab", expected: true),
        Row(pattern: "^x.*?y$", text: "x--y--y", expected: true),
        Row(pattern: "^(a*)*b$", text: "aaaaaaaaaaac", expected: false),
        Row(pattern: "^(a|a)*b$", text: "aaaaaaaaaaac", expected: false),
        Row(pattern: "^(a+)+$", text: "aaaaaaaaaaaa!", expected: false),
        // Escapes and classes.
        Row(pattern: "^a\\.b$", text: "a.b", expected: true),
        Row(pattern: "^a\\.b$", text: "axb", expected: false),
        Row(pattern: "^a.b$", text: "axb", expected: true),
        Row(pattern: "^a.b$", text: "a\nb", expected: false),
        Row(pattern: "^a.b$", text: "a\u{2028}b", expected: false),
        Row(pattern: "^\\/\\-\\\\\\(\\)\\[\\]\\{\\}\\|\\*\\+\\^\\$$", text: "/-\\()[]{}|*+^$", expected: true),
        Row(pattern: "^\\d\\D\\w\\W$", text: "1a__", expected: false),
        Row(pattern: "^\\d\\D\\w\\W$", text: "1a_ ", expected: true),
        Row(pattern: "^\\s+$", text: " \t\n\u{A0}\u{3000}\u{2003}", expected: true),
        Row(pattern: "^\\S+$", text: "a b", expected: false),
        Row(pattern: "^[\\d_-]+$", text: "1_-2", expected: true),
        Row(pattern: "^[-a]+$", text: "-a-", expected: true),
        Row(pattern: "^[^\\s,]+$", text: "a,b", expected: false),
        Row(pattern: "^[^\\s,]+$", text: "ab中", expected: true),
        Row(pattern: "^[\\w.]+@[\\w.]+$", text: "a.b@c.d", expected: true),
        Row(pattern: "^[a^]$", text: "^", expected: true),
        Row(pattern: "^\\t\\n\\r\\f$", text: "\t\n\r\u{0C}", expected: true),
        Row(pattern: "^[\\]]$", text: "]", expected: true),
        Row(pattern: "^https?://[^/]+/", text: "https://example.com/x", expected: true),
        Row(pattern: "^https?://[^/]+/", text: "ftp://example.com/x", expected: false),
    ]

    @Test(arguments: rows)
    func agreesWithTheStdlib(_ row: Row) throws {
        let program = try #require(ScalarPattern(row.pattern))
        #expect(program.matches(row.text) == row.expected)
        #expect(Self.stdlib(row.pattern, row.text) == row.expected)
        let pattern = try #require(SchemaPattern(row.pattern))
        #expect(pattern.runsOnSubset)
        #expect(pattern.matches(row.text) == row.expected)
    }

    @Test func theTableIsLargeAndMixed() {
        #expect(Self.rows.count >= 60)
        #expect(Self.rows.filter(\.expected).count >= 25)
        #expect(Self.rows.filter { !$0.expected }.count >= 25)
    }

    @Test(arguments: [
        "(a)\\1", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "\\bword\\b", "\\Bx", "\\p{L}", "\\P{L}",
        "\\u{41}", "\\u0041", "\\x41", "(?i)a", "(?<name>a)", "\\k<name>", "a*+", "a++", "a**",
        "[[:alpha:]]", "[a-z&&[^q]]", "[a--b]", "[]", "[^]", "a{,2}", "a{2", "}", "]", "\\0", "\\cA",
        "[a-\\d]", "[\\d-z]", "[a-b-c]", "\\v", "\\Qa\\E", "^*", "$+", "a{1001}", "(a", "a)", "*a",
    ])
    func unsupportedPatternsFallBack(_ pattern: String) {
        #expect(ScalarPattern(pattern) == nil)
    }

    /// Every `pattern` and `patternProperties` name of the shipped schemas
    /// and rules runs on the subset, so none needs the stdlib `Regex`.
    @Test func shippedPatternsRunOnTheSubset() throws {
        var sources: [String] = []
        func collect(_ node: Node) {
            if let members = node.members {
                for member in members {
                    if member.name == "pattern", let text = member.value.string { sources.append(text) }
                    if member.name == "patternProperties", let names = member.value.members { sources += names.map(\.name) }
                    collect(member.value)
                }
            }
            for item in node.items ?? [] { collect(item) }
        }
        for file in Embedded.files where file.path.hasSuffix(".json") || file.path.hasSuffix(".yaml") {
            let source = SourceFile(path: file.path, text: file.text)
            let loaded = file.path.hasSuffix(".json") ? JSONLoader.load(source) : YAMLLoader.load(source)
            for document in loaded.documents { if let root = document.root { collect(root) } }
        }
        #expect(sources.count >= 7)
        for source in sources { #expect(try #require(SchemaPattern(source)).runsOnSubset, "\(source)") }
    }

    @Test func invalidPatternsAreRefused() {
        #expect(SchemaPattern("(unclosed") == nil)
        #expect(SchemaPattern("a{2,1}") == nil)
    }

    @Test func theFallbackStillMatches() throws {
        let pattern = try #require(SchemaPattern("^(?=.*[0-9])[a-z0-9]+$"))
        #expect(!pattern.runsOnSubset)
        #expect(pattern.matches("abc1"))
        #expect(!pattern.matches("abc"))
    }

    /// Where ECMA-262 (the consumer) and the stdlib disagree, we follow ECMA-262.
    @Test func followsECMAScriptWhereTheStdlibDiffers() throws {
        let dot = try #require(ScalarPattern("^.$"))
        #expect(dot.matches("\u{0B}") == true)
        #expect(Self.stdlib("^.$", "\u{0B}") == false)
        #expect(dot.matches("\u{85}") == true)
        #expect(Self.stdlib("^.$", "\u{85}") == false)
        let space = try #require(ScalarPattern("^\\s$"))
        #expect(space.matches("\u{FEFF}") == true)
        #expect(Self.stdlib("^\\s$", "\u{FEFF}") == false)
        #expect(space.matches("\u{85}") == false)
        #expect(Self.stdlib("^\\s$", "\u{85}") == true)
    }

    @Test func pathologicalPatternsStayBounded() throws {
        let text = String(repeating: "a", count: 5000) + "!"
        let nested = try #require(ScalarPattern("^(a|aa)*(a*)*b$"))
        #expect(nested.matches(text) == false)
        let search = try #require(ScalarPattern("(a+)+b"))
        #expect(search.matches(text) == false)
        #expect(search.matches(text + "ab") == true)
    }

    @Test func compiledProgramsAreSmall() throws {
        let program = try #require(ScalarPattern("^a{2,3}$"))
        #expect(program.operations == [.start, .scalar(0x61), .scalar(0x61), .split(4, 5), .scalar(0x61), .end, .match])
        #expect(ScalarPattern("^(abcdefghij){1000}$") == nil)
    }
}
