import EmbedCore

/// The findings a team has accepted, so that only new ones fail: each is a
/// fingerprint (rule, file, instance path and a hash of the node's text),
/// never a line number, so edits above a finding do not break it.
///
/// The file is pretty JSON sorted by file, rule, path, hash and message, so
/// it diffs well in review:
/// `{"version": 1, "findings": [{"rule", "file", "path", "hash", "message"}, …]}`.
/// `message` is for people; matching ignores it.
///
/// Matching is by multiset: two identical findings need two entries. A
/// finding first matches an entry of its own file. One that does not may
/// match an entry of a file that no longer exists with the same rule, path
/// and hash (the file was renamed or moved).
public struct Baseline: Sendable, Hashable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable {
        /// The rule id.
        public var rule: String
        /// The file as named on the command line, without a leading `./`.
        public var file: String
        /// The JSON Pointer of the node.
        public var path: String
        /// FNV-1a 64 of the first line of the node's text, trailing blanks removed.
        public var hash: String
        /// The message when recorded (not matched).
        public var message: String

        /// Creates an entry.
        public init(rule: String, file: String, path: String, hash: String, message: String) {
            self.rule = rule
            self.file = file
            self.path = path
            self.hash = hash
            self.message = message
        }

        static func order(_ a: Entry, _ b: Entry) -> Bool {
            (a.file, a.rule, a.path, a.hash, a.message) < (b.file, b.rule, b.path, b.hash, b.message)
        }
    }

    /// The entries, sorted.
    public var entries: [Entry]

    /// A baseline of `entries` (sorted here).
    public init(entries: [Entry]) {
        self.entries = entries.sorted(by: Entry.order)
    }

    /// Records `diagnostics`; `sources` holds the text of each file with findings.
    public init(recording diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.init(entries: diagnostics.map { Baseline.entry(for: $0, source: sources[$0.file]) })
    }

    /// The fingerprint of one finding.
    public static func entry(for diagnostic: Diagnostic, source: SourceFile?) -> Entry {
        Entry(rule: diagnostic.ruleID, file: normalize(diagnostic.file), path: diagnostic.instancePath,
              hash: FNV1a.hex64(nodeText(diagnostic.span, in: source)), message: diagnostic.message)
    }

    /// The first line of the span's text, without trailing blanks: stable
    /// when lines move, and when a mapping's later lines change.
    static func nodeText(_ span: Span, in source: SourceFile?) -> ArraySlice<UInt8> {
        guard let bytes = source?.bytes else { return [] }
        let start = min(max(0, span.start.offset), bytes.count)
        var end = min(max(start, span.end.offset), bytes.count)
        if let lineBreak = bytes[start..<end].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) { end = lineBreak }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return bytes[start..<end]
    }

    /// A path without leading `./`.
    public static func normalize(_ path: String) -> String {
        var rest = Substring(path)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        return String(rest)
    }

    // MARK: - Comparing

    /// The findings of a run measured against the baseline.
    public struct Comparison: Sendable {
        /// Findings not in the baseline, in the order given.
        public var new: [Diagnostic]
        /// How many findings the baseline suppressed.
        public var suppressed: Int
        /// Entries of the linted (or no longer existing) files that no finding matched: fixed.
        public var fixed: Int
    }

    /// Splits `diagnostics` into new and suppressed ones.
    /// - Parameters:
    ///   - diagnostics: the run's findings.
    ///   - sources: the text of each file with findings.
    ///   - lintedFiles: every file the run linted; entries of other files
    ///     that still exist are neither matched nor counted as fixed.
    ///   - fileExists: whether a file exists (for renames).
    public func compare(
        _ diagnostics: [Diagnostic], sources: [String: SourceFile], lintedFiles: [String],
        fileExists: (String) -> Bool = Baseline.fileExists
    ) -> Comparison {
        struct Key: Hashable {
            var rule: String
            var path: String
            var hash: String
        }
        var byFile: [String: [Key: Int]] = [:]
        for entry in entries {
            byFile[entry.file, default: [:]][Key(rule: entry.rule, path: entry.path, hash: entry.hash), default: 0] += 1
        }
        var unmatched: [(Diagnostic, Key)] = []
        var suppressed = 0
        for diagnostic in diagnostics {
            let entry = Baseline.entry(for: diagnostic, source: sources[diagnostic.file])
            let key = Key(rule: entry.rule, path: entry.path, hash: entry.hash)
            if let count = byFile[entry.file]?[key], count > 0 {
                byFile[entry.file]?[key] = count - 1
                suppressed += 1
            } else {
                unmatched.append((diagnostic, key))
            }
        }
        let linted = Set(lintedFiles.map(Baseline.normalize))
        let gone = Set(byFile.keys.filter { !linted.contains($0) && !fileExists($0) })
        let goneInOrder = gone.sorted()
        var new: [Diagnostic] = []
        for (diagnostic, key) in unmatched {
            if let file = goneInOrder.first(where: { (byFile[$0]?[key] ?? 0) > 0 }) {
                byFile[file]?[key, default: 0] -= 1
                suppressed += 1
            } else {
                new.append(diagnostic)
            }
        }
        var fixed = 0
        for (file, counts) in byFile where linted.contains(file) || gone.contains(file) {
            fixed += counts.values.reduce(0, +)
        }
        return Comparison(new: new, suppressed: suppressed, fixed: fixed)
    }

    /// True when something exists at `path`.
    public static func fileExists(_ path: String) -> Bool {
        FileReader.exists(path)
    }
}
