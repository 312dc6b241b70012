#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds and reads `.avslint.yaml`, validated by the embedded schema
/// `schemas/avslint-config.schema.json`.
public enum ConfigLoader {
    /// The config file's name.
    public static let fileName = ".avslint.yaml"

    /// The nearest `.avslint.yaml` in `folder` or one of its parents, or nil.
    public static func find(startingAt folder: String) -> String? {
        let cwd = FileManager.default.currentDirectoryPath
        var current = folder.hasPrefix("/") ? folder : (folder.isEmpty || folder == "." ? cwd : cwd + "/" + folder)
        while true {
            let candidate = current.hasSuffix("/") ? current + fileName : current + "/" + fileName
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            guard let parent = parentFolder(of: current) else { return nil }
            current = parent
        }
    }

    /// Reads a config file. Syntax errors, schema errors (an unknown key with
    /// a suggestion, a wrong type) and unknown rule ids in `rules` are
    /// positioned diagnostics; any error leaves the configuration nil.
    /// - Parameters:
    ///   - file: the config file.
    ///   - rules: the rules whose ids `rules:` may name (the embedded ones by default).
    public static func load(_ file: SourceFile, rules: RuleSet? = nil) -> (Configuration?, [Diagnostic]) {
        let loaded = YAMLLoader.load(file)
        var diagnostics = loaded.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var configuration = Configuration(source: file.path)
        guard let root = loaded.documents.first?.root else { return (configuration, diagnostics) }
        if root.scalar?.value == .null { return (configuration, diagnostics) }

        if let schemaText = Embedded.text("schemas/avslint-config.schema.json") {
            let schemaFile = SourceFile(path: "schemas/avslint-config.schema.json", text: schemaText)
            if let schemaNode = JSONLoader.load(schemaFile).documents.first?.root,
               let schema = try? JSONSchema(schemaNode) {
                diagnostics += schema.validate(root).map { $0.diagnostic(file: file.path) }
            }
        }
        let known = rules ?? (try? RuleSet.embedded())
        if let ruleMap = root["rules"]?.members, let known {
            for member in ruleMap where !known.knows(member.name) {
                let candidates = known.rules.map(\.id) + [
                    BuiltinRule.syntaxError, BuiltinRule.duplicateKey, BuiltinRule.documentTooComplex,
                    BuiltinRule.unusedSuppression,
                ]
                var message = "unknown rule '\(member.name)'"
                if let suggestion = EditDistance.suggestion(for: member.name, among: candidates) {
                    message += "; did you mean '\(suggestion)'?"
                }
                diagnostics.append(Diagnostic(
                    ruleID: "config/unknown-rule", severity: .error, message: message, file: file.path,
                    span: member.key.span, instancePath: "/rules/" + JSONPointer.escape(member.name)))
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return (nil, diagnostics.sorted(by: Diagnostic.sortOrder))
        }

        let folder = parentFolder(of: file.path) ?? "."
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
        configuration.schemaPath = root["schema"]?.string.map(relative)
        configuration.rulesDirectory = root["rules-dir"]?.string.map(relative)
        return (configuration, diagnostics)
    }

    /// The folder holding `path`, or nil at the top. Counts and searches
    /// bytes, not characters: it runs once per linted file, before the
    /// parallel part of a run.
    static func parentFolder(of path: String) -> String? {
        // The common case first: "folder/name", with no trailing slash.
        let bytes = path.utf8
        if let last = bytes.last, last != UInt8(ascii: "/"), let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
           slash != bytes.startIndex {
            return String(path[..<slash])
        }
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return trimmed == "." || trimmed == ".." || trimmed.isEmpty ? (trimmed == "." ? ".." : nil) : "."
        }
        if slash == trimmed.startIndex { return trimmed == "/" ? nil : "/" }
        return String(trimmed[..<slash])
    }
}
