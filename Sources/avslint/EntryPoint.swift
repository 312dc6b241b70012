import ArgumentParser
import AVSLintKit

/// Runs the command line and maps every outcome to DESIGN.md's exit codes:
/// 0 clean, 1 errors found, 2 usage, configuration or I/O problem.
@main
enum EntryPoint {
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let invocation = FastArguments.lint(arguments) {
                try invocation.run()
            } else {
                var command = try AVSLint.parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            let code = AVSLint.exitCode(for: error)
            if code == .success {
                AVSLint.exit(withError: error)
            }
            if let exit = error as? ExitCode {
                Platform.exit(exit.rawValue)
            }
            let message = AVSLint.fullMessage(for: error)
            if !message.isEmpty {
                Output.standardError(message.hasSuffix("\n") ? message : message + "\n")
            }
            Platform.exit(2)
        }
    }
}
