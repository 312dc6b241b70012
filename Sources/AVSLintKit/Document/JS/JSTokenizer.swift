/// Splits JavaScript (and TypeScript) text into tokens, one at a time.
///
/// It knows comments, strings, template literals (with `${…}` nesting kept
/// on a heap stack), numbers, identifiers, punctuators and regular
/// expressions, which it tells from division by the token before the `/`.
/// Every byte sequence is consumed: an unknown byte is a one-byte
/// punctuator, and a `/` that cannot end as a regular expression on its
/// line is division. Only an unterminated string, comment or template
/// throws, because after one nothing that follows can be read reliably.
///
/// With `allowsJSX` (`.js`, `.jsx`, `.tsx`, not `.ts`), a `<` where an
/// expression starts opens a JSX element when the element is well formed
/// up to its matching closing tag (see `JSTokenizer+JSX.swift`); its
/// markup and text are `.jsx` tokens and its `{…}` containers are code.
struct JSTokenizer {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var offset: Int
    /// Where the text ends (a `.vue` script block ends before `</script>`).
    let limit: Int
    /// The last token returned, for the regular-expression rule.
    var previous = JSToken(kind: .end, start: 0, end: 0)
    /// Open `{` that are not template substitutions or JSX containers.
    var braceDepth = 0
    /// For each open `${` or JSX `{`: the brace depth at which its `}`
    /// resumes the template or the JSX markup, and what it resumes.
    var resumes: [(depth: Int, what: Resume)] = []
    /// True to read JSX (`.js`, `.jsx`, `.tsx`; never `.ts`, where `<T>x` is a cast).
    var allowsJSX = false
    /// JSX elements begun and not yet closed (suspended in containers included).
    var jsxRoots = 0
    /// How many look-aheads deep this tokenizer is (see `JSTokenizer+JSX.swift`).
    var probeDepth = 0
    /// Set when JSX markup turned out malformed (ends a look-ahead).
    var jsxBroken = false
    /// Look-ahead answers and budget, shared with copies.
    let probes: JSXProbes

    /// What a `}` closing a substitution or a container goes back to.
    enum Resume {
        /// Template text; the template started at this byte.
        case template(start: Int)
        /// JSX markup in this state.
        case jsx(JSXState)
    }
    /// The byte ranges of the comments read so far, when collecting.
    private(set) var comments: [Range<Int>] = []
    /// True to record comments (for suppression directives).
    var collectComments = false

