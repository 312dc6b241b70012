/// Builds a Node tree from one JavaScript object literal, reading tokens
/// from a `JSTokenizer`. Open objects and arrays live on a heap stack, so
/// input nesting costs heap, not call stack, and stops at
/// `LoadLimits.maxDepth`.
///
/// Literal values (strings, numbers, `true`/`false`/`null`, templates
/// without substitutions, arrays, objects) become nodes; anything else —
/// an identifier, a call, a function, a template with `${}`, an operator
/// expression — becomes one `.computed` node spanning the whole expression
/// up to the next `,` or closing bracket at its depth.
struct JSLiteralParser {
    /// An object or array whose closing bracket has not been read yet.
    private struct Frame {
        var isObject: Bool
        var start: Position
        var startOffset: Int
        var members: [Member] = []
        var items: [Node] = []
        /// The key whose value is being read (objects only).
        var key: Node?
        /// A spread or key that could not be resolved: the object may hold more.
        var isOpen = false
        /// The members written in this literal itself, once a spread has
        /// added others (only these are checked for duplicates).
        var own: [Member]?
    }

    /// What the parse loop does next.
    private enum Step {
        /// Read the next member or element of the innermost frame, or its closer.
        case entry
        /// A value is complete; read what follows it.
        case after(Node)
        /// A value (or nothing, for a skipped member) ends at `terminator`.
        case terminated(Node?, JSToken)
    }

    private let limits: LoadLimits
    private let path: String
    private let basePointer: String
    private var frames: [Frame] = []
    /// Resolves names to `const` literals; nil resolves nothing.
    private let resolver: JSResolver?
    /// Duplicate keys found, in the order objects closed.
    private(set) var duplicates: [Diagnostic] = []
    /// Values, keys and spreads left to run time.
    private(set) var computed = 0

    /// A parser for a literal of `path` whose root sits at JSON Pointer
    /// `basePointer`, resolving names through `resolver`.
    init(path: String, basePointer: String, limits: LoadLimits, resolver: JSResolver? = nil) {
        self.path = path
        self.basePointer = basePointer
        self.limits = limits
        self.resolver = resolver
    }

    /// Reads the object literal whose `{` is `open` (already read) and
    /// returns its node; the tokenizer ends just past the closing `}`.
    mutating func parse(open: JSToken, tokenizer tz: inout JSTokenizer, locator: inout Locator) throws(JSSyntaxError) -> Node {
        try push(isObject: true, at: open, locator: &locator)
        var step = Step.entry
        while true {
            switch step {
            case .entry:
                let t = try tz.next()
                guard let top = frames.last else { throw JSSyntaxError(.expectedKey(found: tz.describe(t)), t.start, t.end) }
                if tz.isPunct(t, top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    let node = close(at: t, locator: &locator)
                    if frames.isEmpty { return node }
                    step = .after(node)
                } else if top.isObject {
                    step = try member(t, &tz, &locator)
                } else {
                    step = try element(t, &tz, &locator)
                }
            case .after(let node):
                var t = try tz.next()
                while tz.isPunct(t, UInt8(ascii: "!")) { t = try tz.next() }
                if tz.isWord(t, "as") || tz.isWord(t, "satisfies") {
                    t = try skipExpression(from: t, &tz).terminator
                }
                if isSeparator(t, tz) {
                    step = .terminated(node, t)
                } else {
                    if startsOperand(t, tz) { throw missingSeparator(t, tz) }
                    let skipped = try skipExpression(from: t, &tz)
                    computed += 1
                    step = .terminated(Node(.computed, span: locator.span(node.span.start.offset, skipped.end)), skipped.terminator)
                }
            case .terminated(let node, let t):
                if let node { append(node) }
                guard let top = frames.last else { throw JSSyntaxError(.expectedKey(found: tz.describe(t)), t.start, t.end) }
                if tz.isPunct(t, UInt8(ascii: ",")) {
                    step = .entry
                } else if tz.isPunct(t, top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    let closed = close(at: t, locator: &locator)
                    if frames.isEmpty { return closed }
                    step = .after(closed)
                } else if t.kind == .end {
                    throw unclosed(top)
                } else if top.isObject {
                    throw JSSyntaxError(.expectedCommaOrBrace(found: tz.describe(t)), t.start, t.end)
                } else {
                    throw JSSyntaxError(.expectedCommaOrBracket(found: tz.describe(t)), t.start, t.end)
                }
            }
        }
    }

    // MARK: - Members and elements

