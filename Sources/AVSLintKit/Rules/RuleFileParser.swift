/// Reads one rule file (YAML) into a `Rule`: the file is first checked
/// against the shipped schema `schemas/avslint-rule.schema.json` (keys,
/// types, required entries, each a positioned error), then its selectors,
/// schemas, function names and options, and fix kinds are compiled.
struct RuleFileParser {
    /// The rule file's path, for errors.
    let path: String
    /// Whether the file is checked against the rule-file schema first.
    var checkingSchema = true

    /// The rule file schema, compiled once.
    static let schema: JSONSchema? = compile(Embedded.text("schemas/avslint-rule.schema.json"), path: "schemas/avslint-rule.schema.json")

    /// Compiles a JSON Schema held as JSON text; nil when it does not compile
    /// (a build defect the test suite reports).
    static func compile(_ text: String?, path: String) -> JSONSchema? {
        guard let text, let root = JSONLoader.load(SourceFile(path: path, text: text)).documents.first?.root else { return nil }
        return try? JSONSchema(root)
    }

    static func parse(path: String, text: String, checkingSchema: Bool = true) throws(RuleFileError) -> Rule {
        try RuleFileParser(path: path, checkingSchema: checkingSchema).parse(SourceFile(path: path, text: text))
    }

    private func parse(_ file: SourceFile) throws(RuleFileError) -> Rule {
        let result = YAMLLoader.load(file)
        if let first = result.diagnostics.first(where: { $0.severity == .error }) {
            throw RuleFileError(file: path, position: first.span.start, message: first.message)
        }
        guard let root = result.documents.first?.root, root.members != nil else {
            throw RuleFileError(file: path, position: Span.fileStart.start, message: "a rule file holds one mapping")
        }
        if checkingSchema, let schema = Self.schema, let first = schema.validate(root).sorted(by: Self.order).first {
            throw RuleFileError(file: path, position: first.span.start, message: first.message)
        }
        let id = root["id"]?.string ?? ""
        let defaults = CheckDefaults(
            when: try root["when"].map { node throws(RuleFileError) in try compile(node, "when") },
            config: try config(root["config"]), message: root["message"]?.string,
            at: root["at"]?.string.map(RuleTarget.init) ?? .value, fix: try fix(root["fix"]))
        var checks: [RuleCheck] = []
        for entry in items(root["then"]) {
            checks.append(try check(entry, defaults: defaults))
        }
        return Rule(
            id: id, severity: root["severity"]?.string.flatMap(Severity.init) ?? .error,
            summary: root["summary"]?.string ?? "", description: root["description"]?.string ?? "",
            given: try given(root["given"]), mode: root["mode"]?.string.flatMap(LaunchMode.init), checks: checks,
            examples: examples(root["examples"]), file: path,
            supersedes: items(root["supersedes"]).compactMap(\.string))
    }

    /// Schema findings in file order.
    private static func order(_ a: SchemaFinding, _ b: SchemaFinding) -> Bool {
        a.span.start.offset < b.span.start.offset
    }

    private func fail(_ node: Node, _ message: String) -> RuleFileError {
        RuleFileError(file: path, position: node.span.start, message: message)
    }

    /// A node that may be one item or a list of them, as a list.
    private func items(_ node: Node?) -> [Node] {
        guard let node else { return [] }
        return node.items ?? [node]
    }

    // MARK: - Parts

    private func given(_ node: Node?) throws(RuleFileError) -> [JSONPath] {
        var paths: [JSONPath] = []
        for item in items(node) {
            let text = item.string ?? ""
            do {
                paths.append(try JSONPath(text))
            } catch {
                throw fail(item, "bad JSONPath '\(text)': \(error)")
            }
        }
        return paths
    }

    private func compile(_ node: Node, _ what: String) throws(RuleFileError) -> JSONSchema {
        do {
            return try JSONSchema(node)
        } catch {
            throw fail(node, "the '\(what)' schema does not compile: \(error)")
        }
    }

