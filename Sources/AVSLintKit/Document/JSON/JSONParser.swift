/// Builds a Node tree from JSON bytes without recursion: open objects and
/// arrays live on an explicit stack, so nesting depth costs heap, not
/// call stack, and stops at `LoadLimits.maxDepth`.
struct JSONParser {
    /// An object or array whose closing bracket has not been read yet.
    private struct Frame {
        var isObject: Bool
        var start: Position
        var members: [Member] = []
        var items: [Node] = []
        /// The key whose value is being read (objects only).
        var key: Node = JSONParser.noKey
    }

    private static let noKey = Node(.computed, span: .fileStart)

    private var scanner: JSONScanner
    private var locator: Locator
    private let limits: LoadLimits
    private var stack: [Frame] = []
    /// Duplicate keys found so far, in the order objects closed.
    private(set) var duplicates: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: SourceFile, limits: LoadLimits) {
        scanner = JSONScanner(bytes: bytes, offset: file.bomLength)
        locator = Locator(file: file)
        self.limits = limits
    }

    /// Reads the one JSON value of the text and checks nothing follows it.
    mutating func parse() throws(JSONSyntaxError) -> Node {
        var value: Node
        scanner.skipWhitespace()
        parsing: while true {
            // A value starts at `scanner.offset` (whitespace already skipped).
            switch scanner.current {
            case UInt8(ascii: "{") where !scanner.atEnd:
                try open(isObject: true)
                if scanner.current == UInt8(ascii: "}") {
                    value = close()
                } else {
                    try readKey(afterComma: false)
                    continue parsing
                }
            case UInt8(ascii: "[") where !scanner.atEnd:
                try open(isObject: false)
                if scanner.current == UInt8(ascii: "]") {
                    value = close()
                } else {
                    continue parsing
                }
            case UInt8(ascii: "\""):
                let start = scanner.offset
                let string = try scanner.scanString()
                value = Node(.scalar(Scalar(.string(string), text: string, style: .doubleQuoted)),
                             span: locator.span(start, scanner.offset))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let range = try scanner.scanNumber()
                let text = scanner.text(range)
                guard let number = Number(decimal: text) else {
                    throw JSONSyntaxError(.expectedValue(found: "'\(text)'"), range.lowerBound, range.upperBound)
                }
                value = Node(.scalar(Scalar(.number(number), text: text, style: .plain)),
                             span: locator.span(range.lowerBound, range.upperBound))
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let start = scanner.offset
                let keyword = try scanner.scanKeyword()
                value = Node(.scalar(Scalar(keyword, text: scanner.text(start..<scanner.offset), style: .plain)),
                             span: locator.span(start, scanner.offset))
            default:
                throw unexpectedValue()
            }
            // Hand the finished value to its container; close containers
            // until one expects another value.
            while let top = stack.indices.last {
                if stack[top].isObject {
                    stack[top].members.append(Member(key: stack[top].key, value: value))
                } else {
                    stack[top].items.append(value)
                }
                scanner.skipWhitespace()
                let next = scanner.atEnd ? 0 : scanner.current
                if next == UInt8(ascii: ",") {
                    scanner.offset += 1
                    scanner.skipWhitespace()
                    if stack[top].isObject {
                        try readKey(afterComma: true)
                    } else if scanner.current == UInt8(ascii: "]"), !scanner.atEnd {
                        throw JSONSyntaxError(.trailingCommaInArray, scanner.offset, scanner.offset + 1)
                    }
                    continue parsing
                }
                if next == (stack[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    value = close()
                    continue
                }
                throw unexpected(stack[top].isObject ? .expectedCommaOrBrace : .expectedCommaOrBracket)
            }
            break
        }
        scanner.skipWhitespace()
        if !scanner.atEnd {
            if scanner.commentStarts(at: scanner.offset) {
                throw JSONSyntaxError(.comment, scanner.offset, scanner.offset + 2)
            }
            let found = scanner.describe(at: scanner.offset)
            throw JSONSyntaxError(.trailingContent(found: found.text), scanner.offset, found.end)
        }
        return value
    }

    // MARK: - Containers

    /// Pushes a frame for the bracket at `offset`, or throws when it nests
    /// too deep; leaves `offset` at the next non-whitespace byte.
    private mutating func open(isObject: Bool) throws(JSONSyntaxError) {
        let start = scanner.offset
        guard stack.count < limits.maxDepth else {
            throw JSONSyntaxError(.tooDeep(limit: limits.maxDepth), start, start + 1)
        }
        stack.append(Frame(isObject: isObject, start: locator.position(at: start)))
        scanner.offset += 1
        scanner.skipWhitespace()
    }

    /// Pops the innermost frame at its closing bracket and returns its node;
    /// an object's keys are checked for duplicates here.
    private mutating func close() -> Node {
        scanner.offset += 1
        let end = locator.position(at: scanner.offset)
        guard let frame = stack.popLast() else { return JSONParser.noKey }
        let span = Span(start: frame.start, end: end)
        guard frame.isObject else { return Node(.sequence(frame.items), span: span) }
        if frame.members.count > 1 {
            let found = DuplicateKeys.check(frame.members, file: locator.file.path, path: "")
            if !found.isEmpty {
                duplicates += DuplicateKeys.check(frame.members, file: locator.file.path, path: pointer())
            }
        }
        return Node(.mapping(frame.members), span: span)
    }

    /// The JSON Pointer of the value being read in the innermost open frame.
    private func pointer() -> String {
        var path = ""
        for frame in stack {
            path = frame.isObject
                ? JSONPointer.appending(path, key: frame.key.scalar?.text ?? "")
                : JSONPointer.appending(path, index: frame.items.count)
        }
        return path
    }

    // MARK: - Keys

    /// Reads `"key" :` at `offset` into the innermost frame and skips the
    /// whitespace after the colon.
    private mutating func readKey(afterComma: Bool) throws(JSONSyntaxError) {
        let start = scanner.offset
        guard scanner.current == UInt8(ascii: "\""), !scanner.atEnd else {
            throw unexpectedKey(afterComma: afterComma)
        }
        let name = try scanner.scanString()
        let end = scanner.offset
        if end - start - 2 > limits.maxKeyBytes, name.utf8.count > limits.maxKeyBytes {
            throw JSONSyntaxError(.keyTooLong(limit: limits.maxKeyBytes), start, end)
        }
        let key = Node(.scalar(Scalar(.string(name), text: name, style: .doubleQuoted)), span: locator.span(start, end))
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: ":"), !scanner.atEnd else {
            throw unexpected(.expectedColon)
        }
        scanner.offset += 1
        scanner.skipWhitespace()
        if let top = stack.indices.last { stack[top].key = key }
    }

    // MARK: - Errors

    /// The error for what stands where a value should start.
    private func unexpectedValue() -> JSONSyntaxError {
        let o = scanner.offset
        if let special = misplacedToken(at: o) { return special }
        switch scanner.current {
        case UInt8(ascii: "+"): return JSONSyntaxError(.leadingPlus, o, o + 1)
        case UInt8(ascii: "."): return JSONSyntaxError(.leadingPoint, o, o + 1)
        default: break
        }
        let found = scanner.describe(at: o)
        if found.text == "'NaN'" || found.text == "'Infinity'" {
            return JSONSyntaxError(.notAllowed(literal: String(found.text.dropFirst().dropLast())), o, found.end)
        }
        return JSONSyntaxError(.expectedValue(found: found.text), o, found.end)
    }

    /// The error for what stands where a key should start.
    private func unexpectedKey(afterComma: Bool) -> JSONSyntaxError {
        let o = scanner.offset
        if afterComma, scanner.current == UInt8(ascii: "}"), !scanner.atEnd {
            return JSONSyntaxError(.trailingCommaInObject, o, o + 1)
        }
        if let special = misplacedToken(at: o) { return special }
        let found = scanner.describe(at: o)
        if !scanner.atEnd, scanner.isWordByte(scanner.current), !scanner.isDigit(scanner.current) {
            return JSONSyntaxError(.unquotedKey(found: found.text), o, found.end)
        }
        return JSONSyntaxError(afterComma ? .expectedKey(found: found.text) : .expectedKeyOrBrace(found: found.text), o, found.end)
    }

    /// `reason` at the current byte, unless a comment stands there.
    private func unexpected(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        let o = scanner.offset
        if scanner.commentStarts(at: o) { return JSONSyntaxError(.comment, o, o + 2) }
        return JSONSyntaxError(reason, o, scanner.describe(at: o).end)
    }

    /// A comment or a single-quoted string where a value or key should be.
    private func misplacedToken(at o: Int) -> JSONSyntaxError? {
        if scanner.commentStarts(at: o) { return JSONSyntaxError(.comment, o, o + 2) }
        if !scanner.atEnd, scanner.current == UInt8(ascii: "'") { return JSONSyntaxError(.singleQuote, o, o + 1) }
        return nil
    }
}
