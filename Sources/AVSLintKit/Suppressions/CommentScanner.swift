/// Finds the comments of a source file without mistaking a comment marker
/// inside a quoted string (or a YAML block scalar) for one.
public struct CommentScanner: Sendable {
    /// One comment.
    public struct Comment: Sendable, Hashable {
        /// The text after the marker, without the line break.
        public var text: String
        /// From the marker to the end of the line.
        public var span: Span
        /// True when only whitespace precedes the marker on its line.
        public var ownLine: Bool
    }

    /// How comments are written in a language.
    public struct Syntax: Sendable, Hashable {
        /// The marker (`#` for YAML, `//` for JavaScript).
        public var marker: String
        /// The marker starts a comment only at line start or after whitespace (YAML).
        public var needsSpaceBefore: Bool
        /// Quote characters that open strings.
        public var quotes: [UInt8]
        /// Skip YAML block scalars (`|`, `>`), whose lines are content.
        public var yamlBlockScalars: Bool

        /// YAML: `#` after whitespace, `'…'` and `"…"` strings, block scalars.
        public static let yaml = Syntax(
            marker: "#", needsSpaceBefore: true, quotes: [UInt8(ascii: "\""), UInt8(ascii: "'")], yamlBlockScalars: true)
        /// JavaScript line comments: `//`, with `'`, `"` and backtick strings.
        public static let javaScript = Syntax(
            marker: "//", needsSpaceBefore: false,
            quotes: [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`")], yamlBlockScalars: false)
    }

    /// The comment syntax.
    public var syntax: Syntax

    /// Creates a scanner.
    public init(syntax: Syntax = .yaml) {
        self.syntax = syntax
    }

    /// Every comment of `file`, in order.
    public func comments(in file: SourceFile) -> [Comment] {
        let bytes = file.bytes
        let marker = Array(syntax.marker.utf8)
        var out: [Comment] = []
        var quote: UInt8?
        var blockIndent: Int?  // inside a block scalar whose parent line has this indentation
        for lineIndex in 0..<file.lineCount {
            let start = file.lineStarts[lineIndex]
            let end = file.lineContentEnd(lineIndex + 1)
            var indent = 0
            while start + indent < end, bytes[start + indent] == UInt8(ascii: " ") { indent += 1 }
            let blank = start + indent == end
            if let parent = blockIndent, quote == nil {
                if blank || indent > parent { continue }
                blockIndent = nil
            }
            var i = start
            var previous: UInt8 = UInt8(ascii: " ")
            var lastToken: Int? = nil  // where the last non-space run started (for block indicators)
            var commentStart: Int?
            while i < end {
                let byte = bytes[i]
                if let open = quote {
                    if open == UInt8(ascii: "'") && syntax.yamlBlockScalars {
                        if byte == open {
                            if i + 1 < end, bytes[i + 1] == open { i += 2; continue }
                            quote = nil
                        }
                    } else if byte == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    } else if byte == open {
                        quote = nil
                    }
                    previous = byte
                    i += 1
                    continue
                }
                if matches(marker, in: bytes, at: i, end: end),
                   !syntax.needsSpaceBefore || previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || i == start {
                    commentStart = i
                    break
                }
                if syntax.quotes.contains(byte), opensQuote(after: previous) {
                    quote = byte
                } else if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") || i == start {
                    lastToken = i
                }
                previous = byte
                i += 1
            }
            if syntax.yamlBlockScalars, quote == nil, let token = lastToken {
                var tokenEnd = commentStart ?? end
                while tokenEnd > token, bytes[tokenEnd - 1] == UInt8(ascii: " ") || bytes[tokenEnd - 1] == UInt8(ascii: "\t") {
                    tokenEnd -= 1
                }
                if isBlockIndicator(bytes[token..<tokenEnd]) { blockIndent = indent }
            }
            if let c = commentStart {
                let textStart = c + marker.count
                out.append(Comment(
                    text: String(decoding: bytes[textStart..<end], as: UTF8.self),
                    span: Span(start: file.position(at: c), end: file.position(at: end)),
                    ownLine: c == start + indent))
            }
        }
        return out
    }

    private func matches(_ marker: [UInt8], in bytes: [UInt8], at i: Int, end: Int) -> Bool {
        guard i + marker.count <= end else { return false }
        for (k, b) in marker.enumerated() where bytes[i + k] != b { return false }
        return true
    }

    private func opensQuote(after previous: UInt8) -> Bool {
        guard syntax.yamlBlockScalars else { return true }
        return [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
                UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: "?")].contains(previous)
    }

    /// `|`, `>`, with optional chomping and indentation indicators.
    private func isBlockIndicator(_ token: ArraySlice<UInt8>) -> Bool {
        guard let first = token.first, first == UInt8(ascii: "|") || first == UInt8(ascii: ">") else { return false }
        return token.dropFirst().allSatisfy {
            $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || ($0 >= 0x31 && $0 <= 0x39)
        }
    }
}
