/// Walks the tokens of JavaScript text and reads every launch-config
/// object literal it anchors on:
///
/// - mini-program mode: the first argument of `wx.navigateToMiniProgram(…)`,
///   `uni.…` or `Taro.…`, kept when it is an AVS launch (its `extraData`
///   holds `udeskAvsMiniReferer`, or its `path` opens `pages/preIndex/index`),
///   so calls that open other mini programs are left alone;
/// - page mode: the literal assigned to `….udeskAvsMiniReferer = {…}`
///   (or declared as `const udeskAvsMiniReferer = {…}`), or the value of a
///   `udeskAvsMiniReferer: {…}` property outside such a call. The document
///   root is then `{udeskAvsMiniReferer: <literal>}`.
///
/// Comments and strings never anchor, because the tokenizer has already
/// consumed them whole.
struct JSLiteralFinder {
    /// What the finder read.
    struct Found {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        /// Values left to run time across all documents.
        var computed = 0
        /// Comment byte ranges (read up to the first syntax error).
        var comments: [Range<Int>] = []
        /// The `url` values of `navigateTo`/`redirectTo` calls (for `page/entry-page`).
        var navigationURLs: [Node] = []
    }

    /// The anchor a `{` was found at.
    private enum Anchor {
        /// `wx|uni|Taro.navigateTo|redirectTo({…})`: not a launch, but its url is checked.
        case navigation
        case call
        case assignment(key: JSToken)
        case property(key: JSToken)
    }

    static let refererKey = "udeskAvsMiniReferer"

    /// Reads `ranges` of `file` (the whole file, or a `.vue` file's script blocks).
    static func find(in bytes: UnsafeBufferPointer<UInt8>, ranges: [(range: Range<Int>, allowsJSX: Bool)], file: SourceFile,
                     limits: LoadLimits, collectComments: Bool) -> Found {
        var found = Found()
        var locator = Locator(file: file)
        for (range, allowsJSX) in ranges {
            let before = found
            let resolver = JSResolver(bytes: bytes, limit: range.upperBound, allowsJSX: allowsJSX, path: file.path)
            var stopped = false
            for pass in 0..<2 {
                if pass == 1 {
                    // The literals use names: read their bindings, then the range again.
                    guard !resolver.referenced.isEmpty else { break }
                    resolver.bindings = JSBindings.collect(in: bytes, range: range, allowsJSX: allowsJSX, names: resolver.referenced)
                    found = before
                }
                var tz = JSTokenizer(bytes: bytes, start: range.lowerBound, limit: range.upperBound)
                tz.collectComments = collectComments
                tz.allowsJSX = allowsJSX
                var reading = Reading(resolver: resolver)
                stopped = scan(&tz, file: file, limits: limits, locator: &locator, reading: &reading, into: &found)
                found.comments += tz.comments
                reading.dropDocumentsInsideUsedLiterals(&found, from: before.documents.count)
                found.diagnostics += resolver.duplicates.filter { duplicate in
                    !found.diagnostics.contains { $0.span == duplicate.span && $0.ruleID == duplicate.ruleID }
                }
            }
            if stopped { break }
        }
        return found
    }

    /// What one reading of a range keeps beside the documents.
    private struct Reading {
        let resolver: JSResolver
        /// For each document of the range: where its own literal starts,
        /// and the `const` literals it resolved.
        var documents: [(start: Int, used: [Range<Int>])] = []

        /// A literal read as a document of its own (a property anchor in
        /// `const extraData = { udeskAvsMiniReferer: {…} }`) that another
        /// document resolved into itself is not a launch of its own: it is
        /// dropped, so its mode and findings come from the launch that uses it.
        func dropDocumentsInsideUsedLiterals(_ found: inout Found, from first: Int) {
            guard documents.contains(where: { !$0.used.isEmpty }) else { return }
            var keep: [Document] = Array(found.documents[..<first])
            for (k, entry) in documents.enumerated() {
                let inside = documents.enumerated().contains { other in
                    other.offset != k && other.element.used.contains { $0.contains(entry.start) }
                }
                if !inside {
                    var document = found.documents[first + k]
                    document.index = keep.count
                    keep.append(document)
                }
            }
            found.documents = keep
        }
    }

