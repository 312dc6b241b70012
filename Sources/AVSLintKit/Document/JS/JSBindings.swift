/// The bindings of the names a launch literal refers to, read from one
/// script range, so that `{ extraData }`, `...base` or `referer` can be
/// resolved the way an engine would, within one file.
///
/// A name resolves only to a `const NAME = {…}` whose scope (its block, or
/// the whole range at module level) holds the use, when no other binding of
/// the name (a `let`, `var`, parameter, import, destructuring, function or
/// class) is nearer, and when nothing writes to it (`NAME = …`,
/// `NAME.x = …`, `NAME[k] = …`, `Object.assign(NAME, …)`, `delete NAME.x`).
/// Scopes of non-`const` bindings are over-approximated (a parameter's
/// scope runs to the end of the enclosing block, a `var`'s over the whole
/// range), which only ever leaves a name unresolved, never resolves it wrong.
struct JSBindings {
    private struct Binding {
        /// Where it is visible.
        var region: Range<Int>
        /// The `{` of its object literal (or `Object` of `Object.assign(…)`), for `const NAME = …`.
        var literal: Int?
    }

    private var table: [String: [Binding]] = [:]
    private var written: Set<String> = []

    /// The `{` of the object literal `name` (used at `offset`) is bound to,
    /// or nil when the name does not resolve to one.
    func literal(for name: String, at offset: Int) -> Int? {
        guard !written.contains(name), let bindings = table[name] else { return nil }
        var best: Binding?
        for binding in bindings where binding.region.contains(offset) {
            guard let current = best else {
                best = binding
                continue
            }
            if binding.region.count < current.region.count {
                best = binding
            } else if binding.region.count == current.region.count {
                // Two bindings in one scope: not something to guess about.
                return nil
            }
        }
        return best?.literal
    }

    /// Reads the bindings of `names` in `range`.
    static func collect(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, allowsJSX: Bool, names: Set<String>) -> JSBindings {
        var collector = Collector(bytes: bytes, range: range, names: names)
        var tz = JSTokenizer(bytes: bytes, start: range.lowerBound, limit: range.upperBound)
        tz.allowsJSX = allowsJSX
        do throws(JSSyntaxError) {
            while true {
                let t = try tz.next()
                if t.kind == .end { break }
                collector.read(t, tz)
            }
        } catch {
            // Nothing after a broken token can be read; what was read stands.
        }
        return collector.finish()
    }

    /// The token-by-token reader behind `collect`.
    private struct Collector {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>
        let names: Set<String>
        var result = JSBindings()
        /// Open blocks (any `{`): their index in `ends`.
        var blocks: [Int] = []
        /// Each block's start and end (the end known once it closes).
        var starts: [Int] = []
        var ends: [Int] = []
        /// Bindings whose scope ends with a block still open: (name, start, block index, literal).
        var pending: [(name: String, start: Int, block: Int, literal: Int?)] = []
        /// The last three tokens, most recent first.
        var window: [JSToken] = []
        /// `const`/`let`/`var` just read, waiting for its name or pattern.
        var declaring: (keyword: JSToken, isConst: Bool, isVar: Bool)?
        /// A `const NAME` waiting for `=` and `{`: the name, its start, and whether `=` was read.
        var constName: (name: String, start: Int, block: Int?, sawEquals: Bool, typeDepth: Int)?
        /// Open destructuring patterns: bracket depth.
        var pattern = 0
        var patternIsVar = false
        /// Open parentheses: the identifiers read in each, and the token before it.
        var parens: [(names: [(String, Int)], before: JSToken?)] = []
        /// The parenthesis just closed, waiting to see `=>` or `{`.
        var closedParen: (names: [(String, Int)], before: JSToken?)?
        /// A name being followed through `.x`, `[k]` to see whether it is written: name, bracket depth, expecting a property name.
        var chain: (name: String, depth: Int, wantsName: Bool)?
        /// `import` read, up to `from` or `;`.
        var importing = false
        /// Parameters read, waiting for the body: `{` binds them in that
        /// block, anything else (an arrow's expression body) in the enclosing one.
        var parameters: [(String, Int)]?
        /// The parameters are an arrow's, and `=>` has been read.
        var sawArrow = false

