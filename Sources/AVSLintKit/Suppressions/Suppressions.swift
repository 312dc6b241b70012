/// Inline suppressions written as comments:
/// `avslint-disable-next-line RULE[, RULE]`, `avslint-disable-line RULE`,
/// `avslint-disable RULE` … `avslint-enable RULE`. A RULE may be an id, a
/// category glob (`navigate/*`), or omitted for every rule. A directive that
/// suppresses nothing is itself reported (`unused-suppression`).
public enum Suppressions {
    /// One directive found in a comment.
    struct Directive {
        enum Kind: String { case nextLine = "avslint-disable-next-line", line = "avslint-disable-line",
                                 disable = "avslint-disable", enable = "avslint-enable" }
        var kind: Kind
        /// Rule patterns; empty means every rule.
        var patterns: [String]
        var span: Span
        /// For `disable`: the last line covered (set when the matching `enable` is found).
        var untilLine = Int.max

        func covers(_ ruleID: String) -> Bool {
            patterns.isEmpty || patterns.contains { Configuration.matches(pattern: $0, ruleID: ruleID) }
        }

        func appliesTo(line: Int) -> Bool {
            switch kind {
            case .nextLine: return line == span.start.line + 1
            case .line: return line == span.start.line
            case .disable: return line > span.start.line && line <= untilLine
            case .enable: return false
            }
        }
    }

    /// Drops the diagnostics of `file` that a directive suppresses and adds an
    /// `unused-suppression` warning for each directive that suppressed nothing.
    /// - Parameters:
    ///   - diagnostics: the findings of the file (any order).
    ///   - file: the file, scanned for comments.
    ///   - syntax: how comments are written (YAML by default).
    /// - Returns: the remaining findings plus the unused-suppression warnings.
    public static func apply(
        _ diagnostics: [Diagnostic], file: SourceFile, syntax: CommentScanner.Syntax = .yaml
    ) -> [Diagnostic] {
        // Most files hold no directive: a byte search settles that before any scanning.
        guard mentionsDirective(file.bytes) else { return diagnostics }
        return apply(diagnostics, file: file, comments: CommentScanner(syntax: syntax).comments(in: file))
    }

    /// True when `bytes` contain `avslint-`, the prefix of every directive.
    static func mentionsDirective(_ bytes: [UInt8]) -> Bool {
        let needle = Array("avslint-".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= needle.count else { return false }
            var i = 0
            let last = buffer.count - needle.count
            while i <= last {
                if buffer[i] == needle[0] {
                    var k = 1
                    while k < needle.count && buffer[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Like `apply(_:file:syntax:)`, over comments a loader already found
    /// (the JavaScript loader's tokenizer knows `/* … */` and regular
    /// expressions, which a line scanner cannot).
    /// - Parameters:
    ///   - diagnostics: the findings of the file (any order).
    ///   - file: the file the comments belong to.
    ///   - comments: its comments, in order.
    /// - Returns: the remaining findings plus the unused-suppression warnings.
    public static func apply(
        _ diagnostics: [Diagnostic], file: SourceFile, comments: [CommentScanner.Comment]
    ) -> [Diagnostic] {
        let directives = parse(comments)
        guard !directives.isEmpty else { return diagnostics }
        var used = Array(repeating: false, count: directives.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            if diagnostic.ruleID == BuiltinRule.unusedSuppression {
                kept.append(diagnostic)
                continue
            }
            var suppressed = false
            for (i, directive) in directives.enumerated()
            where directive.appliesTo(line: diagnostic.span.start.line) && directive.covers(diagnostic.ruleID) {
                used[i] = true
                suppressed = true
            }
            if !suppressed { kept.append(diagnostic) }
        }
        for (i, directive) in directives.enumerated() where !used[i] && directive.kind != .enable {
            let what = directive.patterns.isEmpty ? "any rule" : directive.patterns.map { "'\($0)'" }.joined(separator: ", ")
            kept.append(Diagnostic(
                ruleID: BuiltinRule.unusedSuppression, severity: .warning,
                message: "'\(directive.kind.rawValue)' of \(what) suppresses nothing; remove it",
                file: file.path, span: directive.span))
        }
        return kept
    }

    /// Reads the directives of a file's comments and pairs each `disable` with the `enable` that ends it.
    static func parse(_ comments: [CommentScanner.Comment]) -> [Directive] {
        var directives: [Directive] = []
        for comment in comments {
            let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first, let kind = Directive.Kind(rawValue: String(first)) else { continue }
            var patterns: [String] = []
            for word in words.dropFirst() {
                if word == "--" { break }  // the rest is a reason
                patterns += word.split(separator: ",").map(String.init).filter { !$0.isEmpty }
            }
            var directive = Directive(kind: kind, patterns: patterns, span: comment.span)
            if kind == .enable {
                for j in directives.indices where directives[j].kind == .disable && directives[j].untilLine == .max {
                    if patterns.isEmpty || !Set(patterns).isDisjoint(with: directives[j].patterns)
                        || directives[j].patterns.isEmpty {
                        directives[j].untilLine = comment.span.start.line - 1
                    }
                }
                directive.untilLine = comment.span.start.line
            }
            directives.append(directive)
        }
        return directives
    }
}
