import ArgumentParser
import AVSLintKit

/// `avslint [lint] PATH…`: the default command.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint launch configs: files, folders (walked for .yaml, .yml, .json, and .js, .mjs, .cjs, .jsx, .ts, .mts, .tsx, .vue, .nvue, .uvue files that hold a launch-config literal), or '-' for standard input."
    )

    @Argument(help: "Files or folders to lint ('-' reads standard input). Default: the current folder.")
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Output format: \(Reporters.identifiers.joined(separator: ", ")). Repeat with --output to write several reports in one run.",
        valueName: "format"))
    var format: [String] = []

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write the preceding --format's report to FILE (atomically) instead of standard output.", valueName: "file"))
    var output: [String] = []

    @Option(help: "The name to show for standard input; its extension picks YAML or JSON.")
    var stdinFilename: String?

    @Option(help: "A JSON Schema file that replaces the embedded launch-config schema for this run.")
    var schema: String?

    @Option(help: "Use this config file for every file (default: the nearest .avslint.yaml to each file).")
    var config: String?

    @Option(help: "A folder of rule files to add to the embedded rules (a rule with the same id replaces it).")
    var rulesDir: String?

    @Option(help: "Exit 1 when there are more than N warnings.")
    var maxWarnings: Int?

    @Flag(help: "Report errors only.")
    var quiet = false

    @Flag(help: "Leave out the text format's summary line.")
    var noSummary = false

    @Flag(help: "Print the files that would be linted, and why others were skipped; lint nothing.")
    var listFiles = false

    @Flag(inversion: .prefixedNo, help: "Colour the text output (default: only on a terminal, never with NO_COLOR set).")
    var color: Bool?

    @Flag(help: "Say which walked files were skipped and why, and how many values of each JavaScript literal are computed at run time.")
    var verbose = false

    @Flag(help: "Apply the safe fixes in place (atomically, formatting kept), then report what remains.")
    var fix = false

    @Flag(help: "Print the safe fixes as a unified diff on standard output; change nothing.")
    var fixDryRun = false

    @Option(help: ArgumentHelp("Report only the findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record the current findings in this baseline file, report nothing, exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "Treat named files like walked ones: skip those that are not launch configs, in hidden or build folders, or excluded (for pre-commit hooks).")
    var skipNonConfigs = false

    @Option(help: ArgumentHelp("Lint only share K of N of the files (1 ≤ K ≤ N), split by a stable hash of each path, for CI matrices.", valueName: "K/N"))
    var shard: String?

    func run() throws {
        let targets: [ReportTarget]
        do {
            targets = try ReportTarget.pair(arguments: Array(CommandLine.arguments.dropFirst()))
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
