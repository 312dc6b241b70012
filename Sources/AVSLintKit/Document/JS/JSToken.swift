/// One JavaScript token: what kind it is and the bytes it covers. Tokens
/// hold no text of their own; readers look at the file's bytes.
struct JSToken {
    /// The kinds of token the tokenizer tells apart.
    enum Kind: Equatable {
        /// A name or keyword (`wx`, `return`, `udeskAvsMiniReferer`).
        case identifier
        /// A `'…'` or `"…"` string; `hasEscape` when it holds a backslash.
        case string(hasEscape: Bool)
        /// A template literal without substitutions: `` `…` ``.
        case template
        /// `` `…${ ``: a template up to its first substitution.
        case templateHead
        /// `` }…${ ``: between two substitutions.
        case templateMiddle
        /// `` }…` ``: after the last substitution.
        case templateTail
        /// A numeric literal.
        case number
        /// A regular expression literal with its flags.
        case regex
        /// JSX markup and text (`<Text>Don't click</Text>`), up to the end
        /// of the element or a `{` that opens an expression container.
        case jsx
        /// An operator or bracket; the bytes say which.
        case punctuator
        /// The end of the text.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// First byte.
    var start: Int
    /// Just past the last byte.
    var end: Int

    /// The number of bytes.
    var length: Int { end - start }
}

/// Comparing tokens with the bytes they cover.
extension JSTokenizer {
    /// True when `token` is the one-byte punctuator `byte`.
    @inline(__always)
    func isPunct(_ token: JSToken, _ byte: UInt8) -> Bool {
        token.kind == .punctuator && token.length == 1 && bytes[token.start] == byte
    }

    /// True when `token` is the punctuator `text` (ASCII).
    func isPunct(_ token: JSToken, _ text: StaticString) -> Bool {
        token.kind == .punctuator && matches(token, text)
    }

    /// True when `token` is the identifier `word` (ASCII).
    func isWord(_ token: JSToken, _ word: StaticString) -> Bool {
        token.kind == .identifier && matches(token, word)
    }

    /// True when the bytes of `token` are exactly `text`.
    func matches(_ token: JSToken, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard token.length == length else { return false }
        return text.withUTF8Buffer { expected in
            for k in 0..<length where bytes[token.start + k] != expected[k] { return false }
            return true
        }
    }

    /// The token's bytes as a String.
    func text(_ token: JSToken) -> String {
        text(token.start..<token.end)
    }

    /// The bytes of `range` as a String.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
