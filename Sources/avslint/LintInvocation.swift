import ArgumentParser
import AVSLintKit

/// The lint command's settings as plain values, and the run they ask for.
/// `LintCommand` (ArgumentParser) and `FastArguments` (the common case,
/// without ArgumentParser's start-up cost) both produce one.
struct LintInvocation: Equatable {
    var paths: [String] = []
    var format: [String] = []
    var output: [String] = []
    var stdinFilename: String?
    var schema: String?
    var config: String?
    var rulesDir: String?
    var maxWarnings: Int?
    var quiet = false
    var noSummary = false
    var listFiles = false
    var color: Bool?
    var verbose = false
    var fix = false
    var fixDryRun = false
    var baseline: String?
    var writeBaseline: String?
    var skipNonConfigs = false
    var shard: String?
    /// The arguments as given (after the program name), which pair each
    /// `--format` with its `--output`.
    var arguments: [String] = []

    init(arguments: [String]) {
        self.arguments = arguments
    }

    /// The settings ArgumentParser decoded.
    init(_ command: LintCommand, arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        paths = command.paths
        format = command.format
        output = command.output
        stdinFilename = command.stdinFilename
        schema = command.schema
        config = command.config
        rulesDir = command.rulesDir
        maxWarnings = command.maxWarnings
        quiet = command.quiet
        noSummary = command.noSummary
        listFiles = command.listFiles
        color = command.color
        verbose = command.verbose
        fix = command.fix
        fixDryRun = command.fixDryRun
        baseline = command.baseline
        writeBaseline = command.writeBaseline
        skipNonConfigs = command.skipNonConfigs
        shard = command.shard
        self.arguments = arguments
    }

    func run() throws {
        let targets: [ReportTarget]
        do {
            targets = try ReportTarget.pair(arguments: arguments)
        } catch let error as LintCommandError {
            Output.problem(error.description)
            throw ExitCode(2)
        }
        let fixing = try FixAndBaseline(fix: fix, fixDryRun: fixDryRun, baseline: baseline, writeBaseline: writeBaseline)
        var options = LintOptions()
        options.schemaPath = schema
        options.configPath = config
        options.rulesDirectory = rulesDir
        options.fixMode = fixing.fixMode
        options.baseline = fixing.baseline
        options.recordsBaseline = writeBaseline != nil
        options.quiet = quiet
        options.maxWarnings = maxWarnings
        options.reportsComputedValues = verbose
        options.skipNonConfigs = skipNonConfigs
        options.ruleDocumentation = targets.contains { Reporters.named($0.format).map { type(of: $0).showsRuleDocumentation } ?? false }
        if let shard {
            guard let parsed = Shard(shard) else {
                Output.problem("--shard takes K/N with 1 ≤ K ≤ N, not '\(shard)'")
                throw ExitCode(2)
            }
            options.shard = parsed
        }
        var session = try Setup.run { () throws(LinterSetup.Problem) in try LintSession(options: options) }
        var inputs: [LintInput] = []
        let readsStandardInput = paths.contains("-")
        if readsStandardInput {
            inputs.append(.text(name: stdinFilename ?? "stdin.yaml", bytes: FileReader.readStandardInput()))
        }
        inputs += (paths.isEmpty ? ["."] : paths.filter { $0 != "-" }).map(LintInput.path)
        let report = try Setup.run { () throws(LinterSetup.Problem) in try session.run(inputs) }
        if listFiles {
            printFileList(report)
            if !report.problems.isEmpty { throw ExitCode(2) }
            return
        }
        if verbose {
            for skipped in report.skipped { Output.standardError("avslint: skipped '\(skipped.path)': \(skipped.reason)\n") }
        }
        // On standard input, --fix prints the fixed text; the findings go to standard error.
        let fixedStandardInput = readsStandardInput && fix
        if fixedStandardInput, let text = report.fixedTexts[stdinFilename ?? "stdin.yaml"] {
            Output.standardOutput(String(decoding: text, as: UTF8.self))
        }
        fixing.reportChanges(report)
        if try fixing.writeBaselineIfAsked(report) { return }
        fixing.reportBaseline(report)
        let destination: ReportDestination = fixDryRun ? .none : fixedStandardInput ? .standardError : .standardOutput
        try writeReports(report, to: targets, rules: session.registry.infos, destination: destination)
        for problem in report.problems { Output.problem(problem) }
        if case .tooManyWarnings(let warnings, let limit) = report.verdict {
            Output.problem("\(warnings) warnings exceed --max-warnings \(limit)")
        }
        let status = report.verdict.exitCode
        if status != 0 { throw ExitCode(status) }
    }

    private func printFileList(_ report: LintReport) {
        var lines = ""
        for file in report.files {
            lines += "lint \(file)\(report.namedFiles.contains(file) ? " (named)" : "")\n"
        }
        for skipped in report.skipped {
            lines += "skip \(skipped.path): \(skipped.reason)\n"
        }
        Output.standardOutput(lines)
        for problem in report.problems { Output.problem(problem) }
    }

    /// Where reports without `--output` go.
    private enum ReportDestination {
        case standardOutput, standardError, none
    }

    private func writeReports(_ report: LintReport, to targets: [ReportTarget], rules: [RuleInfo], destination: ReportDestination) throws {
        let nothingRead = report.files.isEmpty
            && (!report.problems.isEmpty || (report.skippedNamedScript && report.diagnostics.isEmpty))
        for target in targets {
            guard let reporter = Reporters.named(target.format) else { continue }
            let toTerminal = target.output == nil && Platform.isTerminal(destination == .standardError ? 2 : 1)
            let context = ReportContext(
                sources: report.sources,
                files: report.files,
                rules: rules,
                toolVersion: BuildInfo.version,
                workingDirectory: Output.workingDirectory,
                color: color ?? (toTerminal && (Output.environment("NO_COLOR") ?? "").isEmpty),
                showSummary: !noSummary
            )
            let text = reporter.report(report.diagnostics, context: context)
            if let path = target.output {
                if case .failure(let error) = AtomicFile.write(Array(text.utf8), to: path) {
                    Output.problem(error.message)
                    throw ExitCode(2)
                }
            } else if !nothingRead {
                switch destination {
                case .standardOutput: Output.standardOutput(text)
                case .standardError: Output.standardError(text)
                case .none: break
                }
            }
        }
    }
}
