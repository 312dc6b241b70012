/// Where the cursor is in a document that may not parse (it is being
/// typed): the path of the mapping around it, and whether it is on a key or
/// on the value of a key. Read from the text before the cursor: YAML block
/// style by indentation, JSON and JavaScript by brackets.
struct CursorContext: Sendable, Equatable {
    /// What the cursor is on.
    enum Slot: Sendable, Equatable {
        /// A key (possibly partly typed).
        case key
        /// The value of `key`.
        case value(key: String)
    }

    /// The path of the mapping the cursor is in.
    var path: [PathStep]
    /// Key or value.
    var slot: Slot
    /// Byte offset where the partly typed word starts (its opening quote included).
    var wordStart: Int
    /// The quote the word opens with, if any.
    var quote: UInt8?
    /// Keys already in the mapping (the root's when `path` is empty).
    var siblings: Set<String>
    /// The column (in bytes) of the mapping's keys (for snippet indentation).
    var indent: Int
    /// True inside a YAML flow collection, where a key takes no snippet.
    var isFlow = false

    /// The context at byte `offset` of `lines`, read as `format`; nil where
    /// no launch-config mapping is around the cursor.
    static func at(_ offset: Int, in lines: TextLines, format: InputFormat) -> CursorContext? {
        switch format {
        case .yaml: return YAMLCursor(lines: lines).context(at: offset)
        case .json, .javascript: return BracketCursor(bytes: lines.bytes, isScript: format == .javascript).context(at: offset)
        }
    }

    /// Where the word ending at `offset` starts: identifier characters and
    /// `-`, and an opening quote before them.
    static func wordStart(before offset: Int, in bytes: [UInt8]) -> (start: Int, quote: UInt8?) {
        var start = offset
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        if start > 0, bytes[start - 1] == UInt8(ascii: "\"") || bytes[start - 1] == UInt8(ascii: "'") {
            return (start - 1, bytes[start - 1])
        }
        return (start, nil)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "-"):
            return true
        default:
            return byte >= 0x80
        }
    }
}

/// YAML block style: the parents of a line are the lines above it with less indentation.
private struct YAMLCursor {
    let lines: TextLines

    /// One line, as far as the outline needs it.
    struct Line {
        var dashes: [Int] = []
        var keyColumn = 0
        var key: String?
        var hasValue = false
        var isBlank = false
        var isMarker = false
        /// The leftmost content column.
        var first: Int { dashes.first ?? keyColumn }
    }

