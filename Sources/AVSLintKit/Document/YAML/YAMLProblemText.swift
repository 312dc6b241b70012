/// Rewrites libyaml's error texts into the short, concrete messages avslint
/// prints. Unknown texts fall back to libyaml's own words.
enum YAMLProblemText {
    /// The message for a libyaml problem.
    /// - Parameters:
    ///   - problem: libyaml's problem text.
    ///   - character: the source character at the problem (nil at the end).
    ///   - context: libyaml's context text, if any.
    ///   - contextStart: where the context starts, appended to its phrase.
    static func message(problem: String, character: Unicode.Scalar?, context: String?, contextStart: Position?) -> String {
        var text = readable(problem, character: character)
        if let context, let phrase = contextPhrase(context) {
            text += "; " + phrase
            if let contextStart { text += " at \(contextStart.line):\(contextStart.column)" }
        }
        return text
    }

    /// The message for a reader (encoding) error.
    static func readerMessage(problem: String, value: Int) -> String {
        switch problem {
        case "control characters are not allowed":
            return "control character \(hex(value)) is not allowed in YAML"
        case "invalid Unicode character":
            return "invalid Unicode character \(hex(value))"
        case "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet",
             "incomplete UTF-8 octet sequence", "invalid length of a UTF-8 sequence":
            return "invalid UTF-8 byte sequence (\(problem.replacingOccurrences("octet", "byte")))"
        default:
            return problem
        }
    }

    private static func hex(_ value: Int) -> String {
        let digits = String(max(value, 0), radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func readable(_ problem: String, character: Unicode.Scalar?) -> String {
        let isTab = character == "\t"
        switch problem {
        case "found character that cannot start any token":
            if isTab { return "found a tab character where indentation is expected" }
            if let character, character.value >= 0x20 {
                return "found character '\(character)' that cannot start any token"
            }
            return "found a character that cannot start any token"
        case "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            return "found a tab character where indentation is expected"
        case "did not find expected key":
            return "expected a key at this indentation (check the line's indentation against its siblings)"
        case "did not find expected '-' indicator":
            return "expected a '-' list item at this indentation (check the line's indentation against its siblings)"
        case "mapping values are not allowed in this context":
            return "found ':' where a mapping value is not allowed (quote a value that contains ': ')"
        case "block sequence entries are not allowed in this context":
            return "found '-' where a list item is not allowed"
        case "mapping keys are not allowed in this context":
            return "found '?' where a mapping key is not allowed"
        case "could not find expected ':'":
            return "expected ':' after this key"
        case "did not find expected ',' or ']'":
            return "expected ',' or ']' in a flow sequence"
        case "did not find expected ',' or '}'":
            return "expected ',' or '}' in a flow mapping"
        case "did not find expected node content":
            return "expected a value"
        case "did not find expected <document start>":
            return "expected '---' before the next document"
        case "found unexpected end of stream":
            return "unexpected end of file"
        case "found unknown escape character":
            return "unknown escape sequence in a double-quoted string"
        case "found unexpected document indicator":
            return "found a document marker ('---' or '...') inside a quoted string"
        case "did not find expected alphabetic or numeric character":
            return "expected a letter or digit"
        case "found undefined tag handle":
            return "undefined tag handle"
        case "did not find URI escaped octet", "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet":
            return "malformed escape in a tag"
        case "did not find expected comment or line break":
            return "expected a comment or the end of the line"
        case "found invalid Unicode character escape code":
            return "invalid Unicode escape in a double-quoted string"
        case "did not find expected hexdecimal number":
            return "expected hexadecimal digits in an escape sequence"
        case "found an indentation indicator equal to 0":
            return "a block scalar's indentation indicator cannot be 0"
        case "did not find expected whitespace or line break":
            return "expected a space or the end of the line"
        case "found unexpected ':'":
            return "found unexpected ':' (quote the value)"
        default:
            return problem
        }
    }

    private static func contextPhrase(_ context: String) -> String? {
        switch context {
        case "while parsing a block mapping": return "in the mapping that starts"
        case "while parsing a block collection": return "in the list that starts"
        case "while parsing a flow sequence": return "in the flow sequence that starts"
        case "while parsing a flow mapping": return "in the flow mapping that starts"
        case "while scanning a simple key": return "for the key that starts"
        case "while scanning a quoted scalar", "while parsing a quoted scalar": return "in the quoted string that starts"
        case "while scanning a plain scalar": return "in the value that starts"
        case "while scanning a block scalar": return "in the block scalar that starts"
        case "while parsing a block node", "while parsing a flow node": return "for the node that starts"
        case "while scanning an anchor": return "in the anchor that starts"
        case "while scanning an alias": return "in the alias that starts"
        case "while scanning a tag": return "in the tag that starts"
        case "while parsing a tag", "while scanning a tag directive", "while parsing a tag directive",
             "while parsing a %TAG directive":
            return "in the tag that starts"
        case "while scanning for the next token": return nil
        case "while parsing a node": return "for the node that starts"
        case "while scanning a %TAG directive", "while scanning a %YAML directive", "while scanning a directive":
            return "in the directive that starts"
        default:
            return context.hasPrefix("while ") ? context + " that starts" : nil
        }
    }
}

private extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