    /// Scans one range; true when a syntax error ended the file's reading.
    private static func scan(_ tz: inout JSTokenizer, file: SourceFile, limits: LoadLimits,
                             locator: inout Locator, reading: inout Reading, into found: inout Found) -> Bool {
        // The four tokens before the current one, most recent first.
        let none = JSToken(kind: .end, start: 0, end: 0)
        var window = (none, none, none, none)
        do throws(JSSyntaxError) {
            while true {
                let t = try tz.next()
                if t.kind == .end { return false }
                if tz.isPunct(t, UInt8(ascii: "{")), let anchor = anchor(window, tz) {
                    read(anchor, open: t, &tz, file: file, limits: limits, locator: &locator, reading: &reading, into: &found)
                    window = (none, none, none, none)
                    if found.diagnostics.contains(where: { $0.ruleID != BuiltinRule.duplicateKey }) { return true }
                    continue
                }
                if t.kind == .identifier, let anchor = anchor(window, tz), endsValue(after: t, tz) {
                    // `wx.navigateToMiniProgram(options)`, `….udeskAvsMiniReferer = referer`.
                    let used = reading.resolver.used.count
                    if let node = reading.resolver.resolve(tz.text(t), at: t.start, limits: limits, locator: &locator) {
                        add(node, anchor: anchor, tz, locator: &locator, used: Array(reading.resolver.used[used...]),
                            reading: &reading, into: &found)
                    }
                }
                window = (t, window.0, window.1, window.2)
            }
        } catch {
            found.diagnostics.append(diagnostic(error, file: file))
            return true
        }
    }

    /// Reads the literal at `open` for `anchor` into a document, or a
    /// syntax error (dropped silently for a property anchor, which may be a
    /// TypeScript type rather than a value).
    private static func read(_ anchor: Anchor, open: JSToken, _ tz: inout JSTokenizer, file: SourceFile,
                             limits: LoadLimits, locator: inout Locator, reading: inout Reading, into found: inout Found) {
        var parser = JSLiteralParser(path: file.path, basePointer: keyToken(anchor) == nil ? "" : "/" + refererKey, limits: limits,
                                     resolver: reading.resolver)
        if case .navigation = anchor {
            // Read for its url only; a literal that does not parse is left alone.
            if let literal = try? parser.parse(open: open, tokenizer: &tz, locator: &locator), let url = literal["url"] {
                found.navigationURLs.append(url)
            }
            return
        }
        let used = reading.resolver.used.count
        let literal: Node
        do throws(JSSyntaxError) {
            literal = try parser.parse(open: open, tokenizer: &tz, locator: &locator)
        } catch {
            if case .property = anchor, error.ruleID == BuiltinRule.syntaxError, !isTokenError(error) { return }
            found.diagnostics.append(diagnostic(error, file: file))
            return
        }
        let before = found.documents.count
        add(literal, anchor: anchor, tz, locator: &locator, used: Array(reading.resolver.used[used...]), reading: &reading, into: &found)
        guard found.documents.count > before else { return }
        found.diagnostics += parser.duplicates.sorted { $0.span.start.offset < $1.span.start.offset }
        found.computed += parser.computed
    }

    private static func keyToken(_ anchor: Anchor) -> JSToken? {
        switch anchor {
        case .call, .navigation: return nil
        case .assignment(let key), .property(let key): return key
        }
    }

    /// True when the value that starts with identifier `t` is that name
    /// alone: what follows is `)`, `,`, `;`, `}` or the end, or stands on
    /// a later line.
    private static func endsValue(after t: JSToken, _ tz: JSTokenizer) -> Bool {
        var look = tz
        guard let next = try? look.next() else { return false }
        if next.kind == .end { return true }
        if tz.isPunct(next, UInt8(ascii: ")")) || tz.isPunct(next, UInt8(ascii: ",")) || tz.isPunct(next, UInt8(ascii: ";"))
            || tz.isPunct(next, UInt8(ascii: "}")) {
            return true
        }
        return tz.bytes[t.end..<next.start].contains(0x0A) && next.kind == .identifier
    }

