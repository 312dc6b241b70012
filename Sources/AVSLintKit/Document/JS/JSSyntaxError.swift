/// Why JavaScript text cannot be read as a launch-config literal, and the
/// bytes that show it. The one place that words the JavaScript loader's findings.
struct JSSyntaxError: Error {
    /// What went wrong. `found` values are rendered by `JSTokenizer.describe(_:)`.
    enum Reason {
        case unterminatedString
        case unterminatedComment
        case unterminatedTemplate
        case expectedKey(found: String)
        case expectedColon(found: String)
        case expectedCommaOrBrace(found: String)
        case expectedCommaOrBracket(found: String)
        case unclosed(opening: String, closing: String)
        case tooDeep(limit: Int)
        case keyTooLong(limit: Int)
    }

    /// What went wrong.
    var reason: Reason
    /// First byte of the offending text.
    var start: Int
    /// Just past the offending text.
    var end: Int

    init(_ reason: Reason, _ start: Int, _ end: Int) {
        self.reason = reason
        self.start = start
        self.end = max(start, end)
    }

    /// `document-too-complex` for limits, else `syntax-error`.
    var ruleID: String {
        switch reason {
        case .tooDeep, .keyTooLong: return BuiltinRule.documentTooComplex
        default: return BuiltinRule.syntaxError
        }
    }

    /// The finding's message.
    var message: String {
        switch reason {
        case .unterminatedString: return "unterminated string: expected the closing quote before the end of the line"
        case .unterminatedComment: return "unterminated comment: expected '*/' before end of file"
        case .unterminatedTemplate: return "unterminated template literal: expected '`' before end of file"
        case .expectedKey(let found): return "expected a property name or '}', found \(found)"
        case .expectedColon(let found): return "expected ':' after property name, found \(found)"
        case .expectedCommaOrBrace(let found): return "expected ',' or '}' after object member, found \(found)"
        case .expectedCommaOrBracket(let found): return "expected ',' or ']' after array element, found \(found)"
        case .unclosed(let opening, let closing): return "'\(opening)' is never closed: expected '\(closing)' before end of file"
        case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
        case .keyTooLong(let limit): return "key longer than \(limit) bytes"
        }
    }
}
