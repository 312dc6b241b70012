import ArgumentParser
import AVSLintKit

/// `avslint rules`: every rule id with its default severity and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, summary."
    )

    @Option(help: "A folder of rule files to add to the embedded rules.")
    var rulesDir: String?

    @Flag(help: "Print the rule reference as Markdown (docs/rules.md is made this way).")
    var markdown = false

    @Option(help: "Output format: text (a table) or json (for tools).")
    var format: String = "text"

    func run() throws {
        var options = LintOptions()
        options.rulesDirectory = rulesDir
        let infos = try Setup.session(options).registry.infos
        if markdown {
            Output.standardOutput(RuleReference.markdown(infos))
            return
        }
        if format == "json" {
            Output.standardOutput(RuleReference.json(infos))
            return
        }
        guard format == "text" else {
            Output.problem("unknown format '\(format)' for 'rules'; expected text or json")
            throw ExitCode(2)
        }
        let width = infos.map(\.id.count).max() ?? 0
        var out = ""
        for info in infos {
            let id = info.id + String(repeating: " ", count: width - info.id.count)
            let severity = info.severity.rawValue + String(repeating: " ", count: 7 - info.severity.rawValue.count)
            out += "\(id)  \(severity)  \(info.summary)\n"
        }
        Output.standardOutput(out)
    }
}

/// `avslint explain RULE`: a rule's documentation and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a rule's documentation: what fires, why it matters, how to fix it, with examples."
    )

    @Argument(help: "The rule id, e.g. navigate/type-mismatch.")
    var rule: String

    @Option(help: "A folder of rule files to add to the embedded rules.")
    var rulesDir: String?

    func run() throws {
        var options = LintOptions()
        options.rulesDirectory = rulesDir
        let session = try Setup.session(options)
        let infos = session.registry.infos
        guard let info = infos.first(where: { $0.id == rule }) else {
            var message = "unknown rule '\(rule)'"
            if let near = EditDistance.suggestion(for: rule, among: infos.map(\.id)) {
                message += "; did you mean '\(near)'?"
            }
            Output.problem(message + " (see 'avslint rules')")
            throw ExitCode(2)
        }
        var out = "\(info.id) (\(info.severity.rawValue))\n\n\(info.summary)\n\n\(info.description.trimmingTrailingNewlines())\n"
        if let examples = session.setup.rules.rule(rule)?.examples {
            for example in examples.invalid {
                out += "\nReported:\n" + indent(example.config)
                out += "  → " + example.expect.joined(separator: ", ") + "\n"
            }
            for example in examples.valid {
                out += "\nNot reported:\n" + indent(example.config)
            }
        }
        Output.standardOutput(out)
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