    /// Makes `literal`, read at `anchor`, a document when it is a launch.
    private static func add(_ literal: Node, anchor: Anchor, _ tz: JSTokenizer, locator: inout Locator, used: [Range<Int>],
                            reading: inout Reading, into found: inout Found) {
        let keyToken = keyToken(anchor)
        let keySpan = keyToken.map { locator.span($0.start, $0.end) }
        let root: Node
        if let keyToken, let keySpan {
            let style: Scalar.Style = keyToken.kind == .identifier ? .plain
                : tz.bytes[keyToken.start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            // The key as written: a near miss of the referer key stays one, for the detector to report.
            let name = keyToken.kind == .identifier ? String(decoding: tz.bytes[keyToken.start..<keyToken.end], as: UTF8.self)
                : tz.stringValue(keyToken)
            let key = Node(.scalar(Scalar(.string(name), text: name, style: style)), span: keySpan)
            root = Node(.mapping([Member(key: key, value: literal)]), span: literal.span)
        } else {
            guard isAVSLaunch(literal) else { return }
            root = literal
        }
        var document = Document(root: root, index: found.documents.count)
        document.frozen = used
        found.documents.append(document)
        reading.documents.append((literal.span.start.offset, used))
    }

    /// The anchor that the tokens before a `{` form, if any.
    private static func anchor(_ w: (JSToken, JSToken, JSToken, JSToken), _ tz: JSTokenizer) -> Anchor? {
        if tz.isPunct(w.0, UInt8(ascii: "(")) {
            if tz.isWord(w.1, "navigateToMiniProgram"), tz.isPunct(w.2, UInt8(ascii: ".")) || tz.isPunct(w.2, "?."),
               tz.isWord(w.3, "wx") || tz.isWord(w.3, "uni") || tz.isWord(w.3, "Taro") {
                return .call
            }
            if tz.isWord(w.1, "navigateTo") || tz.isWord(w.1, "redirectTo"), tz.isPunct(w.2, UInt8(ascii: ".")) || tz.isPunct(w.2, "?."),
               tz.isWord(w.3, "wx") || tz.isWord(w.3, "uni") || tz.isWord(w.3, "Taro") {
                return .navigation
            }
            return nil
        }
        if tz.isPunct(w.0, UInt8(ascii: "=")) {
            if isRefererWord(w.1, tz),
               tz.isPunct(w.2, UInt8(ascii: ".")) || tz.isPunct(w.2, "?.") || tz.isWord(w.2, "const") || tz.isWord(w.2, "let") || tz.isWord(w.2, "var") {
                return .assignment(key: w.1)
            }
            if tz.isPunct(w.1, UInt8(ascii: "]")), isRefererString(w.2, tz), tz.isPunct(w.3, UInt8(ascii: "[")) {
                return .assignment(key: w.2)
            }
            return nil
        }
        if tz.isPunct(w.0, UInt8(ascii: ":")), isRefererWord(w.1, tz) || isRefererString(w.1, tz),
           tz.isPunct(w.2, UInt8(ascii: "{")) || tz.isPunct(w.2, UInt8(ascii: ",")) {
            return .property(key: w.1)
        }
        return nil
    }

    /// True for the identifier `udeskAvsMiniReferer` or a near miss of it
    /// (`udeskAvsMiniRefere`), which the launch-config detector reports.
    private static func isRefererWord(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        guard t.kind == .identifier else { return false }
        if tz.isWord(t, "udeskAvsMiniReferer") { return true }
        let length = refererKey.utf8.count
        guard abs(t.length - length) <= LaunchShape.maxMisspellingDistance else { return false }
        return LaunchShape.isNearMiss(String(decoding: tz.bytes[t.start..<t.end], as: UTF8.self))
    }

    private static func isRefererString(_ t: JSToken, _ tz: JSTokenizer) -> Bool {
        guard case .string = t.kind, t.length == refererKey.utf8.count + 2 else { return false }
        return tz.stringValue(t) == refererKey
    }

    /// True for a `navigateToMiniProgram` options literal that opens the AVS
    /// mini program rather than some other one (the detector every format shares).
    private static func isAVSLaunch(_ root: Node) -> Bool {
        LaunchShape.of(root) != nil
    }

    private static func isTokenError(_ error: JSSyntaxError) -> Bool {
        switch error.reason {
        case .unterminatedString?, .unterminatedComment?, .unterminatedTemplate?: return true
        default: return false
        }
    }

    private static func diagnostic(_ error: JSSyntaxError, file: SourceFile) -> Diagnostic {
        let span = Span(start: file.position(at: error.start), end: file.position(at: error.end))
        return Diagnostic(ruleID: error.ruleID, severity: .error, message: error.message, file: file.path, span: span)
    }
}
