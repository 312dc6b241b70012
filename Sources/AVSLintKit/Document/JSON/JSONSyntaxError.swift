/// Why a JSON text cannot be loaded, and the bytes that show it.
typealias JSONSyntaxError = SyntaxError<JSONSyntaxReason>

/// What went wrong in a JSON text: the one place that words the JSON
/// loader's findings. `found` values are already rendered by
/// `JSONScanner.describe(at:)` (`'x'`, `end of file`, `U+000A`).
enum JSONSyntaxReason: SyntaxReason {
    case expectedValue(found: String)
    case expectedKeyOrBrace(found: String)
    case expectedKey(found: String)
    case unquotedKey(found: String)
    case trailingCommaInObject
    case trailingCommaInArray
    case expectedColon
    case expectedCommaOrBrace
    case expectedCommaOrBracket
    case trailingContent(found: String)
    case comment
    case singleQuote
    case notAllowed(literal: String)
    case leadingZero
    case leadingPlus
    case leadingPoint
    case expectedDigitAfterMinus(found: String)
    case expectedFractionDigit(found: String)
    case expectedExponentDigit(found: String)
    case controlCharacter(UInt8)
    case invalidEscape(found: String)
    case invalidUnicodeEscape
    case unterminatedString
    case invalidUTF8(UInt8)

    var message: String {
        switch self {
        case .expectedValue(let found): return "expected a JSON value, found \(found)"
        case .expectedKeyOrBrace(let found): return "expected a string key or '}', found \(found)"
        case .expectedKey(let found): return "expected a string key, found \(found)"
        case .unquotedKey(let found): return "expected a string key, found \(found) (keys must be double-quoted in JSON)"
        case .trailingCommaInObject: return "expected a string key after ',' (trailing commas are not allowed in JSON)"
        case .trailingCommaInArray: return "expected a value after ',' (trailing commas are not allowed in JSON)"
        case .expectedColon: return "expected ':' after object key"
        case .expectedCommaOrBrace: return "expected ',' or '}' after object member"
        case .expectedCommaOrBracket: return "expected ',' or ']' after array element"
        case .trailingContent(let found): return "unexpected \(found) after the JSON value"
        case .comment: return "comments are not allowed in JSON"
        case .singleQuote: return "single-quoted strings are not allowed in JSON; use double quotes"
        case .notAllowed(let literal): return "'\(literal)' is not allowed in JSON"
        case .leadingZero: return "leading zeros are not allowed in JSON numbers"
        case .leadingPlus: return "a JSON number cannot start with '+'"
        case .leadingPoint: return "a JSON number cannot start with '.'; write a digit before it"
        case .expectedDigitAfterMinus(let found): return "expected a digit after '-', found \(found)"
        case .expectedFractionDigit(let found): return "expected a digit after '.', found \(found)"
        case .expectedExponentDigit(let found): return "expected a digit in the exponent, found \(found)"
        case .controlCharacter(let byte):
            return "unescaped control character \(JSONSyntaxReason.codePoint(UInt32(byte))) in string"
        case .invalidEscape(let found): return "invalid escape \(found) in string"
        case .invalidUnicodeEscape: return "expected 4 hex digits after '\\u'"
        case .unterminatedString: return "unterminated string: expected '\"' before end of file"
        case .invalidUTF8(let byte): return "invalid UTF-8 byte 0x\(JSONSyntaxReason.hex(UInt32(byte), width: 2))"
        }
    }

    /// `U+000A` for a code point.
    static func codePoint(_ value: UInt32) -> String {
        "U+" + hex(value, width: 4)
    }

    /// Uppercase hex, zero-padded to `width`.
    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
