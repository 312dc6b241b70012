import Dispatch

/// Lints many files in parallel on all cores; the result is the same, byte
/// for byte, as a serial run's.
public struct LintRun: Sendable {
    /// The linter applied to each file.
    public var linter: Linter
    /// Whether safe fixes are applied, and whether the files are written.
    public var fixMode: FixMode

    /// Creates a run.
    public init(linter: Linter, fixMode: FixMode = .off) {
        self.linter = linter
        self.fixMode = fixMode
    }

    /// What a run does with safe fixes.
    public enum FixMode: Sendable, Hashable {
        /// Report only.
        case off
        /// Fix in memory and report what would remain; write nothing.
        case dryRun
        /// Fix and replace each changed file atomically.
        case apply
    }

    /// A file whose bytes the fixes changed (or would change, in a dry run, or
    /// for content held in memory, which is never written).
    public struct FileChange: Sendable, Hashable {
        /// The file as named.
        public var path: String
        /// The bytes before.
        public var before: [UInt8]
        /// The bytes after.
        public var after: [UInt8]
        /// How many fixes were applied.
        public var fixes: Int
    }

    /// What a run produced.
    public struct Result: Sendable {
        /// All findings, sorted by file, line, column, rule.
        public var diagnostics: [Diagnostic] = []
        /// Files that were linted (launch configs and explicit files), sorted.
        public var files: [String] = []
        /// Sources of the files with findings (for code frames and fingerprints).
        public var sources: [String: SourceFile] = [:]
        /// I/O problems, one line each (exit 2).
        public var problems: [String] = []
        /// Walked files that were not launch configs.
        public var skipped: [String] = []
        /// Files the fixes changed, sorted by path (empty unless fixing).
        public var changes: [FileChange] = []

        /// An empty result.
        public init() {}
    }

    enum Outcome: Sendable {
        case linted(Linter.FileResult, SourceFile, change: FileChange? = nil, problem: String? = nil)
        case failed(String)
    }

    /// Reads and lints `files`.
    /// - Parameters:
    ///   - files: what to lint.
    ///   - linters: the linter for each file (same order), when files use
    ///     different configurations; `linter` otherwise.
    public func run(_ files: [DiscoveredFile], linters: [Linter]? = nil) -> Result {
        let outcomes = OutcomeSlots(count: files.count)
        let fallback = self.linter
        let fixMode = self.fixMode
        let work: @Sendable (Int) -> Void = { index in
            let file = files[index]
            let linter = linters.map { $0[index] } ?? fallback
            let bytes: [UInt8]
            if let contents = file.contents {
                bytes = contents
            } else {
                switch FileReader.read(file.path) {
                case .failure(let error):
                    outcomes.set(index, .failed(error.message))
                    return
                case .success(let read):
                    bytes = read
                }
            }
            if fixMode == .off {
                // The byte pre-filter, before the line index is made.
                guard Linter.passesFilter(bytes, format: file.format, explicit: file.explicit) else {
                    let skipped = Linter.FileResult(diagnostics: [], isLaunchConfig: false)
                    outcomes.set(index, .linted(skipped, SourceFile(path: file.path, bytes: [])))
                    return
                }
                let source = SourceFile(path: file.path, bytes: bytes)
                outcomes.set(index, .linted(linter.lintFiltered(source, format: file.format, explicit: file.explicit), source))
            } else {
                let source = SourceFile(path: file.path, bytes: bytes)
                let write = fixMode == .apply && file.contents == nil
                outcomes.set(index, LintRun.fix(source, file, linter: linter, write: write))
            }
        }
        if files.count > 1 {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        } else if files.count == 1 {
            work(0)
        }
        var result = Result()
        for (index, outcome) in outcomes.values.enumerated() {
            switch outcome {
            case .failed(let message):
                result.problems.append(message)
            case .linted(let fileResult, let source, let change, let problem):
                guard fileResult.isLaunchConfig else {
                    result.skipped.append(files[index].path)
                    continue
                }
                if let change { result.changes.append(change) }
                if let problem { result.problems.append(problem) }
                result.files.append(files[index].path)
                if !fileResult.diagnostics.isEmpty {
                    result.diagnostics += fileResult.diagnostics
                    result.sources[source.path] = source
                }
            case nil:
                break
            }
        }
        result.files.sort()
        result.changes.sort { $0.path < $1.path }
        result.diagnostics.sort(by: Diagnostic.sortOrder)
        return result
    }

    /// Fixes one file; with `write`, replaces it atomically when the bytes
    /// changed. A failed write leaves the file as it was and reports the
    /// findings of the original text.
    static func fix(_ source: SourceFile, _ file: DiscoveredFile, linter: Linter, write: Bool) -> Outcome {
        let fixed = FixRunner(linter: linter).run(source, format: file.format, explicit: file.explicit)
        guard fixed.changed else { return .linted(fixed.result, fixed.source) }
        let change = FileChange(path: file.path, before: fixed.original, after: fixed.source.bytes, fixes: fixed.appliedFixes)
        if write, case .failure(let error) = AtomicFile.write(fixed.source.bytes, to: file.path) {
            return .linted(linter.lint(source, format: file.format, explicit: file.explicit), source, problem: error.message)
        }
        return .linted(fixed.result, fixed.source, change: change)
    }
}

/// One slot per file, each written by exactly one worker.
private final class OutcomeSlots: @unchecked Sendable {
    // Sound: concurrentPerform hands each index to exactly one worker, every
    // write goes through the lock, and `values` is read only after all
    // workers have returned.
    private var slots: [LintRun.Outcome?]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ outcome: LintRun.Outcome) {
        lock.wait()
        slots[index] = outcome
        lock.signal()
    }

    var values: [LintRun.Outcome?] { slots }
}