        init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, names: Set<String>) {
            self.bytes = bytes
            self.range = range
            self.names = names
        }

        func text(_ t: JSToken) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
        }

        func isPunct(_ t: JSToken, _ s: String) -> Bool { t.kind == .punctuator && text(t) == s }
        func isWord(_ t: JSToken, _ s: String) -> Bool { t.kind == .identifier && text(t) == s }

        /// A binding of `name` from `start` to the end of the innermost open block (or the range).
        mutating func bind(_ name: String, from start: Int, literal: Int? = nil, wholeRange: Bool = false) {
            if wholeRange || blocks.isEmpty {
                result.table[name, default: []].append(Binding(region: range, literal: literal))
            } else if let block = blocks.last {
                // From the block's start: a `let` shadows its whole block (TDZ).
                pending.append((name, min(start, starts[block]), block, literal))
            }
        }

        static let assignments: Set<String> = ["=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=",
                                               "&&=", "||=", "??="]
        static let controlWords: Set<String> = ["if", "for", "while", "switch", "with", "return", "typeof", "await", "yield",
                                                "in", "of", "case"]
        static let writers: Set<String> = ["assign", "defineProperty", "defineProperties", "setPrototypeOf"]

        mutating func read(_ t: JSToken, _ tz: JSTokenizer) {
            let previous = window.first
            defer {
                window.insert(t, at: 0)
                if window.count > 4 { window.removeLast() }
            }
            followChain(t)
            // True when `t` is the name a declaration introduces (not a use).
            var declares = false
            let name = t.kind == .identifier ? text(t) : ""
            let wanted = t.kind == .identifier && names.contains(name)
            var bodyParameters: [(String, Int)] = []
            if let waiting = parameters {
                if isPunct(t, "=>"), !sawArrow {
                    sawArrow = true
                } else {
                    parameters = nil
                    sawArrow = false
                    if isPunct(t, "{") {
                        bodyParameters = waiting
                    } else {
                        for (param, start) in waiting { bind(param, from: start) }
                    }
                }
            }
            if let closed = closedParen {
                closedParen = nil
                let control = closed.before.map { $0.kind == .identifier && Self.controlWords.contains(text($0)) } ?? false
                if !control, isPunct(t, "=>") || isPunct(t, "{") || isPunct(t, ":") {
                    if isPunct(t, "{") {
                        bodyParameters = closed.names
                    } else if isPunct(t, "=>") {
                        parameters = closed.names
                        sawArrow = true
                    } else {
                        for (param, start) in closed.names { bind(param, from: start) }
                    }
                }
            }
            if importing {
                if isWord(t, "from") || isPunct(t, ";") {
                    importing = false
                } else if wanted {
                    declares = true
                    bind(name, from: t.start, wholeRange: true)
                }
            }
            if pattern > 0 {
                if isPunct(t, "{") || isPunct(t, "[") {
                    pattern += 1
                } else if isPunct(t, "}") || isPunct(t, "]") {
                    pattern -= 1
                } else if wanted {
                    declares = true
                    bind(name, from: t.start, wholeRange: patternIsVar)
                }
            }
            if var pendingConst = constName {
                if pendingConst.sawEquals {
                    constName = nil
                    if isPunct(t, "{") || isWord(t, "Object") {
                        bindConst(pendingConst.name, literal: t.start)
                    } else {
                        bind(pendingConst.name, from: pendingConst.start)
                    }
                } else if pendingConst.typeDepth == 0, isPunct(t, "=") {
                    pendingConst.sawEquals = true
                    constName = pendingConst
                } else if isPunct(t, "<") || isPunct(t, "(") || isPunct(t, "[") || isPunct(t, "{") {
                    pendingConst.typeDepth += 1
                    constName = pendingConst
                } else if isPunct(t, ">") || isPunct(t, ")") || isPunct(t, "]") || isPunct(t, "}") {
                    pendingConst.typeDepth = max(0, pendingConst.typeDepth - 1)
                    constName = pendingConst
                } else if pendingConst.typeDepth == 0, isPunct(t, ";") || isPunct(t, ",") {
                    constName = nil
                    bind(pendingConst.name, from: pendingConst.start)
                }
            }
            if let declared = declaring {
                declaring = nil
                if wanted {
                    declares = true
                    if declared.isConst {
                        constName = (name, t.start, blocks.last, false, 0)
                    } else {
                        bind(name, from: t.start, wholeRange: declared.isVar)
                    }
                } else if isPunct(t, "{") || isPunct(t, "[") {
                    pattern = 1
                    patternIsVar = declared.isVar
                }
            }
            switch t.kind {
            case .identifier:
                if previous.map({ isPunct($0, ".") || isPunct($0, "?.") }) == true { break }
                if isWord(t, "const") || isWord(t, "let") || isWord(t, "var") {
                    declaring = (t, isWord(t, "const"), isWord(t, "var"))
                } else if isWord(t, "import") {
                    importing = true
                } else if wanted, let previous, isWord(previous, "function") || isWord(previous, "class") {
                    bind(name, from: t.start, wholeRange: true)
                } else if wanted, !declares {
                    if !parens.isEmpty { parens[parens.count - 1].names.append((name, t.start)) }
                    if window.count >= 4, isPunct(window[0], "("), window[1].kind == .identifier, Self.writers.contains(text(window[1])),
                       isPunct(window[2], "."), isWord(window[3], "Object") {
                        result.written.insert(name)
                    }
                    if let previous, isWord(previous, "delete") || isPunct(previous, "++") || isPunct(previous, "--") {
                        result.written.insert(name)
                    }
                    chain = (name, 0, false)
                }
            case .punctuator:
                if isPunct(t, "{") {
                    blocks.append(starts.count)
                    starts.append(t.start)
                    ends.append(range.upperBound)
                    for (param, start) in bodyParameters { bind(param, from: start) }
                } else if isPunct(t, "}") {
                    if let block = blocks.popLast() { ends[block] = t.end }
                } else if isPunct(t, "(") {
                    parens.append(([], previous))
                } else if isPunct(t, ")") {
                    closedParen = parens.popLast()
                } else if isPunct(t, "=>"), let previous, previous.kind == .identifier, names.contains(text(previous)) {
                    parameters = [(text(previous), previous.start)]
                    sawArrow = true
                }
            default:
                break
            }
        }

        /// A `const NAME = {` (the `{` not read yet as a block): visible in
        /// the innermost open block, or the whole range at module level.
        mutating func bindConst(_ name: String, literal: Int) {
            guard let block = blocks.last else {
                result.table[name, default: []].append(Binding(region: range, literal: literal))
                return
            }
            pending.append((name, starts[block], block, literal))
        }

        /// Follows `NAME.x[k]…` to an assignment operator (a write) or anything else (a read).
        mutating func followChain(_ t: JSToken) {
            guard var current = chain else { return }
            if current.depth > 0 {
                if isPunct(t, "[") { current.depth += 1 }
                if isPunct(t, "]") { current.depth -= 1 }
                chain = current
                return
            }
            if current.wantsName {
                current.wantsName = false
                chain = t.kind == .identifier ? current : nil
                return
            }
            if isPunct(t, ".") || isPunct(t, "?.") {
                current.wantsName = true
                chain = current
            } else if isPunct(t, "[") {
                current.depth = 1
                chain = current
            } else {
                chain = nil
                if t.kind == .punctuator, Self.assignments.contains(text(t)) || isPunct(t, "++") || isPunct(t, "--") {
                    result.written.insert(current.name)
                }
            }
        }

        mutating func finish() -> JSBindings {
            for entry in pending {
                let end = entry.block < ends.count ? ends[entry.block] : range.upperBound
                let start = min(entry.start, end)
                result.table[entry.name, default: []].append(Binding(region: start..<end, literal: entry.literal))
            }
            return result
        }
    }
}
