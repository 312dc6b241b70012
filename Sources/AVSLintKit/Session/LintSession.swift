/// One lint run's pipeline, for the command line, an editor and the tests
/// alike: inputs (paths, standard input, in-memory text) in, a `LintReport`
/// out, with configuration per file, fixes, the baseline, `quiet`, secret
/// masking and the exit verdict applied in one place.
///
///     var session = try LintSession()
///     let report = try session.lint(text: source, path: "pages/launch.js")
///     for finding in report.diagnostics { … finding.fix … }
public struct LintSession {
    /// What the session does.
    public let options: LintOptions
    /// The linters of the run, one per configuration, made on demand.
    public private(set) var setup: LinterSetup
    /// The folder relative paths are resolved against (absolute).
    public let workingDirectory: String

    /// Every id a run can report (for `rules`, `explain` and SARIF).
    public var registry: RuleRegistry { setup.registry }

    /// Creates a session: reads the embedded rules, `rulesDirectory`,
    /// `schemaPath` and checks `configPath` can be read.
    /// - Parameters:
    ///   - options: what to do.
    ///   - environment: reads an environment variable (the signing secret).
    ///   - workingDirectory: the absolute folder relative paths start in.
    /// - Throws: a `LinterSetup.Problem` (exit 2) naming what cannot be used.
    public init(
        options: LintOptions = LintOptions(),
        environment: @escaping @Sendable (String) -> String? = Platform.environment,
        workingDirectory: String = Platform.workingDirectory
    ) throws(LinterSetup.Problem) {
        var rules: RuleSet
        do {
            rules = try RuleSet.embedded(documented: options.ruleDocumentation)
        } catch {
            throw LinterSetup.Problem(diagnostics: [], message: "the embedded rules cannot be read: \(error)")
        }
        if let folder = options.rulesDirectory {
            rules = rules.merging(try LinterSetup.loadRules(in: folder))
        }
        var schemaOverride: JSONSchema?
        if let path = options.schemaPath {
            switch LaunchSchemaChecker.load(path: path) {
            case .success(let compiled): schemaOverride = compiled
            case .failure(let error): throw LinterSetup.Problem(diagnostics: [], message: error.message)
            }
        }
        if let path = options.configPath, case .failure(let error) = FileReader.read(path) {
            throw LinterSetup.Problem(diagnostics: [], message: error.message)
        }
        setup = LinterSetup(rules: rules, schemaOverride: schemaOverride, explicitConfig: options.configPath,
                            environment: environment)
        setup.reportsComputedValues = options.reportsComputedValues
        setup.explicitConfiguration = options.configuration
        self.options = options
        self.workingDirectory = workingDirectory
    }

    /// The linter for a file at `path`: its configuration's rules, schema and secret.
    public mutating func linter(forFileAt path: String) throws(LinterSetup.Problem) -> Linter {
        try setup.linter(forFileAt: path)
    }

    /// Lints one text held in memory, named `path` (its extension picks the
    /// format, its folder the configuration): the editor's entry.
    /// - Returns: the report; each finding carries its safe fix, if any.
    public mutating func lint(text: String, path: String) throws(LinterSetup.Problem) -> LintReport {
        try run([.text(name: path, bytes: Array(text.utf8))])
    }

    /// Lints `inputs`: folders are walked, files and texts linted, each
    /// under the configuration nearest to it.
    /// - Throws: a `LinterSetup.Problem` when a configuration cannot be used.
    public mutating func run(_ inputs: [LintInput]) throws(LinterSetup.Problem) -> LintReport {
        var report = LintReport()
        report.maxWarnings = options.maxWarnings
        var files: [DiscoveredFile] = []
        var paths: [String] = []
        for input in inputs {
            switch input {
            case .path(let path):
                paths.append(path)
            case .text(let name, let bytes):
                guard let format = InputFormat(path: name) else {
                    report.problems.append("cannot lint '\(name)': not a \(InputFormat.extensionList) file")
                    continue
                }
                files.append(DiscoveredFile(path: name, format: format, explicit: !options.skipNonConfigs, contents: bytes))
                if !options.skipNonConfigs { report.namedFiles.insert(name) }
            }
        }
        if !paths.isEmpty {
            _ = try setup.workingFolderConfiguration()
            let discovered = discover(paths)
            files += discovered.files
            report.problems += discovered.problems
            report.skipped += discovered.skipped
            report.namedFiles.formUnion(discovered.files.filter(\.explicit).map(\.path))
        }
        var linters: [Linter] = []
        for file in files {
            linters.append(try setup.linter(forFileAt: file.path))
        }
        let ran = LintRun(linter: Linter(), fixMode: options.fixMode).run(files, linters: linters)
        report.files = ran.files
        report.diagnostics = ran.diagnostics
        report.sources = ran.sources
        report.problems += ran.problems
        report.changes = ran.changes
        for path in ran.skipped {
            report.skipped.append((path, InputFormat(path: path) == .javascript
                ? "no navigateToMiniProgram or udeskAvsMiniReferer literal" : "not a launch config"))
        }
        report.skippedNamedScript = ran.skipped.contains { report.namedFiles.contains($0) && InputFormat(path: $0) == .javascript }
        if options.fixMode != .off {
            for file in files {
                guard let contents = file.contents else { continue }
                report.fixedTexts[file.path] = ran.changes.first { $0.path == file.path }?.after ?? contents
            }
        }
        finish(&report)
        return report
    }

    /// Discovers the files under `paths`, with `exclude:` and `--shard` applied.
    private mutating func discover(_ paths: [String]) -> FileDiscovery.Result {
        let cwd = workingDirectory
        var found = FileDiscovery(namedAsWalked: options.skipNonConfigs).discover(paths) { path in
            setup.isExcluded(path, workingDirectory: cwd)
        }
        if let shard = options.shard {
            found.files = found.files.filter { file in
                let absolute = Paths.absolute(file.path, in: cwd)
                return shard.contains(Paths.relative(absolute, to: cwd) ?? absolute)
            }
        }
        return found
    }

    /// The post-pass of a run: baseline, `quiet`, secret masking.
    private func finish(_ report: inout LintReport) {
        if options.recordsBaseline {
            report.recordedBaseline = Baseline(recording: report.diagnostics, sources: report.sources)
        } else if let baseline = options.baseline {
            let comparison = baseline.compare(report.diagnostics, sources: report.sources, lintedFiles: report.files)
            report.diagnostics = comparison.new
            report.baselineComparison = (comparison.suppressed, comparison.fixed)
        }
        if options.quiet, !options.recordsBaseline { report.diagnostics.removeAll { $0.severity != .error } }
        if !setup.secrets.isEmpty {
            report.sources = report.sources.mapValues { SecretMask.masking(setup.secrets, in: $0) }
        }
    }
}
