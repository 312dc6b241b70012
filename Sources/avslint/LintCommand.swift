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

    func run() throws {
        let targets: [ReportTarget]
        do {
            targets = try ReportTarget.pair(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch let error as LintCommandError {
            Output.problem(error.description)
            throw ExitCode(2)
        }
        let fixing = try FixAndBaseline(fix: fix, fixDryRun: fixDryRun, baseline: baseline, writeBaseline: writeBaseline)
        var setup = try Setup.make(schema: schema, config: config, rulesDir: rulesDir)
        let exclude = try Setup.run { () throws(LinterSetup.Problem) in try setup.workingFolderConfiguration().exclude }
        setup.reportsComputedValues = verbose
        var result = LintRun.Result()
        // A script named on the command line that holds no launch-config
        // literal is skipped without output (said with --verbose).
        var skippedNamedScript = false
        var targetsPaths = paths.filter { $0 != "-" }
        if paths.isEmpty { targetsPaths = ["."] }
        if paths.contains("-") {
            let name = stdinFilename ?? "stdin.yaml"
            let linter = try Setup.run { () throws(LinterSetup.Problem) in try setup.linter(forFileAt: name) }
            lintStandardInput(name: name, linter, into: &result)
        }
        if !targetsPaths.isEmpty {
            let discovered = FileDiscovery(exclude: exclude).discover(targetsPaths)
            var linters: [Linter] = []
            for file in discovered.files {
                linters.append(try Setup.run { () throws(LinterSetup.Problem) in try setup.linter(forFileAt: file.path) })
            }
            let ran = LintRun(linter: Linter(), fixMode: fixing.fixMode).run(discovered.files, linters: linters)
            let named = Set(discovered.files.filter { $0.explicit && $0.format == .javascript }.map(\.path))
            skippedNamedScript = !named.isEmpty && ran.skipped.contains { named.contains($0) }
            if listFiles {
                printFileList(discovered, ran)
                if !(discovered.problems + ran.problems).isEmpty { throw ExitCode(2) }
                return
            }
            if verbose {
                for skipped in discovered.skipped { Output.standardError("avslint: skipped '\(skipped.path)': \(skipped.reason)\n") }
                for skipped in ran.skipped { Output.standardError("avslint: skipped '\(skipped)': \(Self.skipReason(skipped))\n") }
            }
            result.files += ran.files
            result.diagnostics += ran.diagnostics
            result.sources.merge(ran.sources) { first, _ in first }
            result.problems += discovered.problems + ran.problems
            result.changes += ran.changes
        }
        result.files.sort()
        result.diagnostics.sort(by: Diagnostic.sortOrder)
        fixing.reportChanges(result)
        if try fixing.writeBaselineIfAsked(result) { return }
        fixing.applyBaseline(to: &result)
        if quiet { result.diagnostics.removeAll { $0.severity != .error } }

        if !setup.secrets.isEmpty {
            result.sources = result.sources.mapValues { SecretMask.masking(setup.secrets, in: $0) }
        }
        try writeReports(result, to: targets, rules: Setup.ruleInfos(setup.rules), quietWhenEmpty: skippedNamedScript, toStandardOutput: !fixing.reservesStandardOutput)
        for problem in result.problems { Output.problem(problem) }
        if !result.problems.isEmpty { throw ExitCode(2) }
        let warnings = result.diagnostics.count { $0.severity == .warning }
        if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        if let maxWarnings, warnings > maxWarnings {
            Output.problem("\(warnings) warnings exceed --max-warnings \(maxWarnings)")
            throw ExitCode(1)
        }
    }

    private func lintStandardInput(name: String, _ linter: Linter, into result: inout LintRun.Result) {
        guard let format = InputFormat(path: name) else {
            result.problems.append("cannot lint '\(name)': not a \(InputFormat.extensionList) file")
            return
        }
        let source = SourceFile(path: name, bytes: FileReader.readStandardInput())
        result.files.append(name)
        result.diagnostics += linter.lint(source, format: format).diagnostics
        result.sources[name] = source
    }

    private func printFileList(_ discovered: FileDiscovery.Result, _ ran: LintRun.Result) {
        let named = Set(discovered.files.filter(\.explicit).map(\.path))
        var lines = ""
        for file in ran.files {
            lines += "lint \(file)\(named.contains(file) ? " (named)" : "")\n"
        }
        for skipped in discovered.skipped {
            lines += "skip \(skipped.path): \(skipped.reason)\n"
        }
        for skipped in ran.skipped {
            lines += "skip \(skipped): \(Self.skipReason(skipped))\n"
        }
        Output.standardOutput(lines)
        for problem in discovered.problems + ran.problems { Output.problem(problem) }
    }

    /// Why a walked (or named script) file was not linted.
    private static func skipReason(_ path: String) -> String {
        InputFormat(path: path) == .javascript
            ? "no navigateToMiniProgram or udeskAvsMiniReferer literal" : "not a launch config"
    }

    private func writeReports(
        _ result: LintRun.Result, to targets: [ReportTarget], rules: [RuleInfo], quietWhenEmpty: Bool, toStandardOutput: Bool = true
    ) throws {
        let nothingRead = result.files.isEmpty && (!result.problems.isEmpty || (quietWhenEmpty && result.diagnostics.isEmpty))
        for target in targets {
            guard let reporter = Reporters.named(target.format) else { continue }
            let toTerminal = target.output == nil && Output.isTerminal
            let context = ReportContext(
                sources: result.sources,
                files: result.files,
                rules: rules,
                toolVersion: AVSLint.version,
                workingDirectory: Output.workingDirectory,
                color: color ?? (toTerminal && (Output.environment("NO_COLOR") ?? "").isEmpty),
                showSummary: !noSummary
            )
            let text = reporter.report(result.diagnostics, context: context)
            if let path = target.output {
                if case .failure(let error) = AtomicFile.write(Array(text.utf8), to: path) {
                    Output.problem(error.message)
                    throw ExitCode(2)
                }
            } else if !nothingRead && toStandardOutput {
                Output.standardOutput(text)
            }
        }
    }
}