    private func config(_ node: Node?) throws(RuleFileError) -> [(key: String, value: ScalarValue)] {
        var out: [(key: String, value: ScalarValue)] = []
        for member in node?.members ?? [] {
            guard let scalar = member.value.scalar else { throw fail(member.value, "a config condition is a scalar") }
            out.append((member.name, scalar.value))
        }
        return out
    }

    private func fix(_ node: Node?) throws(RuleFileError) -> RuleFix? {
        guard let node else { return nil }
        guard let name = node.string ?? node["kind"]?.string else {
            throw fail(node, "'fix' is a fix kind or a mapping with 'kind'")
        }
        guard let fixer = RuleFixers.all[name] else {
            throw fail(node, "unknown fix kind '\(name)'; known: \(Self.quoted(RuleFixers.all.keys))")
        }
        let options = node.members == nil ? nil : node
        if let problem = fixer.validate(options: options) { throw fail(node, problem) }
        return RuleFix(fixer: fixer, options: options)
    }

    /// What a rule's top level gives each of its checks.
    private struct CheckDefaults {
        var when: JSONSchema?
        var config: [(key: String, value: ScalarValue)]
        var message: String?
        var at: RuleTarget
        var fix: RuleFix?
    }

    private func check(_ entry: Node, defaults: CheckDefaults) throws(RuleFileError) -> RuleCheck {
        let action: RuleCheck.Action
        if let schemaNode = entry["schema"] {
            action = .schema(try compile(schemaNode, "then"))
        } else if let nameNode = entry["function"], let name = nameNode.string {
            action = try function(name, at: nameNode, options: entry["options"], in: entry)
        } else {
            throw fail(entry, "a 'then' entry needs 'schema' or 'function'")
        }
        guard let message = entry["message"]?.string ?? defaults.message else {
            throw fail(entry, "missing 'message' (in the rule or in this 'then' entry)")
        }
        return RuleCheck(
            when: try entry["when"].map { node throws(RuleFileError) in try compile(node, "when") } ?? defaults.when,
            config: defaults.config + (try config(entry["config"])), action: action, message: message,
            at: entry["at"]?.string.map(RuleTarget.init) ?? defaults.at, fix: try fix(entry["fix"]) ?? defaults.fix)
    }

    /// A named function with its options, checked against the function's
    /// options schema (an unknown or mistyped option is a positioned error)
    /// and then by the function itself; set up once.
    private func function(_ name: String, at nameNode: Node, options: Node?, in entry: Node) throws(RuleFileError) -> RuleCheck.Action {
        guard let function = RuleFunctions.all[name] else {
            throw fail(nameNode, "unknown function '\(name)'; known: \(Self.quoted(RuleFunctions.all.keys))")
        }
        if let options {
            guard let schema = RuleFunctions.optionSchemas[name] else {
                throw fail(options, "'\(name)' takes no options")
            }
            if let first = schema.validate(options).sorted(by: Self.order).first {
                throw fail(options, "bad option of '\(name)': \(first.message)").at(first.span.start)
            }
        }
        if let problem = function.validate(options: options) { throw fail(options ?? entry, problem) }
        return .function(function.configured(options: options), options: options)
    }

    private func examples(_ node: Node?) -> RuleExamples {
        func list(_ key: String) -> [RuleExamples.Example] {
            items(node?[key]).map { item in
                if let text = item.string { return RuleExamples.Example(config: text, settings: ExampleSettings(), expect: []) }
                let settings = item["settings"]
                return RuleExamples.Example(
                    config: item["config"]?.string ?? "",
                    settings: ExampleSettings(survey: settings?["survey"]?.bool, profile: settings?["profile"]?.string,
                                              secret: settings?["secret"]?.string),
                    expect: items(item["expect"]).compactMap(\.string))
            }
        }
        return RuleExamples(valid: list("valid"), invalid: list("invalid"))
    }

    private static func quoted<Value>(_ names: Dictionary<String, Value>.Keys) -> String {
        names.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension RuleFileError {
    /// The same error at another position.
    func at(_ position: Position) -> RuleFileError {
        RuleFileError(file: file, position: position, message: message)
    }
}
