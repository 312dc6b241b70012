import ArgumentParser
import AVSLintKit

/// The root command: `avslint [lint] PATH…` is the default.
struct AVSLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "avslint",
        abstract: "Lint Udesk video mini-program launch configs (YAML, JSON).",
        discussion: """
            Examples:
              avslint examples/                 lint every config under a folder
              avslint --format gcc config.yaml  one line per finding, for editors
              cat config.json | avslint - --stdin-filename config.json
              avslint inspect config.yaml       show how avslint reads a file

            Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or I/O problem.
            """,
        version: BuildInfo.versionLine,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self, SignCommand.self, InspectCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
