/// Builds a Node tree from JSON bytes without recursion: open objects and
/// arrays live on an explicit stack, so nesting depth costs heap, not
/// call stack, and stops at `LoadLimits.maxDepth`.
struct JSONParser {
    /// An object or array whose closing bracket has not been read yet.
    /// Frames are kept per depth after they close so their scratch storage
    /// (at most one chunk each) is reused by the next container at that depth.
    private struct Frame {
        var isObject = false
        var start = Position(line: 1, column: 1, offset: 0)
        var members = ChunkedArray<Member>()
        var items = ChunkedArray<Node>()
        /// The key whose value is being read (objects only).
        var key: Node = JSONParser.noKey
    }

    private static let noKey = Node(.computed, span: .fileStart)

    /// Most distinct keys whose node value is shared (see `keyValue`).
    private static let internLimit = 4096
    /// Keys read before interning starts (see `keyValue`).
    private static let internAfter = 256
    private static let trueValue = Node.Value.scalar(Scalar(.bool(true), text: "true", style: .plain))
    private static let falseValue = Node.Value.scalar(Scalar(.bool(false), text: "false", style: .plain))
    private static let nullValue = Node.Value.scalar(Scalar(.null, text: "null", style: .plain))

    private(set) var scanner: JSONScanner
    private var locator: Locator
    private let limits: LoadLimits
    /// `frames[0..<depth]` are the open containers, innermost last.
    private var frames: [Frame] = []
    private var depth = 0
    /// Key values already built, by name.
    private var internedKeys: [String: Node.Value] = [:]
    /// Keys read so far: interning starts after `internAfter` of them, so
    /// a small file (the usual config) pays for no hashing.
    private var keysRead = 0
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
            case UInt8(ascii: "{"):
                try open(isObject: true)
                if scanner.current == UInt8(ascii: "}") {
                    value = close()
                } else {
                    try readKey(afterComma: false)
                    continue parsing
                }
            case UInt8(ascii: "["):
                try open(isObject: false)
                if scanner.current == UInt8(ascii: "]") {
                    value = close()
                } else {
                    continue parsing
                }
            default:
                value = try readScalar()
            }
            // Hand the finished value to its container; close containers
            // until one expects another value.
            while depth > 0 {
                let top = depth - 1
                if frames[top].isObject {
                    frames[top].members.append(Member(key: frames[top].key, value: value))
                } else {
                    frames[top].items.append(value)
                }
                scanner.skipWhitespace()
                let next = scanner.current
                if next == UInt8(ascii: ",") {
                    scanner.offset += 1
                    scanner.skipWhitespace()
                    if frames[top].isObject {
                        try readKey(afterComma: true)
                    } else if scanner.current == UInt8(ascii: "]") {
                        throw JSONSyntaxError(.trailingCommaInArray, scanner.offset, scanner.offset + 1)
                    }
                    continue parsing
                }
                if next == (frames[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    value = close()
                    continue
                }
                throw unexpected(frames[top].isObject ? .expectedCommaOrBrace : .expectedCommaOrBracket)
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

    // MARK: - Scalars

    /// Reads the string, number or keyword at `offset`, or throws naming
    /// what stands there instead of a value.
    private mutating func readScalar() throws(JSONSyntaxError) -> Node {
        let start = scanner.offset
        let value: Node.Value
        switch scanner.current {
        case UInt8(ascii: "\""):
            let string = try scanner.scanString()
            value = .scalar(Scalar(.string(string), text: string, style: .doubleQuoted))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let range = try scanner.scanNumber()
            let text = scanner.text(range)
            // The scanner enforced the RFC 8259 grammar, a subset of what
            // `Number(decimal:)` reads, so this guard never fails.
            guard let number = Number(decimal: text) else {
                throw JSONSyntaxError(.expectedValue(found: "'\(text)'"), range.lowerBound, range.upperBound)
            }
            value = .scalar(Scalar(.number(number), text: text, style: .plain))
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            // Keyword values are built once, like repeated keys.
            switch try scanner.scanKeyword() {
            case .bool(true): value = JSONParser.trueValue
            case .bool(false): value = JSONParser.falseValue
            default: value = JSONParser.nullValue
            }
        default:
            throw unexpectedValue()
        }
        return Node(value, span: locator.span(start, scanner.offset))
    }

    // MARK: - Containers

    /// Opens a frame for the bracket at `offset`, or throws when it nests
    /// too deep; leaves `offset` at the next non-whitespace byte.
    private mutating func open(isObject: Bool) throws(JSONSyntaxError) {
        let start = scanner.offset
        guard depth < limits.maxDepth else {
            throw JSONSyntaxError(.depth(limits.maxDepth), start, start + 1)
        }
        if depth == frames.count { frames.append(Frame()) }
        frames[depth].isObject = isObject
        frames[depth].start = locator.position(at: start)
        depth += 1
        scanner.offset += 1
        scanner.skipWhitespace()
    }

    /// Closes the innermost frame at its closing bracket and returns its
    /// node; an object's keys are checked for duplicates here.
    private mutating func close() -> Node {
        scanner.offset += 1
        let end = locator.position(at: scanner.offset)
        guard depth > 0 else { return JSONParser.noKey }
        depth -= 1
        let d = depth
        let span = Span(start: frames[d].start, end: end)
        guard frames[d].isObject else {
            return Node(.sequence(frames[d].items.take()), span: span)
        }
        let members = frames[d].members.take()
        let repeats = DuplicateKeys.repeatsKey(members)
        if repeats {
            duplicates += DuplicateKeys.check(members, file: locator.file.path, path: pointer())
        }
        frames[d].key = JSONParser.noKey
        var node = Node(.mapping(members), span: span)
        node.keysAreUnique = !repeats
        return node
    }

    /// The JSON Pointer of the value being read in the innermost open frame.
    private func pointer() -> String {
        var path = ""
        for frame in frames[0..<depth] {
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
        guard scanner.current == UInt8(ascii: "\"") else {
            throw unexpectedKey(afterComma: afterComma)
        }
        let name = try scanner.scanString()
        let end = scanner.offset
        if end - start - 2 > limits.maxKeyBytes, name.utf8.count > limits.maxKeyBytes {
            throw JSONSyntaxError(.keyBytes(limits.maxKeyBytes), start, end)
        }
        let key = Node(keyValue(name), span: locator.span(start, end))
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: ":") else {
            throw unexpected(.expectedColon)
        }
        scanner.offset += 1
        scanner.skipWhitespace()
        if depth > 0 {
            frames[depth - 1].key = key
        }
    }

    /// The value of a key node. Config files repeat the same few keys, and
    /// copies of a value share its string's heap buffer, so each distinct
    /// key gets one buffer (up to `internLimit` keys) instead of one per use.
    /// The first `internAfter` keys get their own: that spares a small file
    /// the hashing, and a large one still shares the keys it repeats.
    private mutating func keyValue(_ name: String) -> Node.Value {
        keysRead += 1
        if keysRead > JSONParser.internAfter, let shared = internedKeys[name] { return shared }
        let value = Node.Value.scalar(Scalar(.string(name), text: name, style: .doubleQuoted))
        guard keysRead > JSONParser.internAfter else { return value }
        if internedKeys.count < JSONParser.internLimit { internedKeys[name] = value }
        return value
    }
}
