import ArgumentParser
import AVSLintKit

/// `avslint [lint] PATH…`: the default command.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint launch configs: files, folders (walked for .yaml, .yml, .json, and .js, .mjs, .cjs, .ts, .mts, .vue files that hold a launch-config literal), or '-' for standard input."
    )

    @Argument(help: "Files or folders to lint ('-' reads standard input). Default: the current folder.")
    var paths: [String] = []

    @Option(help: "Output format: \(Reporters.identifiers.joined(separator: ", ")).")
    var format: String = "text"

    @Option(help: "The name to show for standard input; its extension picks YAML or JSON.")
    var stdinFilename: String?

    @Flag(inversion: .prefixedNo, help: "Colour the text output (default: only on a terminal, never with NO_COLOR set).")
    var color: Bool?

    @Flag(help: "Say which walked files were skipped and why, and how many values of each JavaScript literal are computed at run time.")
    var verbose = false

    @Option(help: "A JSON Schema file that replaces the embedded launch-config schema for this run.")
    var schema: String?

    func validate() throws {
        guard Reporters.named(format) != nil else {
            throw ValidationError("unknown format '\(format)'; expected one of \(Reporters.identifiers.joined(separator: ", "))")
        }
    }

    func run() throws {
        let schemaChecker: LaunchSchemaChecker
        do {
            if let schema {
                schemaChecker = LaunchSchemaChecker(schema: try LaunchSchemaChecker.load(path: schema).get())
            } else {
                schemaChecker = try LaunchSchemaChecker()
            }
        } catch let error as LaunchSchemaChecker.SchemaLoadError {
            Output.problem(error.message)
            throw ExitCode(2)
        }
        var linter = Linter(checkers: [schemaChecker])
        linter.reportsComputedValues = verbose
        var result = LintRun.Result()
        // A script named on the command line that holds no launch-config
        // literal is skipped without output (said with --verbose).
        var skippedNamedScript = false
        var targets = paths.filter { $0 != "-" }
        if paths.isEmpty { targets = ["."] }
        if paths.contains("-") {
            let name = stdinFilename ?? "stdin.yaml"
            guard let format = InputFormat(path: name) else {
                Output.problem("cannot lint '\(name)': not a \(InputFormat.extensionList) file")
                throw ExitCode(2)
            }
            let source = SourceFile(path: name, bytes: FileReader.readStandardInput())
            let linted = linter.lint(source, format: format)
            result.files.append(name)
            result.diagnostics += linted.diagnostics
            result.sources[name] = source
        }
        if !targets.isEmpty {
            let discovered = FileDiscovery(exclude: linter.configuration.exclude).discover(targets)
            var ran = LintRun(linter: linter).run(discovered.files)
            let named = Set(discovered.files.filter { $0.explicit && $0.format == .javascript }.map(\.path))
            skippedNamedScript = ran.skipped.contains { named.contains($0) }
            ran.problems = discovered.problems + ran.problems
            if verbose {
                for skipped in discovered.skipped { Output.standardError("avslint: skipped '\(skipped.path)': \(skipped.reason)\n") }
                for skipped in ran.skipped {
                    let reason = InputFormat(path: skipped) == .javascript
                        ? "no navigateToMiniProgram or udeskAvsMiniReferer literal" : "not a launch config"
                    Output.standardError("avslint: skipped '\(skipped)': \(reason)\n")
                }
            }
            result.files += ran.files
            result.diagnostics += ran.diagnostics
            result.sources.merge(ran.sources) { first, _ in first }
            result.problems += ran.problems
        }
        result.files.sort()
        result.diagnostics.sort(by: Diagnostic.sortOrder)

        let context = ReportContext(
            sources: result.sources,
            files: result.files,
            rules: [],
            toolVersion: AVSLint.version,
            workingDirectory: Output.workingDirectory,
            color: color ?? (Output.isTerminal && (Output.environment("NO_COLOR") ?? "").isEmpty),
            showSummary: true
        )
        let nothingRead = result.files.isEmpty && (!result.problems.isEmpty || (skippedNamedScript && result.diagnostics.isEmpty))
        if let reporter = Reporters.named(format), !nothingRead {
            Output.standardOutput(reporter.report(result.diagnostics, context: context))
        }
        for problem in result.problems { Output.problem(problem) }
        if !result.problems.isEmpty { throw ExitCode(2) }
        if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
