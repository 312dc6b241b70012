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
        try LintInvocation(self).run()
    }
}
