/// Why JavaScript text cannot be read as a launch-config literal, and the
/// bytes that show it.
typealias JSSyntaxError = SyntaxError<JSSyntaxReason>

/// What went wrong in JavaScript text: the one place that words the
/// JavaScript loader's findings. `found` values are rendered by `JSTokenizer.describe(_:)`.
enum JSSyntaxReason: SyntaxReason {
    case unterminatedString
    case unterminatedComment
    case unterminatedTemplate
    case expectedKey(found: String)
    case expectedColon(found: String)
    case expectedCommaOrBrace(found: String)
    case expectedCommaOrBracket(found: String)
    case unclosed(opening: String, closing: String)

    var message: String {
        switch self {
        case .unterminatedString: return "unterminated string: expected the closing quote before the end of the line"
        case .unterminatedComment: return "unterminated comment: expected '*/' before end of file"
        case .unterminatedTemplate: return "unterminated template literal: expected '`' before end of file"
        case .expectedKey(let found): return "expected a property name or '}', found \(found)"
        case .expectedColon(let found): return "expected ':' after property name, found \(found)"
        case .expectedCommaOrBrace(let found): return "expected ',' or '}' after object member, found \(found)"
        case .expectedCommaOrBracket(let found): return "expected ',' or ']' after array element, found \(found)"
        case .unclosed(let opening, let closing): return "'\(opening)' is never closed: expected '\(closing)' before end of file"
        }
    }
}
