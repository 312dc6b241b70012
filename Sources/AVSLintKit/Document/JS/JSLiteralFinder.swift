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
    }

    /// The anchor a `{` was found at.
    private enum Anchor {
        case call
        case assignment(key: JSToken)
        case property(key: JSToken)
    }

    static let refererKey = "udeskAvsMiniReferer"

    /// Reads `ranges` of `file` (the whole file, or a `.vue` file's script blocks).
    static func find(in bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], file: SourceFile,
                     limits: LoadLimits, collectComments: Bool) -> Found {
        var found = Found()
        var locator = Locator(file: file)
        for range in ranges {
            var tz = JSTokenizer(bytes: bytes, start: range.lowerBound, limit: range.upperBound)
            tz.collectComments = collectComments
            let stopped = scan(&tz, file: file, limits: limits, locator: &locator, into: &found)
            found.comments += tz.comments
            if stopped { break }
        }
        return found
    }

    /// Scans one range; true when a syntax error ended the file's reading.
    private static func scan(_ tz: inout JSTokenizer, file: SourceFile, limits: LoadLimits,
                             locator: inout Locator, into found: inout Found) -> Bool {
        // The four tokens before the current one, most recent first.
        let none = JSToken(kind: .end, start: 0, end: 0)
        var window = (none, none, none, none)
        do throws(JSSyntaxError) {
            while true {
                let t = try tz.next()
                if t.kind == .end { return false }
                if tz.isPunct(t, UInt8(ascii: "{")), let anchor = anchor(window, tz) {
                    read(anchor, open: t, &tz, file: file, limits: limits, locator: &locator, into: &found)
                    window = (none, none, none, none)
                    if found.diagnostics.contains(where: { $0.ruleID != BuiltinRule.duplicateKey }) { return true }
                    continue
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
                             limits: LoadLimits, locator: inout Locator, into found: inout Found) {
        var keyToken: JSToken?
        switch anchor {
        case .call: keyToken = nil
        case .assignment(let key), .property(let key): keyToken = key
        }
        let keySpan = keyToken.map { locator.span($0.start, $0.end) }
        var parser = JSLiteralParser(path: file.path, basePointer: keyToken == nil ? "" : "/" + refererKey, limits: limits)
        let literal: Node
        do throws(JSSyntaxError) {
            literal = try parser.parse(open: open, tokenizer: &tz, locator: &locator)
        } catch {
            if case .property = anchor, error.ruleID == BuiltinRule.syntaxError, !isTokenError(error) { return }
            found.diagnostics.append(diagnostic(error, file: file))
            return
        }
        let root: Node
        if let keyToken, let keySpan {
            let style: Scalar.Style = keyToken.kind == .identifier ? .plain
                : tz.bytes[keyToken.start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            let key = Node(.scalar(Scalar(.string(refererKey), text: refererKey, style: style)), span: keySpan)
            root = Node(.mapping([Member(key: key, value: literal)]), span: literal.span)
        } else {
            guard isAVSLaunch(literal) else { return }
            root = literal
        }
        found.documents.append(Document(root: root, index: found.documents.count))
        found.diagnostics += parser.duplicates.sorted { $0.span.start.offset < $1.span.start.offset }
        found.computed += parser.computed
    }

    /// The anchor that the tokens before a `{` form, if any.
    private static func anchor(_ w: (JSToken, JSToken, JSToken, JSToken), _ tz: JSTokenizer) -> Anchor? {
        if tz.isPunct(w.0, UInt8(ascii: "(")) {
            if tz.isWord(w.1, "navigateToMiniProgram"), tz.isPunct(w.2, UInt8(ascii: ".")) || tz.isPunct(w.2, "?."),
               tz.isWord(w.3, "wx") || tz.isWord(w.3, "uni") || tz.isWord(w.3, "Taro") {
                return .call
            }
            return nil
        }
        if tz.isPunct(w.0, UInt8(ascii: "=")) {
            if tz.isWord(w.1, "udeskAvsMiniReferer"),
               tz.isPunct(w.2, UInt8(ascii: ".")) || tz.isPunct(w.2, "?.") || tz.isWord(w.2, "const") || tz.isWord(w.2, "let") || tz.isWord(w.2, "var") {
                return .assignment(key: w.1)
            }
            if tz.isPunct(w.1, UInt8(ascii: "]")), isRefererString(w.2, tz), tz.isPunct(w.3, UInt8(ascii: "[")) {
                return .assignment(key: w.2)
            }
            return nil
        }
        if tz.isPunct(w.0, UInt8(ascii: ":")), tz.isWord(w.1, "udeskAvsMiniReferer") || isRefererString(w.1, tz),
           tz.isPunct(w.2, UInt8(ascii: "{")) || tz.isPunct(w.2, UInt8(ascii: ",")) {
            return .property(key: w.1)
        }
        return nil
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
        case .unterminatedString, .unterminatedComment, .unterminatedTemplate: return true
        default: return false
        }
    }

    private static func diagnostic(_ error: JSSyntaxError, file: SourceFile) -> Diagnostic {
        let span = Span(start: file.position(at: error.start), end: file.position(at: error.end))
        return Diagnostic(ruleID: error.ruleID, severity: .error, message: error.message, file: file.path, span: span)
    }
}