    /// Reads an object member starting at `t`.
    private mutating func member(_ t: JSToken, _ tz: inout JSTokenizer, _ locator: inout Locator) throws(JSSyntaxError) -> Step {
        if tz.isPunct(t, "...") {
            // A spread of a resolvable `const` adds its members here; any
            // other leaves the object open.
            let first = try tz.next()
            let skipped = try skipExpression(from: first, &tz)
            if first.kind == .identifier, skipped.end == first.end,
               let node = resolver?.resolve(tz.text(first), at: first.start, limits: limits, locator: &locator), let members = node.members {
                insertSpread(members, isOpen: node.isOpen)
            } else {
                computed += 1
                frames[frames.count - 1].isOpen = true
            }
            return .terminated(nil, skipped.terminator)
        }
        if tz.isPunct(t, UInt8(ascii: "[")) || tz.isPunct(t, UInt8(ascii: "*")) {
            // A computed key or a generator method: its key is unknown, so
            // the member is skipped and the object is open.
            computed += 1
            frames[frames.count - 1].isOpen = true
            let first = tz.isPunct(t, UInt8(ascii: "[")) ? t : try tz.next()
            return .terminated(nil, try skipExpression(from: first, &tz).terminator)
        }
        guard let key = try keyNode(t, tz, &locator) else {
            if t.kind == .end, let top = frames.last { throw unclosed(top) }
            throw JSSyntaxError(.expectedKey(found: tz.describe(t)), t.start, t.end)
        }
        let n = try tz.next()
        if tz.isPunct(n, UInt8(ascii: ":")) {
            frames[frames.count - 1].key = key
            return try beginValue(try tz.next(), &tz, &locator)
        }
        if t.kind == .identifier, tz.isWord(t, "get") || tz.isWord(t, "set") || tz.isWord(t, "async"),
           n.kind == .identifier || n.kind == .number || isStringToken(n) || tz.isPunct(n, UInt8(ascii: "[")) || tz.isPunct(n, UInt8(ascii: "*")) {
            // An accessor or async method: `get x() {…}`.
            computed += 1
            frames[frames.count - 1].isOpen = true
            return .terminated(nil, try skipExpression(from: n, &tz).terminator)
        }
        if isSeparator(n, tz) {
            // Shorthand `{ sdkToken }`: the key is known, its value is that
            // of the name (a resolvable `const`) or computed.
            frames[frames.count - 1].key = key
            if t.kind == .identifier, let node = resolver?.resolve(tz.text(t), at: t.start, limits: limits, locator: &locator) {
                return .terminated(node, n)
            }
            computed += 1
            return .terminated(Node(.computed, span: key.span), n)
        }
        if tz.isPunct(n, UInt8(ascii: "(")) || tz.isPunct(n, UInt8(ascii: "<")) || tz.isPunct(n, UInt8(ascii: "=")) {
            // A method `success(res) {…}` (or a default in a pattern).
            frames[frames.count - 1].key = key
            computed += 1
            let skipped = try skipExpression(from: n, &tz)
            return .terminated(Node(.computed, span: locator.span(n.start, skipped.end)), skipped.terminator)
        }
        if n.kind == .end, let top = frames.last { throw unclosed(top) }
        throw JSSyntaxError(.expectedColon(found: tz.describe(n)), n.start, n.end)
    }

    /// Reads an array element starting at `t`.
    private mutating func element(_ t: JSToken, _ tz: inout JSTokenizer, _ locator: inout Locator) throws(JSSyntaxError) -> Step {
        if tz.isPunct(t, UInt8(ascii: ",")) {
            // A hole: `[a, , b]`.
            computed += 1
            return .entry
        }
        if tz.isPunct(t, "...") {
            computed += 1
            return .terminated(nil, try skipExpression(from: try tz.next(), &tz).terminator)
        }
        return try beginValue(t, &tz, &locator)
    }

