import ArgumentParser
import AVSLintKit

/// Turns the shared options (`--schema`, `--config`, `--rules-dir`) into a
/// `LinterSetup`, and setup problems into exit code 2 with positioned lines.
enum Setup {
    static func make(schema: String?, config: String?, rulesDir: String?) throws -> LinterSetup {
        var rules: RuleSet
        do {
            rules = try RuleSet.embedded()
        } catch {
            Output.problem("the embedded rules cannot be read: \(error)")
            throw ExitCode(2)
        }
        if let rulesDir {
            rules = rules.merging(try run { () throws(LinterSetup.Problem) in try LinterSetup.loadRules(in: rulesDir) })
        }
        var schemaOverride: JSONSchema?
        if let schema {
            switch LaunchSchemaChecker.load(path: schema) {
            case .success(let compiled): schemaOverride = compiled
            case .failure(let error):
                Output.problem(error.message)
                throw ExitCode(2)
            }
        }
        if let config, case .failure(let error) = FileReader.read(config) {
            Output.problem(error.message)
            throw ExitCode(2)
        }
        return LinterSetup(rules: rules, schemaOverride: schemaOverride, explicitConfig: config) { name in
            Output.environment(name)
        }
    }

    /// Runs `body`; a setup problem is printed (positioned lines first) and exits 2.
    static func run<T>(_ body: () throws(LinterSetup.Problem) -> T) throws -> T {
        do {
            return try body()
        } catch {
            if !error.diagnostics.isEmpty {
                Output.standardError(GCCReporter().report(error.diagnostics, context: ReportContext()))
            }
            if let message = error.message { Output.problem(message) }
            throw ExitCode(2)
        }
    }

    /// Every rule id a report may name: the rule files' and the built-in ones.
    static func ruleInfos(_ rules: RuleSet) -> [RuleInfo] {
        rules.infos + BuiltinRuleInfos.all
    }
}