    func parse(_ line: Int, upTo limit: Int? = nil) -> Line {
        let start = lines.lineStarts[line]
        let end = limit ?? lines.contentEnd(ofLine: line)
        let bytes = lines.bytes
        var out = Line()
        var i = start
        while i < end, bytes[i] == 0x20 { i += 1 }
        if i == end || bytes[i] == UInt8(ascii: "#") {
            out.isBlank = true
            return out
        }
        if i == start, end - start >= 3, bytes[start..<start + 3].elementsEqual("---".utf8) || bytes[start..<start + 3].elementsEqual("...".utf8) {
            out.isMarker = true
            return out
        }
        while i < end, bytes[i] == UInt8(ascii: "-"), i + 1 == end || bytes[i + 1] == 0x20 {
            out.dashes.append(i - start)
            i += 1
            while i < end, bytes[i] == 0x20 { i += 1 }
        }
        out.keyColumn = i - start
        if i == end { return out }
        var keyEnd = i
        var nameStart = i
        var nameEnd = i
        if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
            let quote = bytes[i]
            keyEnd = i + 1
            while keyEnd < end, bytes[keyEnd] != quote { keyEnd += 1 }
            nameStart = i + 1
            nameEnd = keyEnd
            keyEnd += 1
            guard keyEnd < end, bytes[keyEnd] == UInt8(ascii: ":") else { return out }
        } else {
            while keyEnd < end {
                if bytes[keyEnd] == UInt8(ascii: ":"), keyEnd + 1 == end || bytes[keyEnd + 1] == 0x20 || bytes[keyEnd + 1] == 0x09 { break }
                if bytes[keyEnd] == UInt8(ascii: "#"), keyEnd > i, bytes[keyEnd - 1] == 0x20 { return out }
                keyEnd += 1
            }
            guard keyEnd < end else { return out }
            nameEnd = keyEnd
            while nameEnd > nameStart, bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        }
        out.key = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        var v = keyEnd + 1
        while v < end, bytes[v] == 0x20 || bytes[v] == 0x09 { v += 1 }
        if v < end, bytes[v] != UInt8(ascii: "#") {
            // An anchor or tag alone still opens a nested mapping.
            let rest = bytes[v..<end]
            let alone = (rest.first == UInt8(ascii: "&") || rest.first == UInt8(ascii: "!")) && !rest.contains(0x20)
            out.hasValue = !alone
        }
        return out
    }

    func context(at offset: Int) -> CursorContext? {
        let cursor = lines.position(of: offset, encoding: .utf8)
        let lineStart = lines.lineStarts[cursor.line]
        let bytes = lines.bytes
        var current = parse(cursor.line, upTo: offset)
        if current.isBlank { current.keyColumn = offset - lineStart }
        if let flow = bytes[lineStart..<offset].firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) {
            return flowContext(at: offset, flowStart: flow)
        }
        let slot: CursorContext.Slot
        let word: (start: Int, quote: UInt8?)
        if let key = current.key {
            slot = .value(key: key)
            word = CursorContext.wordStart(before: offset, in: bytes)
        } else {
            word = CursorContext.wordStart(before: offset, in: bytes)
            guard word.start == lineStart + current.keyColumn else { return nil }
            slot = .key
        }
        var suffix: [PathStep] = Array(repeating: .item, count: current.dashes.count)
        var need = current.dashes.first ?? current.keyColumn
        var inSequence = !current.dashes.isEmpty
        var siblings: Set<String> = []
        var path: [PathStep] = []
        var line = cursor.line - 1
        var atCursorLevel = !inSequence
        while line >= 0 {
            let above = parse(line)
            line -= 1
            if above.isMarker { break }
            if above.isBlank || above.first > need { continue }
            if inSequence {
                if let first = above.dashes.first, first == need { continue }
                guard let key = above.key, !above.hasValue, above.keyColumn <= need else { return nil }
                path.insert(.key(key), at: 0)
                path.insert(contentsOf: Array(repeating: PathStep.item, count: above.dashes.count), at: 0)
                need = above.first
                inSequence = !above.dashes.isEmpty
                continue
            }
            if above.keyColumn == need, above.key != nil || above.dashes.isEmpty {
                if atCursorLevel, let key = above.key { siblings.insert(key) }
                if !above.dashes.isEmpty {
                    suffix = Array(repeating: .item, count: above.dashes.count) + suffix
                    need = above.first
                    inSequence = true
                    atCursorLevel = false
                }
                continue
            }
            guard let key = above.key, !above.hasValue, above.keyColumn < need else { return nil }
            path.insert(.key(key), at: 0)
            path.insert(contentsOf: Array(repeating: PathStep.item, count: above.dashes.count), at: 0)
            need = above.first
            inSequence = !above.dashes.isEmpty
            atCursorLevel = false
        }
        let fullPath = path + suffix
        if fullPath.isEmpty { siblings = rootKeys(around: cursor.line) }
        return CursorContext(path: fullPath, slot: slot, wordStart: word.start, quote: word.quote,
                             siblings: siblings, indent: current.keyColumn)
    }

    /// Inside a flow collection (`key: {a: 1, |}`): the block context of
    /// where the collection starts, then the brackets from there.
    private func flowContext(at offset: Int, flowStart: Int) -> CursorContext? {
        guard let outer = context(at: flowStart),
              var inner = BracketCursor(bytes: Array(lines.bytes[flowStart..<offset]), isScript: false).context(at: offset - flowStart)
        else { return nil }
        if case .value(let key) = outer.slot { inner.path.insert(.key(key), at: 0) }
        inner.path.insert(contentsOf: outer.path, at: 0)
        inner.wordStart += flowStart
        inner.isFlow = true
        return inner
    }

    /// The keys at column 0 of the YAML document holding `line`.
    func rootKeys(around line: Int) -> Set<String> {
        var keys: Set<String> = []
        var first = line
        while first > 0, !parse(first - 1).isMarker { first -= 1 }
        var index = first
        while index < lines.lineStarts.count {
            let parsed = parse(index)
            if parsed.isMarker, index > first { break }
            if index != line, parsed.dashes.isEmpty, parsed.keyColumn == 0, let key = parsed.key { keys.insert(key) }
            index += 1
        }
        return keys
    }
}

/// JSON and JavaScript: the brackets open before the cursor, each with the
/// key it is the value of.
private struct BracketCursor {
    let bytes: [UInt8]
    let isScript: Bool

    /// One open bracket.
    struct Open {
        var isObject: Bool
        /// The key this bracket is the value of.
        var key: String?
        /// True when it is the first argument of `navigateToMiniProgram(`.
        var isLaunchOptions = false
        /// True when it is assigned to `….udeskAvsMiniReferer`.
        var isReferer = false
        /// Keys seen in it so far, and the last one.
        var keys: Set<String> = []
        var lastKey: String?
        /// A `:` follows the last key and no `,` since.
        var inValue = false
        var indent = 0
        /// The first key's column, for snippets.
        var keyColumn: Int?
    }

