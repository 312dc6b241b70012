#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the launch-config object literals of JavaScript and TypeScript
/// files (`.js`, `.mjs`, `.cjs`, `.jsx`, `.ts`, `.mts`, `.tsx`, and the
/// `<script>` blocks of `.vue`, `.nvue` and `.uvue` files): the options of `wx|uni|Taro.navigateToMiniProgram(…)`
/// and the literal assigned to `….udeskAvsMiniReferer`. Each literal found
/// is one document, in file order. Values only known at run time become
/// `.computed` nodes, which no check reports on.
public enum JSLoader {
    /// What `loadDetailed` read.
    public struct Loaded: Sendable {
        /// The documents and findings, as `load` returns them.
        public var result: LoadResult
        /// How many values, keys and spreads are computed at run time.
        public var computedValues: Int
        /// The comments read, markers dropped (for suppression directives).
        public var comments: [CommentScanner.Comment]
    }

    /// Loads the launch-config literals of `file`.
    ///
    /// - Parameters:
    ///   - file: the source to read.
    ///   - limits: nesting depth and key length bounds; going past one is a
    ///     `document-too-complex` finding.
    /// - Returns: one document per literal found (none when the file never
    ///   mentions `navigateToMiniProgram` or `udeskAvsMiniReferer`), any
    ///   `duplicate-key` findings, and at most one `syntax-error` (an
    ///   unterminated string, comment or template, or a malformed literal),
    ///   after which nothing more of the file is read.
    public static func load(_ file: SourceFile, limits: LoadLimits = .standard) -> LoadResult {
        loadDetailed(file, limits: limits).result
    }

    /// Loads like `load`, and also counts the computed values and returns
    /// the comments (when `comments` is true).
    /// - Parameters:
    ///   - file: the source to read.
    ///   - limits: hostile-input bounds.
    ///   - comments: true to collect comment spans.
    /// - Returns: the load result, the computed-value count and the comments.
    public static func loadDetailed(_ file: SourceFile, limits: LoadLimits = .standard, comments: Bool = false) -> Loaded {
        guard LaunchConfigFilter.mayHoldLaunchConfig(file.bytes, format: .javascript) else {
            return Loaded(result: LoadResult(), computedValues: 0, comments: [])
        }
        let kind = ScriptKind(path: file.path)
        let found = file.bytes.withUnsafeBufferPointer { buffer in
            let ranges = kind == .vue
                ? VueScriptBlocks.blocks(in: buffer).map { (range: $0.range, allowsJSX: !$0.isPlainTypeScript) }
                : [(range: file.bomLength..<buffer.count, allowsJSX: kind == .javascriptOrJSX)]
            return JSLiteralFinder.find(in: buffer, ranges: ranges, file: file, limits: limits, collectComments: comments)
        }
        var diagnostics = found.diagnostics
        if found.documents.contains(where: { $0.root?.member(JSLiteralFinder.refererKey) != nil }) {
            // The file sets the referer for page navigation: where it navigates must be the entry page.
            diagnostics += found.navigationURLs.compactMap { PageEntryCheck.check($0, file: file.path) }
        }
        return Loaded(result: LoadResult(documents: found.documents, diagnostics: diagnostics),
                      computedValues: found.computed, comments: commentTexts(found.comments, in: file))
    }

    /// How a script file is read, by its extension.
    enum ScriptKind {
        /// `.ts`, `.mts`, `.cts`: TypeScript without JSX (`<T>x` is a cast).
        case typeScript
        /// `.vue`, `.nvue`, `.uvue`: the `<script>` blocks.
        case vue
        /// Everything else (`.js`, `.mjs`, `.cjs`, `.jsx`, `.tsx`, stdin): JSX is read.
        case javascriptOrJSX

        init(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".vue") || lower.hasSuffix(".nvue") || lower.hasSuffix(".uvue") {
                self = .vue
            } else if lower.hasSuffix(".ts") || lower.hasSuffix(".mts") || lower.hasSuffix(".cts") {
                self = .typeScript
            } else {
                self = .javascriptOrJSX
            }
        }
    }

    /// `// text` and `/* text */` ranges as comments: the text between the
    /// markers, the span of the whole comment, and whether only blanks
    /// precede it on its line.
    static func commentTexts(_ ranges: [Range<Int>], in file: SourceFile) -> [CommentScanner.Comment] {
        var locator = Locator(file: file)
        return ranges.map { range in
            let isBlock = range.count >= 4 && file.bytes[range.lowerBound + 1] == UInt8(ascii: "*")
            let textEnd = isBlock ? range.upperBound - 2 : range.upperBound
            let text = String(decoding: file.bytes[(range.lowerBound + 2)..<max(range.lowerBound + 2, textEnd)], as: UTF8.self)
            let span = locator.span(range.lowerBound, range.upperBound)
            var o = range.lowerBound
            while o > 0, file.bytes[o - 1] == 0x20 || file.bytes[o - 1] == 0x09 { o -= 1 }
            let ownLine = o == 0 || file.bytes[o - 1] == 0x0A || file.bytes[o - 1] == 0x0D || o == file.bomLength
            return CommentScanner.Comment(text: text, span: span, ownLine: ownLine)
        }
    }

    /// The rule id of the `--verbose` note on computed values.
    public static let computedValuesRule = "javascript/computed-values"

    /// An `info` at the first literal of `loaded` saying how many values are
    /// computed at run time and so not checked; nil when there are none.
    /// - Parameters:
    ///   - loaded: what `loadDetailed` read.
    ///   - file: the file it read.
    /// - Returns: the note, or nil.
    public static func computedValuesNote(_ loaded: Loaded, file: SourceFile) -> Diagnostic? {
        guard loaded.computedValues > 0, let first = loaded.result.documents.first?.root else { return nil }
        let count = loaded.computedValues
        let start = first.members?.first.map { member in
            // Page mode: the synthetic root starts at its literal; point at the key before it.
            member.key.span.start < first.span.start ? member.key.span.start : first.span.start
        } ?? first.span.start
        return Diagnostic(ruleID: computedValuesRule, severity: .info,
                          message: count == 1 ? "1 value is computed at run time and not checked"
                                              : "\(count) values are computed at run time and not checked",
                          file: file.path, span: Span(at: start))
    }

    /// True when `bytes` contain `navigateToMiniProgram` or
    /// `udeskAvsMiniReferer`: the cheap byte search that decides whether a
    /// JavaScript file is worth tokenizing at all.
    public static func mentionsLaunchConfig(_ bytes: [UInt8]) -> Bool {
        // Both words hold "Mini": find each rare 'M' with memchr, then
        // compare what stands around it.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let n = buffer.count
            var o = 0
            while o < n, let hit = memchr(base + o, Int32(UInt8(ascii: "M")), n - o) {
                let m = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if matches(buffer, "Mini", at: m),
                   (matches(buffer, "navigateTo", at: m - 10) && matches(buffer, "Program", at: m + 4))
                    || (matches(buffer, "udeskAvs", at: m - 8) && matches(buffer, "Referer", at: m + 4)) {
                    return true
                }
                o = m + 1
            }
            return false
        }
    }

    /// True when the ASCII `word` is written at `index` of `buffer`.
    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, _ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= buffer.count else { return false }
        return word.withUTF8Buffer { expected in
            for k in 0..<length where buffer[index + k] != expected[k] { return false }
            return true
        }
    }
}
