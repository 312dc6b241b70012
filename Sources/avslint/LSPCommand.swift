import ArgumentParser
import AVSLintKit

/// `avslint lsp`: the language server on standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output).",
        discussion: """
            Editors start it and talk to it; see the README's "Editors" section.
            Exit codes: 0 after a 'shutdown' request, 1 when the input ends or 'exit' comes without one.
            """
    )

    @Flag(help: .hidden)
    var stdio = false

    func run() throws {
        let linter: DocumentLinter
        do throws(LinterSetup.Problem) {
            linter = try DocumentLinter()
        } catch {
            Output.problem(error.message ?? "the embedded rules cannot be read")
            throw ExitCode(2)
        }
        // A client that goes away must not kill the server with SIGPIPE
        // before it can see the end of its input.
        Platform.ignoreBrokenPipe()
        let server = LanguageServer(linter: linter, version: BuildInfo.version) { bytes in
            // The server writes UTF-8 only, so this round trip keeps every byte.
            Output.standardOutput(String(decoding: bytes, as: UTF8.self))
        }
        let code = server.run { Platform.readAvailable(0) }
        throw ExitCode(code)
    }
}