    /// Starts the value whose first token is `t`.
    private mutating func beginValue(_ t: JSToken, _ tz: inout JSTokenizer, _ locator: inout Locator) throws(JSSyntaxError) -> Step {
        switch t.kind {
        case .string:
            let value = tz.stringValue(t)
            let style: Scalar.Style = tz.bytes[t.start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            return .after(Node(.scalar(Scalar(.string(value), text: value, style: style)), span: locator.span(t.start, t.end)))
        case .template:
            let value = tz.stringValue(t)
            return .after(Node(.scalar(Scalar(.string(value), text: value, style: .plain)), span: locator.span(t.start, t.end)))
        case .number:
            if let number = tz.numberValue(t, negative: false) {
                return .after(Node(.scalar(Scalar(.number(number), text: number.text, style: .plain)), span: locator.span(t.start, t.end)))
            }
        case .identifier:
            let value: ScalarValue?
            if tz.matches(t, "true") {
                value = .bool(true)
            } else if tz.matches(t, "false") {
                value = .bool(false)
            } else if tz.matches(t, "null") {
                value = .null
            } else {
                value = nil
            }
            if let value {
                return .after(Node(.scalar(Scalar(value, text: tz.text(t), style: .plain)), span: locator.span(t.start, t.end)))
            }
            if tz.matches(t, "Object"), let merged = try objectAssign(from: t, &tz, &locator) {
                return .after(merged)
            }
            if resolver != nil {
                let skipped = try skipExpression(from: t, &tz)
                if skipped.end == t.end, let node = resolver?.resolve(tz.text(t), at: t.start, limits: limits, locator: &locator) {
                    return .terminated(node, skipped.terminator)
                }
                computed += 1
                return .terminated(Node(.computed, span: locator.span(t.start, max(t.end, skipped.end))), skipped.terminator)
            }
        case .punctuator:
            if tz.isPunct(t, UInt8(ascii: "{")) || tz.isPunct(t, UInt8(ascii: "[")) {
                try push(isObject: tz.isPunct(t, UInt8(ascii: "{")), at: t, locator: &locator)
                return .entry
            }
            if tz.isPunct(t, UInt8(ascii: "-")) {
                let n = try tz.next()
                if n.kind == .number, let number = tz.numberValue(n, negative: true) {
                    let text = "-" + tz.text(n.start..<n.end)
                    return .after(Node(.scalar(Scalar(.number(number), text: number.text == text ? text : number.text, style: .plain)),
                                       span: locator.span(t.start, n.end)))
                }
                computed += 1
                let skipped = try skipExpression(from: n, &tz)
                return .terminated(Node(.computed, span: locator.span(t.start, max(t.end, skipped.end))), skipped.terminator)
            }
        default:
            break
        }
        if t.kind == .end, let top = frames.last { throw unclosed(top) }
        if isSeparator(t, tz) {
            // `a: ,` — a missing value.
            throw JSSyntaxError(frames.last?.isObject == false ? .expectedCommaOrBracket(found: tz.describe(t)) : .expectedKey(found: tz.describe(t)), t.start, t.end)
        }
        computed += 1
        let skipped = try skipExpression(from: t, &tz)
        return .terminated(Node(.computed, span: locator.span(t.start, max(t.end, skipped.end))), skipped.terminator)
    }

    // MARK: - Resolved values

    /// Reads `Object.assign(…)` whose `Object` is `first` (already read)
    /// as one object; nil when the tokens are not such a call.
    mutating func parseObjectAssign(first: JSToken, tokenizer tz: inout JSTokenizer, locator: inout Locator) throws(JSSyntaxError) -> Node? {
        guard tz.isWord(first, "Object") else { return nil }
        return try objectAssign(from: first, &tz, &locator)
    }

    /// Adds the members of a resolved spread to the innermost object.
    private mutating func insertSpread(_ members: [Member], isOpen: Bool) {
        let top = frames.count - 1
        if frames[top].own == nil { frames[top].own = frames[top].members }
        frames[top].members += members
        if isOpen { frames[top].isOpen = true }
    }

    /// `Object.assign(a, b, …)` whose `Object` is `first`: one object of
    /// the arguments' members in order (object literals and resolvable
    /// names; anything else leaves it open), ending just past `)`. Nil,
    /// with nothing read, when the tokens are not such a call.
    private mutating func objectAssign(from first: JSToken, _ tz: inout JSTokenizer, _ locator: inout Locator) throws(JSSyntaxError) -> Node? {
        var look = tz
        guard let dot = try? look.next(), look.isPunct(dot, UInt8(ascii: ".")),
              let name = try? look.next(), look.isWord(name, "assign"),
              let paren = try? look.next(), look.isPunct(paren, UInt8(ascii: "(")) else { return nil }
        tz = look
        var members: [Member] = []
        var isOpen = false
        while true {
            let t = try tz.next()
            if tz.isPunct(t, UInt8(ascii: ")")) { break }
            var terminator: JSToken
            if tz.isPunct(t, UInt8(ascii: "{")), frames.count < limits.maxDepth {
                var limits = self.limits
                limits.maxDepth -= frames.count
                var sub = JSLiteralParser(path: path, basePointer: pointer(), limits: limits, resolver: resolver)
                let node = try sub.parse(open: t, tokenizer: &tz, locator: &locator)
                duplicates += sub.duplicates
                computed += sub.computed
                members += node.members ?? []
                isOpen = isOpen || node.isOpen
                terminator = try tz.next()
            } else {
                let skipped = try skipExpression(from: t, &tz)
                terminator = skipped.terminator
                if t.kind == .identifier, skipped.end == t.end,
                   let node = resolver?.resolve(tz.text(t), at: t.start, limits: limits, locator: &locator), let resolved = node.members {
                    members += resolved
                    isOpen = isOpen || node.isOpen
                } else {
                    computed += 1
                    isOpen = true
                }
            }
            if tz.isPunct(terminator, UInt8(ascii: ")")) { break }
            guard tz.isPunct(terminator, UInt8(ascii: ",")) else {
                throw JSSyntaxError(.expectedCommaOrBracket(found: tz.describe(terminator)), terminator.start, terminator.end)
            }
        }
        return Node(.mapping(members), span: locator.span(first.start, tz.offset), isOpen: isOpen)
    }

    // MARK: - Keys

    /// The key node for an identifier, string or number token, or nil.
    private func keyNode(_ t: JSToken, _ tz: JSTokenizer, _ locator: inout Locator) throws(JSSyntaxError) -> Node? {
        let name: String
        let style: Scalar.Style
        switch t.kind {
        case .identifier:
            name = tz.text(t)
            style = .plain
        case .string:
            name = tz.stringValue(t)
            style = tz.bytes[t.start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
        case .number:
            name = tz.numberValue(t, negative: false)?.text ?? tz.text(t)
            style = .plain
        default:
            return nil
        }
        if name.utf8.count > limits.maxKeyBytes {
            throw JSSyntaxError(.keyBytes(limits.maxKeyBytes), t.start, t.end)
        }
        return Node(.scalar(Scalar(.string(name), text: name, style: style)), span: locator.span(t.start, t.end))
    }

    // MARK: - Skipping expressions

    /// Reads tokens from `first` to the end of an expression: the first
    /// `,`, `;` or unmatched closing bracket at its own depth, which is
    /// returned as `terminator`; `end` is just past the last token before
    /// it. After `as`/`satisfies`, angle brackets nest too (`Map<a, b>`).
    private func skipExpression(from first: JSToken, _ tz: inout JSTokenizer) throws(JSSyntaxError) -> (end: Int, terminator: JSToken) {
        var depth = 0
        var angles = 0
        var inType = false
        var end = first.start
        var t = first
        // True when the token before `t`, at depth 0, ends an operand: a
        // second operand right after it means a ',' is missing.
        var afterOperand = false
        while true {
            if depth == 0, !inType {
                if afterOperand, startsOperand(t, tz) { throw missingSeparator(t, tz) }
                afterOperand = endsOperand(t, tz)
            }
            switch t.kind {
            case .end:
                if let top = frames.last { throw unclosed(top) }
                return (end, t)
            case .templateHead:
                depth += 1
            case .templateTail:
                if depth == 0 { return (end, t) }
                depth -= 1
                afterOperand = depth == 0
            case .punctuator:
                let b = tz.bytes[t.start]
                if t.length == 1 {
                    switch b {
                    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                        depth += 1
                    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                        if depth == 0 { return (end, t) }
                        depth -= 1
                        afterOperand = depth == 0
                    case UInt8(ascii: ","):
                        if depth == 0 && angles == 0 { return (end, t) }
                    case UInt8(ascii: ";"):
                        if depth == 0 { return (end, t) }
                    case UInt8(ascii: "<"):
                        if inType && depth == 0 { angles += 1 }
                    case UInt8(ascii: ">"):
                        if inType && depth == 0 { angles = max(0, angles - 1) }
                    default:
                        break
                    }
                } else if inType, depth == 0, b == UInt8(ascii: ">"), tz.bytes[t.end - 1] == b {
                    angles = max(0, angles - t.length)
                }
            case .identifier:
                if depth == 0, tz.isWord(t, "as") || tz.isWord(t, "satisfies") { inType = true }
            default:
                break
            }
            end = t.end
            t = try tz.next()
        }
    }

    // MARK: - Frames

    private mutating func push(isObject: Bool, at t: JSToken, locator: inout Locator) throws(JSSyntaxError) {
        guard frames.count < limits.maxDepth else {
            throw JSSyntaxError(.depth(limits.maxDepth), t.start, t.end)
        }
        frames.append(Frame(isObject: isObject, start: locator.position(at: t.start), startOffset: t.start))
    }

    private mutating func append(_ node: Node) {
        guard !frames.isEmpty else { return }
        let top = frames.count - 1
        if frames[top].isObject {
            if let key = frames[top].key {
                frames[top].members.append(Member(key: key, value: node))
                frames[top].own?.append(Member(key: key, value: node))
            }
            frames[top].key = nil
        } else {
            frames[top].items.append(node)
        }
    }

    /// Pops the innermost frame at its closing bracket `t`; an object's
    /// keys are checked for duplicates here.
    private mutating func close(at t: JSToken, locator: inout Locator) -> Node {
        guard let frame = frames.popLast() else { return Node(.computed, span: .fileStart) }
        let span = Span(start: frame.start, end: locator.position(at: t.end))
        guard frame.isObject else { return Node(.sequence(frame.items), span: span) }
        let own = frame.own ?? frame.members
        if own.count > 1 {
            duplicates += DuplicateKeys.check(own, file: path, path: pointer())
        }
        return Node(.mapping(frame.members), span: span, isOpen: frame.isOpen)
    }

    /// The JSON Pointer of the object that just closed (its parents' keys).
    private func pointer() -> String {
        var pointer = basePointer
        for frame in frames {
            pointer = frame.isObject
                ? JSONPointer.appending(pointer, key: frame.key?.scalar?.text ?? "")
                : JSONPointer.appending(pointer, index: frame.items.count)
        }
        return pointer
    }

    // MARK: - Helpers

    /// Words that precede an operand rather than end one.
    private static func isOperatorWord(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        switch t.length {
        case 2: return tz.matches(t, "as") || tz.matches(t, "in") || tz.matches(t, "of")
        case 3: return tz.matches(t, "new")
        case 4: return tz.matches(t, "void")
        case 5: return tz.matches(t, "async") || tz.matches(t, "await") || tz.matches(t, "yield") || tz.matches(t, "keyof") || tz.matches(t, "class")
        case 6: return tz.matches(t, "typeof") || tz.matches(t, "delete")
        case 8: return tz.matches(t, "function")
        case 9: return tz.matches(t, "satisfies")
        case 10: return tz.matches(t, "instanceof")
        default: return false
        }
    }

    /// True when `t` can only start an operand (a name or literal; not a
    /// template, which may tag the operand before it).
    private func startsOperand(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        switch t.kind {
        case .identifier:
            return !(tz.matches(t, "as") || tz.matches(t, "satisfies") || tz.matches(t, "in")
                     || tz.matches(t, "instanceof") || tz.matches(t, "of"))
        case .number, .string, .regex:
            return true
        default:
            return false
        }
    }

    /// True when `t` ends an operand (a name, literal, or closing bracket).
    private func endsOperand(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        switch t.kind {
        case .identifier:
            return !JSLiteralParser.isOperatorWord(t, tz)
        case .number, .string, .template, .templateTail, .regex:
            return true
        case .punctuator:
            return tz.isPunct(t, UInt8(ascii: ")")) || tz.isPunct(t, UInt8(ascii: "]")) || tz.isPunct(t, UInt8(ascii: "}"))
        default:
            return false
        }
    }

    /// The error for a value followed by another without a ',' between.
    private func missingSeparator(_ t: JSToken, _ tz: JSTokenizer) -> JSSyntaxError {
        frames.last?.isObject == false
            ? JSSyntaxError(.expectedCommaOrBracket(found: tz.describe(t)), t.start, t.end)
            : JSSyntaxError(.expectedCommaOrBrace(found: tz.describe(t)), t.start, t.end)
    }

    private func isSeparator(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        tz.isPunct(t, UInt8(ascii: ",")) || tz.isPunct(t, UInt8(ascii: "}")) || tz.isPunct(t, UInt8(ascii: "]"))
    }

    private func isStringToken(_ t: JSToken) -> Bool {
        if case .string = t.kind { return true }
        return false
    }

    private func unclosed(_ frame: Frame) -> JSSyntaxError {
        frame.isObject
            ? JSSyntaxError(.unclosed(opening: "{", closing: "}"), frame.startOffset, frame.startOffset + 1)
            : JSSyntaxError(.unclosed(opening: "[", closing: "]"), frame.startOffset, frame.startOffset + 1)
    }
}