    func context(at offset: Int) -> CursorContext? {
        let word = CursorContext.wordStart(before: offset, in: bytes)
        var stack: [Open] = []
        var i = 0
        var lastString: String?
        var lastWord: String?
        var previous: [String] = []
        func note(_ token: String) {
            previous.append(token)
            if previous.count > 4 { previous.removeFirst() }
        }
        while i < word.start {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                var j = i + 1
                while j < word.start, bytes[j] != byte {
                    if bytes[j] == UInt8(ascii: "\\") { j += 1 }
                    j += 1
                }
                lastString = String(decoding: bytes[(i + 1)..<min(j, word.start)], as: UTF8.self)
                note("string")
                i = j + 1
                continue
            case UInt8(ascii: "/") where isScript && i + 1 < word.start && bytes[i + 1] == UInt8(ascii: "/"):
                while i < word.start, bytes[i] != 0x0A { i += 1 }
                continue
            case UInt8(ascii: "/") where isScript && i + 1 < word.start && bytes[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i + 1 < word.start, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("):
                var open = Open(isObject: byte == UInt8(ascii: "{"))
                if let top = stack.last, top.isObject, top.inValue { open.key = top.lastKey }
                if byte == UInt8(ascii: "{"), previous.suffix(2) == ["navigateToMiniProgram", "("] { open.isLaunchOptions = true }
                if byte == UInt8(ascii: "{"), previous.suffix(2) == ["udeskAvsMiniReferer", "="] { open.isReferer = true }
                var lineStart = i
                while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                var indent = lineStart
                while indent < i, bytes[indent] == 0x20 || bytes[indent] == 0x09 { indent += 1 }
                open.indent = indent - lineStart
                stack.append(open)
                note(String(UnicodeScalar(byte)))
            case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"):
                if !stack.isEmpty { stack.removeLast() }
                note(String(UnicodeScalar(byte)))
            case UInt8(ascii: ":"):
                if var top = stack.popLast() {
                    if top.isObject, !top.inValue {
                        let key = previous.last == "string" ? lastString : lastWord
                        top.lastKey = key
                        if let key { top.keys.insert(key) }
                        top.inValue = true
                    }
                    stack.append(top)
                }
                note(":")
            case UInt8(ascii: ","):
                if var top = stack.popLast() {
                    top.inValue = false
                    stack.append(top)
                }
                note(",")
            case UInt8(ascii: "="):
                note("=")
            default:
                if CursorContext.isWordByte(byte), byte != UInt8(ascii: "-") {
                    var j = i
                    while j < word.start, CursorContext.isWordByte(bytes[j]), bytes[j] != UInt8(ascii: "-") { j += 1 }
                    let text = String(decoding: bytes[i..<j], as: UTF8.self)
                    lastWord = text
                    note(text)
                    if var top = stack.popLast() {
                        if top.isObject, !top.inValue, top.keyColumn == nil {
                            var lineStart = i
                            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                            top.keyColumn = i - lineStart
                        }
                        stack.append(top)
                    }
                    i = j
                    continue
                }
            }
            i += 1
        }
        return resolve(stack, word: word)
    }

    private func resolve(_ stack: [Open], word: (start: Int, quote: UInt8?)) -> CursorContext? {
        guard let top = stack.last else { return nil }
        // The outermost launch-config literal around the cursor.
        var rootIndex: Int?
        var prefix: [PathStep] = []
        if isScript {
            if let launch = stack.firstIndex(where: { $0.isLaunchOptions }) {
                rootIndex = launch
            } else if let referer = stack.firstIndex(where: { $0.isReferer || ($0.isObject && $0.key == "udeskAvsMiniReferer") }) {
                rootIndex = referer
                prefix = [.key("udeskAvsMiniReferer")]
            }
        } else if !stack.isEmpty {
            rootIndex = 0
        }
        guard let rootIndex else { return nil }
        var path = prefix
        for open in stack[(rootIndex + 1)...] {
            if let key = open.key { path.append(.key(key)) } else { path.append(.item) }
        }
        let slot: CursorContext.Slot
        if top.isObject {
            if top.inValue, let key = top.lastKey { slot = .value(key: key) } else { slot = .key }
        } else {
            // An item of an array: a value of the key the array belongs to.
            guard let key = top.key else { return nil }
            path.removeLast()
            slot = .value(key: key)
        }
        return CursorContext(path: path, slot: slot, wordStart: word.start, quote: word.quote,
                             siblings: top.keys, indent: top.keyColumn ?? top.indent + 2)
    }
}
