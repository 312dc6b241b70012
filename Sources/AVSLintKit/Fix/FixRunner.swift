/// Applies the safe fixes of one file until nothing changes: lint, apply
/// every fix that does not overlap one taken before it (in report order),
/// lint the new text, repeat, at most `maxPasses` times. A fix that
/// overlaps waits for the next pass, where it is recomputed on the new text.
/// Only the edits change bytes, so comments, key order, quoting,
/// indentation, line endings and a BOM stay as they were.
public struct FixRunner: Sendable {
    /// The linter that finds (and re-finds) the fixes.
    public var linter: Linter
    /// The most lint-and-fix passes.
    public var maxPasses: Int

    /// Creates a runner.
    public init(linter: Linter, maxPasses: Int = 10) {
        self.linter = linter
        self.maxPasses = maxPasses
    }

    /// What fixing one file produced.
    public struct Outcome: Sendable {
        /// The bytes before any fix.
        public var original: [UInt8]
        /// The fixed source (the original when no fix applied).
        public var source: SourceFile
        /// The lint result of the fixed source: the findings that remain.
        public var result: Linter.FileResult
        /// How many fixes were applied over all passes.
        public var appliedFixes: Int
        /// How many passes applied at least one fix.
        public var passes: Int

        /// True when the bytes changed.
        public var changed: Bool { source.bytes != original }
    }

    /// Fixes `file` in memory; writes nothing.
    /// - Parameters:
    ///   - file: the source.
    ///   - format: which loader reads it.
    ///   - explicit: whether the user named the file (see `Linter.lint`).
    /// - Returns: the fixed source and the findings that remain.
    public func run(_ file: SourceFile, format: InputFormat, explicit: Bool = true) -> Outcome {
        var source = file
        var result = linter.lint(source, format: format, explicit: explicit)
        var outcome = Outcome(original: file.bytes, source: source, result: result, appliedFixes: 0, passes: 0)
        guard result.isLaunchConfig else { return outcome }
        var pass = 0
        while pass < maxPasses {
            let chosen = FixRunner.nonOverlapping(result.diagnostics)
            guard !chosen.isEmpty else { break }
            let (bytes, _) = EditApplication.apply(chosen.flatMap(\.edits), to: source.bytes)
            guard bytes != source.bytes else { break }
            let next = SourceFile(path: file.path, bytes: bytes)
            let nextResult = linter.lintFiltered(next, format: format, explicit: explicit)
            // A fix must never break the file: stop at the last good text.
            guard syntaxErrors(nextResult) <= syntaxErrors(result) else { break }
            pass += 1
            source = next
            result = nextResult
            outcome.appliedFixes += chosen.count
        }
        outcome.source = source
        outcome.result = result
        outcome.passes = pass
        return outcome
    }

    /// The fixes of `diagnostics` to apply in one pass: in order, each fix
    /// whose edits overlap none taken before it (the first one wins).
    public static func nonOverlapping(_ diagnostics: [Diagnostic]) -> [Fix] {
        var taken: [Edit] = []
        var fixes: [Fix] = []
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fix, !fix.edits.isEmpty else { continue }
            let clashes = fix.edits.contains { edit in
                taken.contains { overlaps($0, edit) } || fix.edits.contains { $0 != edit && overlaps($0, edit) }
            }
            if clashes { continue }
            taken += fix.edits
            fixes.append(fix)
        }
        return fixes
    }

    /// Two edits touch the same bytes (two insertions at one point count).
    static func overlaps(_ a: Edit, _ b: Edit) -> Bool {
        if a.start == b.start { return true }
        return a.start < b.end && b.start < a.end
    }

    private func syntaxErrors(_ result: Linter.FileResult) -> Int {
        result.diagnostics.count { $0.ruleID == BuiltinRule.syntaxError || $0.ruleID == BuiltinRule.duplicateKey }
    }
}
