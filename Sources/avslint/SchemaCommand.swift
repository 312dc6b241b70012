import ArgumentParser
import AVSLintKit

/// `avslint schema`: the embedded launch-config schema, byte for byte.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the embedded launch-config JSON Schema (for editors and SchemaStore).",
        discussion: "Save it and point your editor at it: avslint schema > udesk-avs.schema.json"
    )

    @Flag(help: "Print the schema of avslint's own .avslint.yaml instead.")
    var config = false

    func run() throws {
        let path = config ? "schemas/avslint-config.schema.json" : LaunchSchemaChecker.embeddedPath
        guard let text = Embedded.text(path) else {
            Output.problem("the embedded schema is missing from this build")
            throw ExitCode(2)
        }
        Output.standardOutput(text)
    }
}
