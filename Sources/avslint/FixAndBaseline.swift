import ArgumentParser
import AVSLintKit

/// The CLI side of `--fix`, `--fix-dry-run`, `--baseline` and
/// `--write-baseline`: it checks the options, reads the baseline, and
/// prints what the session did.
struct FixAndBaseline {
    var fix: Bool
    var fixDryRun: Bool
    var baselinePath: String?
    var writeBaselinePath: String?
    /// The baseline, read before linting so a bad file fails fast.
    var baseline: Baseline?

    /// Checks the options and reads the baseline; problems exit 2.
    init(fix: Bool, fixDryRun: Bool, baseline: String?, writeBaseline: String?) throws {
        self.fix = fix
        self.fixDryRun = fixDryRun
        self.baselinePath = baseline
        self.writeBaselinePath = writeBaseline
        if fix && fixDryRun {
            Output.problem("--fix and --fix-dry-run cannot be used together")
            throw ExitCode(2)
        }
        if baseline != nil && writeBaseline != nil {
            Output.problem("--baseline and --write-baseline cannot be used together")
            throw ExitCode(2)
        }
        if let baseline {
            switch Baseline.load(path: baseline) {
            case .success(let read): self.baseline = read
            case .failure(let error):
                Output.problem(error.message)
                throw ExitCode(2)
            }
        }
    }

    /// How the run treats safe fixes.
    var fixMode: LintRun.FixMode {
        fix ? .apply : fixDryRun ? .dryRun : .off
    }

    /// Prints the diff of a dry run, or says what `--fix` changed.
    func reportChanges(_ report: LintReport) {
        if fixDryRun {
            var text = ""
            for change in report.changes {
                text += UnifiedDiff.diff(path: change.path, before: change.before, after: change.after)
            }
            Output.standardOutput(text)
        } else if fix, !report.changes.isEmpty {
            let fixes = report.changes.reduce(0) { $0 + $1.fixes }
            let files = report.changes.count
            Output.standardError("avslint: applied \(fixes) \(fixes == 1 ? "fix" : "fixes") in \(files) \(files == 1 ? "file" : "files")\n")
        }
    }

    /// Writes the baseline the session recorded, when asked. Returns true when the run is done.
    func writeBaselineIfAsked(_ report: LintReport) throws -> Bool {
        guard let path = writeBaselinePath, let recorded = report.recordedBaseline else { return false }
        if case .failure(let error) = AtomicFile.write(Array(recorded.json.utf8), to: path) {
            Output.problem(error.message)
            throw ExitCode(2)
        }
        let count = recorded.entries.count
        Output.standardError("avslint: wrote \(count) \(count == 1 ? "finding" : "findings") to the baseline '\(path)'\n")
        for problem in report.problems { Output.problem(problem) }
        if !report.problems.isEmpty { throw ExitCode(2) }
        return true
    }

    /// Says how many findings the baseline suppressed.
    func reportBaseline(_ report: LintReport) {
        guard let (suppressed, fixed) = report.baselineComparison else { return }
        Output.standardError(
            "avslint: \(suppressed) \(suppressed == 1 ? "finding" : "findings") suppressed by the baseline; "
                + "\(fixed) baseline \(fixed == 1 ? "entry no longer matches" : "entries no longer match") (fixed)\n")
    }
}
