import ArgumentParser
import AVSLintKit

/// `avslint inspect FILE`: each document as avslint reads it, one JSON line each.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print each document of a file as avslint reads it, one JSON line per document.",
        discussion: "Values are shown resolved: 'on' stays the string \"on\", 0x1F is 31, 1.0 stays 1.0; aliases and merge keys are expanded."
    )

    @Argument(help: "The file to read ('-' for standard input).")
    var file: String

    @Flag(help: "Wrap every node with its type and span (line:column-line:column).")
    var positions = false

    @Option(help: "The name to use for standard input (its extension picks the format).")
    var stdinFilename: String?

    func run() throws {
        let name = file == "-" ? (stdinFilename ?? "stdin.yaml") : file
        guard let format = InputFormat(path: name) else {
            Output.problem("cannot read '\(name)': not a \(InputFormat.extensionList) file")
            throw ExitCode(2)
        }
        let bytes: [UInt8]
        if file == "-" {
            bytes = FileReader.readStandardInput()
        } else {
            switch FileReader.read(file) {
            case .success(let read): bytes = read
            case .failure(let error):
                Output.problem(error.message)
                throw ExitCode(2)
            }
        }
        let source = SourceFile(path: name, bytes: bytes)
        let loaded = Linter().load(source, format: format)
        var out = ""
        for document in loaded.documents {
            out += InspectPrinter.render(document.root, positions: positions) + "\n"
        }
        Output.standardOutput(out)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let lines = errors.map { "\($0.file):\($0.span.start.line):\($0.span.start.column): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]\n" }
            Output.standardError(lines.joined())
            throw ExitCode(1)
        }
    }
}
