import ArgumentParser
import AVSLintKit

/// `avslint sign FILE`: the `path` with a correct signature.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Compute the signature of a mini-program launch config and print its signed path.",
        discussion: """
            sign = sha256(appId + path without query + JSON.stringify(extraData) + secret + nonce + timestamp).
            The secret is read from the environment variable the config's secret-env names (default UDESK_AVS_SECRET), never from a file.
            """
    )

    @Argument(help: "A mini-program launch config (YAML or JSON).")
    var file: String

    @Option(help: "The nonce to use (default: 32 fresh random hex digits).")
    var nonce: String?

    @Option(help: "The timestamp to use, in seconds (default: now).")
    var timestamp: String?

    @Flag(help: "Write the signed path into the file (atomically; every other byte is kept).")
    var write = false

    @Option(help: "Use this config file (default: the nearest .avslint.yaml).")
    var config: String?

    func run() throws {
        guard let format = InputFormat(path: file) else {
            Output.problem("cannot sign '\(file)': not a .yaml, .yml or .json file")
            throw ExitCode(2)
        }
        var options = LintOptions()
        options.configPath = config
        var session = try Setup.session(options)
        let linter = try Setup.run { () throws(LinterSetup.Problem) in try session.linter(forFileAt: file) }
        let secretEnv = linter.configuration.secretEnv
        guard let secret = Output.environment(secretEnv), !secret.isEmpty else {
            Output.problem("no signing secret: set \(secretEnv) to the secret your Udesk AVS account was given")
            throw ExitCode(2)
        }
        let bytes: [UInt8]
        switch FileReader.read(file) {
        case .success(let read): bytes = read
        case .failure(let error):
            Output.problem(error.message)
            throw ExitCode(2)
        }
        let source = SourceFile(path: file, bytes: bytes, format: format)
        let loaded = linter.load(source, format: format)
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error }) {
            Output.problem("cannot sign '\(file)': \(problem.span.start.line):\(problem.span.start.column): \(problem.message)")
            throw ExitCode(2)
        }
        let nonce = self.nonce ?? Signer.freshNonce()
        let timestamp = self.timestamp ?? String(Platform.secondsSinceEpoch())
        var edits: [Edit] = []
        var out = ""
        for document in loaded.documents where LaunchMode.detect(document.root) == .miniprogram {
            do {
                let signed = try Signer.signedPath(for: document, file: source, secret: secret, nonce: nonce, timestamp: timestamp)
                edits.append(signed.edit)
                out += signed.newPath + "\n"
            } catch {
                Output.problem("cannot sign '\(file)': \(error.description)")
                throw ExitCode(2)
            }
        }
        guard !edits.isEmpty else {
            Output.problem("cannot sign '\(file)': not a mini-program launch config (no 'appId', 'path' or 'extraData')")
            throw ExitCode(2)
        }
        if write {
            let updated = EditApplication.apply(edits, to: bytes).bytes
            if updated != bytes, case .failure(let error) = AtomicFile.write(updated, to: file) {
                Output.problem(error.message)
                throw ExitCode(2)
            }
        }
        Output.standardOutput(out)
    }
}
