/// Finds and reads `.avslint.yaml`, validated by the embedded schema
/// `schemas/avslint-config.schema.json`.
public enum ConfigLoader {
    /// The config file's name.
    public static let fileName = ".avslint.yaml"

    /// The nearest `.avslint.yaml` in `folder` or one of its parents, or nil.
    public static func find(startingAt folder: String) -> String? {
        let cwd = Platform.workingDirectory
        var current = Paths.absolute(folder, in: cwd)
        while true {
            let candidate = current.hasSuffix("/") ? current + fileName : current + "/" + fileName
            if FileReader.exists(candidate) { return candidate }
            guard let parent = Paths.parentFolder(of: current) else { return nil }
            current = parent
        }
    }

    /// Reads a config file. Syntax errors, schema errors (an unknown key with
    /// a suggestion, a wrong type) and unknown rule ids in `rules` are
    /// positioned diagnostics; any error leaves the configuration nil.
    /// - Parameters:
    ///   - file: the config file.
    ///   - registry: the ids `rules:` may name (the embedded rules' and the built-in ones by default).
    public static func load(_ file: SourceFile, registry: RuleRegistry? = nil) -> (Configuration?, [Diagnostic]) {
        let loaded = YAMLLoader.load(file)
        var diagnostics = loaded.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var configuration = Configuration(source: file.path)
        guard let root = loaded.documents.first?.root else { return (configuration, diagnostics) }
        if root.scalar?.value == .null { return (configuration, diagnostics) }

        if let schema = EmbeddedPrograms.schema(file: "schemas/avslint-config.schema.json") {
            diagnostics += schema.validate(root).map { $0.diagnostic(file: file.path) }
        }
        let known = registry ?? (try? RuleSet.embedded()).map(RuleRegistry.init)
        if let ruleMap = root["rules"]?.members, let known {
            for member in ruleMap where !known.knows(member.name) {
                var message = "unknown rule '\(member.name)'"
                if let suggestion = EditDistance.suggestion(for: member.name, among: known.ids) {
                    message += "; did you mean '\(suggestion)'?"
                }
                diagnostics.append(Diagnostic(
                    ruleID: BuiltinRule.unknownRule, severity: .error, message: message, file: file.path,
                    span: member.key.span, instancePath: "/rules/" + JSONPointer.escape(member.name)))
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return (nil, diagnostics.sorted(by: Diagnostic.sortOrder))
        }

        let folder = Paths.parentFolder(of: file.path) ?? "."
        func relative(_ path: String) -> String {
            path.hasPrefix("/") ? path : (folder == "." ? path : folder + "/" + path)
        }
        configuration.survey = root["survey"]?.bool
        configuration.profile = root["profile"]?.string
        if let env = root["secret-env"]?.string { configuration.secretEnv = env }
        configuration.rules = (root["rules"]?.members ?? []).compactMap { member in
            guard let text = member.value.string, let level = Configuration.Level(rawValue: text) else { return nil }
            return (member.name, level)
        }
        configuration.exclude = root["exclude"]?.items?.compactMap(\.string) ?? []
        configuration.excludeBase = Paths.absolute(folder, in: Platform.workingDirectory)
        configuration.schemaPath = root["schema"]?.string.map(relative)
        configuration.rulesDirectory = root["rules-dir"]?.string.map(relative)
        return (configuration, diagnostics)
    }
}
