/// Lints one file: pre-filter, load, check each document, then one post-pass
/// (superseded findings, configured levels, suppressions, sort). It only
/// orchestrates; every check lives in a `DocumentChecker`.
public struct Linter: Sendable {
    /// The run's settings (rule levels are applied here, and only here).
    public var configuration: Configuration
    /// The checks run on each launch-config document, in order.
    public var checkers: [any DocumentChecker] {
        didSet { supersedes = Linter.supersedes(of: checkers) }
    }
    /// What the checkers' findings supersede, gathered once (kept in step with `checkers`).
    private var supersedes: [String: Set<String>]
    /// Bounds for hostile input.
    public var limits: LoadLimits
    /// True to add, for each JavaScript file, an `info` saying how many of
    /// its values are computed at run time (`--verbose`).
    public var reportsComputedValues = false

    /// Creates a linter.
    public init(configuration: Configuration = Configuration(), checkers: [any DocumentChecker] = [], limits: LoadLimits = .standard) {
        self.configuration = configuration
        self.checkers = checkers
        supersedes = Linter.supersedes(of: checkers)
        self.limits = limits
    }

    /// What linting one file produced.
    public struct FileResult: Sendable {
        /// The findings, sorted.
        public var diagnostics: [Diagnostic]
        /// False when the file was walked into and turned out not to be a launch config.
        public var isLaunchConfig: Bool
    }

    /// Loads `file` with the loader its format needs. Invalid UTF-8 is a
    /// `syntax-error` at the first bad byte and no document.
    public func load(_ file: SourceFile, format: InputFormat) -> LoadResult {
        loadWithComments(file, format: format).result
    }

    /// Loads `file` and, for a script, the comments its tokenizer read
    /// (nil for YAML and JSON, whose comments the suppression scanner finds).
    private func loadWithComments(_ file: SourceFile, format: InputFormat) -> (result: LoadResult, comments: [CommentScanner.Comment]?) {
        if let bad = UTF8Check.firstInvalidOffset(file.bytes) {
            let position = file.position(at: bad)
            let byte = file.bytes[bad]
            return (LoadResult(diagnostics: [Diagnostic(
                ruleID: BuiltinRule.syntaxError, severity: .error,
                message: "invalid UTF-8: byte 0x\(hex(byte)) cannot appear here",
                file: file.path, span: Span(start: position, end: file.position(at: bad + 1)))]), nil)
        }
        switch format {
        case .yaml: return (YAMLLoader.load(file, limits: limits), nil)
        case .json: return (JSONLoader.load(file, limits: limits), nil)
        case .javascript:
            let loaded = JSLoader.loadDetailed(file, limits: limits, comments: true)
            var result = loaded.result
            if reportsComputedValues, let note = JSLoader.computedValuesNote(loaded, file: file) {
                result.diagnostics.append(note)
            }
            return (result, loaded.comments)
        }
    }

    /// Lints `file`.
    /// - Parameters:
    ///   - file: the source.
    ///   - format: which loader reads it.
    ///   - explicit: true when the user named the file; a walked file whose
    ///     bytes cannot hold a launch config (`LaunchConfigFilter`), or whose
    ///     documents are not launch configs, is skipped without findings.
    ///     A script is always filtered, named or not.
    /// - Returns: the sorted findings and whether the file held a launch config.
    public func lint(_ file: SourceFile, format: InputFormat, explicit: Bool = true) -> FileResult {
        guard Linter.passesFilter(file.bytes, format: format, explicit: explicit) else {
            return FileResult(diagnostics: [], isLaunchConfig: false)
        }
        return lintFiltered(file, format: format, explicit: explicit)
    }

    /// The byte pre-filter as `lint` applies it: to walked files and to every script.
    static func passesFilter(_ bytes: [UInt8], format: InputFormat, explicit: Bool) -> Bool {
        explicit && format != .javascript || LaunchConfigFilter.mayHoldLaunchConfig(bytes, format: format)
    }

    /// `lint` for a file that has passed `passesFilter`.
    func lintFiltered(_ file: SourceFile, format: InputFormat, explicit: Bool) -> FileResult {
        var file = file
        file.format = format
        let (loaded, comments) = loadWithComments(file, format: format)
        let hasErrors = loaded.diagnostics.contains { $0.severity == .error }
        let (checked, misspellings) = LaunchShape.launchConfigs(in: loaded.documents, file: file)
        // A script without a launch-config literal is not one, even when named;
        // a walked YAML or JSON file whose documents are all something else is skipped.
        let notAConfig = format == .javascript
            ? checked.isEmpty && !hasErrors
            : !explicit && checked.isEmpty && !loaded.documents.isEmpty && !hasErrors
        if notAConfig {
            return FileResult(diagnostics: [], isLaunchConfig: false)
        }
        var diagnostics = loaded.diagnostics + misspellings
        if format != .javascript, checked.isEmpty, !hasErrors, let notice = NotALaunchConfig.notice(loaded.documents, in: file) {
            diagnostics.append(notice)
        }
        for checker in checkers {
            diagnostics += checker.check(checked, in: file)
        }
        diagnostics = Linter.dropSuperseded(diagnostics, by: supersedes)
        diagnostics = Diagnostic.droppingRepeats(diagnostics)
        diagnostics = applyLevels(diagnostics)
        switch format {
        case .yaml: diagnostics = Suppressions.apply(diagnostics, file: file, syntax: .yaml)
        case .javascript: diagnostics = Suppressions.apply(diagnostics, file: file, comments: comments ?? [])
        case .json: break
        }
        diagnostics.sort(by: Diagnostic.sortOrder)
        return FileResult(diagnostics: diagnostics, isLaunchConfig: true)
    }

    private static func supersedes(of checkers: [any DocumentChecker]) -> [String: Set<String>] {
        var map: [String: Set<String>] = [:]
        for checker in checkers { map.merge(checker.supersedes) { $0.union($1) } }
        return map
    }

    /// Drops each finding that another finding at the same position supersedes.
    static func dropSuperseded(_ diagnostics: [Diagnostic], by supersedes: [String: Set<String>]) -> [Diagnostic] {
        guard !supersedes.isEmpty else { return diagnostics }
        var replaced: Set<String> = []
        for diagnostic in diagnostics {
            for id in supersedes[diagnostic.ruleID] ?? [] {
                replaced.insert("\(id)@\(diagnostic.span.start.offset)")
            }
        }
        guard !replaced.isEmpty else { return diagnostics }
        return diagnostics.filter { !replaced.contains("\($0.ruleID)@\($0.span.start.offset)") }
    }

    /// Applies the configuration's per-rule levels; `off` drops a finding.
    func applyLevels(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !configuration.rules.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let level = configuration.level(for: diagnostic.ruleID) else { return diagnostic }
            guard let severity = level.severity else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