    /// Reads `bytes[start..<limit]`.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, limit: Int) {
        self.bytes = bytes
        offset = start
        self.limit = min(limit, bytes.count)
        probes = JSXProbes(textLength: max(0, self.limit - start))
    }

    /// The byte at `index`, or 0 at or past the limit.
    @inline(__always) func byte(at index: Int) -> UInt8 { index < limit ? bytes[index] : 0 }

    // MARK: - Tokens

    /// The next token; `.end` at the limit (and again on every later call).
    mutating func next() throws(JSSyntaxError) -> JSToken {
        try skipTrivia()
        let token = try scan()
        if token.kind != .end { previous = token }
        return token
    }

    private mutating func scan() throws(JSSyntaxError) -> JSToken {
        let start = offset
        guard start < limit else { return JSToken(kind: .end, start: limit, end: limit) }
        let b = bytes[start]
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try scanString(quote: b)
        case UInt8(ascii: "`"):
            return try scanTemplate(from: start + 1, start: start, resumed: false)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return scanNumber()
        case UInt8(ascii: "."):
            if JSTokenizer.isDigit(byte(at: start + 1)) { return scanNumber() }
            return punctuator(byte(at: start + 1) == b && byte(at: start + 2) == b ? 3 : 1)
        case UInt8(ascii: "/"):
            if regexAllowed, let end = regexEnd(from: start) {
                offset = end
                return JSToken(kind: .regex, start: start, end: end)
            }
            return punctuator(byte(at: start + 1) == UInt8(ascii: "=") ? 2 : 1)
        case UInt8(ascii: "{"):
            braceDepth += 1
            return punctuator(1)
        case UInt8(ascii: "}"):
            if let open = resumes.last, open.depth == braceDepth {
                resumes.removeLast()
                switch open.what {
                case .template(let templateStart):
                    return try scanTemplate(from: start + 1, start: templateStart, resumed: true)
                case .jsx(let state):
                    return scanJSX(from: start + 1, state: state)
                }
            }
            braceDepth = max(0, braceDepth - 1)
            return punctuator(1)
        case UInt8(ascii: "<") where allowsJSX && expressionMayStart && startsJSXElement(at: start):
            jsxRoots += 1
            return scanJSX(from: start, state: JSXState())
        default:
            if JSTokenizer.isIdentifierStart(b) || b == UInt8(ascii: "\\") { return scanIdentifier() }
            if b >= 0x80 {
                // Not whitespace (skipTrivia took that): a Unicode letter.
                return scanIdentifier()
            }
            return punctuator(operatorLength(at: start))
        }
    }

    /// Ends a punctuator of `length` bytes at `offset`.
    private mutating func punctuator(_ length: Int) -> JSToken {
        let start = offset
        offset = min(limit, start + length)
        return JSToken(kind: .punctuator, start: start, end: offset)
    }

    /// The length of the longest operator at `start` (at least 1).
    private func operatorLength(at start: Int) -> Int {
        let b = bytes[start]
        let b1 = byte(at: start + 1)
        let b2 = byte(at: start + 2)
        let eq = UInt8(ascii: "=")
        switch b {
        case UInt8(ascii: "="):
            if b1 == UInt8(ascii: ">") { return 2 }
            if b1 == eq { return b2 == eq ? 3 : 2 }
            return 1
        case UInt8(ascii: "!"):
            if b1 == eq { return b2 == eq ? 3 : 2 }
            return 1
        case UInt8(ascii: "?"):
            if b1 == UInt8(ascii: "."), !JSTokenizer.isDigit(b2) { return 2 }
            if b1 == UInt8(ascii: "?") { return b2 == eq ? 3 : 2 }
            return 1
        case UInt8(ascii: "<"):
            if b1 == b { return b2 == eq ? 3 : 2 }
            return b1 == eq ? 2 : 1
        case UInt8(ascii: ">"):
            if b1 == b {
                if b2 == b { return byte(at: start + 3) == eq ? 4 : 3 }
                return b2 == eq ? 3 : 2
            }
            return b1 == eq ? 2 : 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return b1 == b || b1 == eq ? 2 : 1
        case UInt8(ascii: "*"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            if b1 == b { return b2 == eq ? 3 : 2 }
            return b1 == eq ? 2 : 1
        case UInt8(ascii: "%"), UInt8(ascii: "^"):
            return b1 == eq ? 2 : 1
        default:
            return 1
        }
    }

    // MARK: - Regular expressions

    /// Whether a `/` here starts a regular expression, judged by the token
    /// before it: at the start, after an operator, an opening bracket, `}`,
    /// or a keyword that precedes an expression.
    private var regexAllowed: Bool { expressionMayStart }

    /// Whether an operand (a regular expression, a JSX element) may start
    /// here, judged by the token before it.
    var expressionMayStart: Bool {
        switch previous.kind {
        case .end, .templateHead, .templateMiddle, .jsx:
            return true
        case .identifier:
            return isExpressionKeyword(previous)
        case .punctuator:
            let b = bytes[previous.start]
            if previous.length == 1 {
                return b != UInt8(ascii: ")") && b != UInt8(ascii: "]")
            }
            // `++`/`--` are mostly postfix: division follows.
            return !(previous.length == 2 && (b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) && bytes[previous.start + 1] == b)
        default:
            return false
        }
    }

    /// Keywords after which an expression (so a regular expression) starts.
    private func isExpressionKeyword(_ token: JSToken) -> Bool {
        switch token.length {
        case 2: return matches(token, "in") || matches(token, "of") || matches(token, "do")
        case 3: return matches(token, "new")
        case 4: return matches(token, "case") || matches(token, "else") || matches(token, "void")
        case 5: return matches(token, "throw") || matches(token, "yield") || matches(token, "await")
        case 6: return matches(token, "return") || matches(token, "typeof") || matches(token, "delete")
        case 10: return matches(token, "instanceof")
        default: return false
        }
    }

    /// The end of the regular expression whose `/` is at `start` (flags
    /// included), or nil when none ends on this line.
    private func regexEnd(from start: Int) -> Int? {
        var o = start + 1
        var inClass = false
        while o < limit {
            let b = bytes[o]
            switch b {
            case 0x0A, 0x0D:
                return nil
            case UInt8(ascii: "\\"):
                let next = byte(at: o + 1)
                if next == 0x0A || next == 0x0D || o + 1 >= limit { return nil }
                o += 2
                continue
            case UInt8(ascii: "["):
                inClass = true
            case UInt8(ascii: "]"):
                inClass = false
            case UInt8(ascii: "/") where !inClass:
                if o == start + 1 { return nil }
                o += 1
                while o < limit, JSTokenizer.isIdentifierPart(bytes[o]) { o += 1 }
                return o
            default:
                break
            }
            o += 1
        }
        return nil
    }

    // MARK: - Identifiers and numbers

    private mutating func scanIdentifier() -> JSToken {
        let start = offset
        var o = start
        while o < limit {
            let b = bytes[o]
            if JSTokenizer.isIdentifierPart(b) {
                o += 1
            } else if b == UInt8(ascii: "\\") {
                o += 2
            } else if b >= 0x80 {
                let end = JSTokenizer.scalarEnd(bytes, at: o, limit: limit)
                if isUnicodeSpace(o, end) { break }
                o = end
            } else {
                break
            }
        }
        offset = min(o, limit)
        return JSToken(kind: .identifier, start: start, end: offset)
    }

    /// Reads a numeric literal: `0x`, `0o`, `0b`, decimal with fraction and
    /// exponent, `_` separators, a BigInt `n`. Stops at the first byte that
    /// cannot continue it.
    private mutating func scanNumber() -> JSToken {
        let start = offset
        var o = start
        let b1 = byte(at: start + 1) | 0x20
        if bytes[start] == UInt8(ascii: "0"), b1 == UInt8(ascii: "x") || b1 == UInt8(ascii: "o") || b1 == UInt8(ascii: "b") {
            o += 2
            while o < limit, JSTokenizer.isHexDigit(bytes[o]) || bytes[o] == UInt8(ascii: "_") { o += 1 }
        } else {
            while o < limit, JSTokenizer.isDigit(bytes[o]) || bytes[o] == UInt8(ascii: "_") { o += 1 }
            if byte(at: o) == UInt8(ascii: ".") {
                o += 1
                while o < limit, JSTokenizer.isDigit(bytes[o]) || bytes[o] == UInt8(ascii: "_") { o += 1 }
            }
            if byte(at: o) | 0x20 == UInt8(ascii: "e") {
                var e = o + 1
                if byte(at: e) == UInt8(ascii: "+") || byte(at: e) == UInt8(ascii: "-") { e += 1 }
                if JSTokenizer.isDigit(byte(at: e)) {
                    o = e
                    while o < limit, JSTokenizer.isDigit(bytes[o]) || bytes[o] == UInt8(ascii: "_") { o += 1 }
                }
            }
        }
        if byte(at: o) == UInt8(ascii: "n") { o += 1 }
        offset = o
        return JSToken(kind: .number, start: start, end: o)
    }

    // MARK: - Strings and templates

    /// Reads a `'…'` or `"…"` string; a line break before the closing quote
    /// (other than an escaped one) leaves it unterminated.
    private mutating func scanString(quote: UInt8) throws(JSSyntaxError) -> JSToken {
        let start = offset
        var o = start + 1
        var escaped = false
        while o < limit {
            let b = bytes[o]
            if b == quote {
                offset = o + 1
                return JSToken(kind: .string(hasEscape: escaped), start: start, end: o + 1)
            }
            switch b {
            case UInt8(ascii: "\\"):
                escaped = true
                if byte(at: o + 1) == 0x0D, byte(at: o + 2) == 0x0A { o += 3 } else { o += 2 }
            case 0x0A, 0x0D:
                throw JSSyntaxError(.unterminatedString, start, start + 1)
            default:
                o += 1
            }
        }
        throw JSSyntaxError(.unterminatedString, start, start + 1)
    }

    /// Reads template text from `from` up to a closing `` ` `` or the next
    /// `${`. `start` is where the whole template began (for the error).
    private mutating func scanTemplate(from: Int, start: Int, resumed: Bool) throws(JSSyntaxError) -> JSToken {
        let tokenStart = offset
        var o = from
        while o < limit {
            switch bytes[o] {
            case UInt8(ascii: "`"):
                offset = o + 1
                return JSToken(kind: resumed ? .templateTail : .template, start: tokenStart, end: o + 1)
            case UInt8(ascii: "\\"):
                o += 2
            case UInt8(ascii: "$") where byte(at: o + 1) == UInt8(ascii: "{"):
                offset = o + 2
                resumes.append((braceDepth, .template(start: start)))
                return JSToken(kind: resumed ? .templateMiddle : .templateHead, start: tokenStart, end: o + 2)
            default:
                o += 1
            }
        }
        throw JSSyntaxError(.unterminatedTemplate, start, start + 1)
    }

    // MARK: - Whitespace and comments

    /// Skips whitespace, line terminators and comments (a leading `#!` line too).
    private mutating func skipTrivia() throws(JSSyntaxError) {
        while offset < limit {
            let b = bytes[offset]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                offset += 1
            case UInt8(ascii: "/"):
                let next = byte(at: offset + 1)
                if next == UInt8(ascii: "/") {
                    skipLineComment()
                } else if next == UInt8(ascii: "*") {
                    try skipBlockComment()
                } else {
                    return
                }
            case UInt8(ascii: "#") where previous.kind == .end && byte(at: offset + 1) == UInt8(ascii: "!"):
                skipLineComment()
            default:
                guard b >= 0x80 else { return }
                let end = JSTokenizer.scalarEnd(bytes, at: offset, limit: limit)
                guard isUnicodeSpace(offset, end) else { return }
                offset = end
            }
        }
    }

    private mutating func skipLineComment() {
        let start = offset
        var o = offset + 2
        while o < limit, bytes[o] != 0x0A, bytes[o] != 0x0D { o += 1 }
        offset = o
        if collectComments { comments.append(start..<o) }
    }

    private mutating func skipBlockComment() throws(JSSyntaxError) {
        let start = offset
        var o = offset + 2
        while o + 1 < limit {
            if bytes[o] == UInt8(ascii: "*"), bytes[o + 1] == UInt8(ascii: "/") {
                offset = o + 2
                if collectComments { comments.append(start..<offset) }
                return
            }
            o += 1
        }
        throw JSSyntaxError(.unterminatedComment, start, start + 2)
    }

    /// True when the scalar in `bytes[start..<end]` is Unicode white space
    /// (no-break space, BOM, line and paragraph separators, ideographic space…).
    private func isUnicodeSpace(_ start: Int, _ end: Int) -> Bool {
        guard let scalar = JSTokenizer.decodeScalar(bytes, start, end) else { return false }
        return scalar.value == 0xFEFF || scalar.properties.isWhitespace
    }
}
