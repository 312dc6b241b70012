import ArgumentParser
import AVSLintKit

/// Turns setup problems into exit code 2 with positioned lines.
enum Setup {
    /// A session with these options; a problem exits 2.
    static func session(_ options: LintOptions = LintOptions()) throws -> LintSession {
        try run { () throws(LinterSetup.Problem) in try LintSession(options: options) }
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
}
