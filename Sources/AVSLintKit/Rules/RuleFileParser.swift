/// Reads one rule file (YAML) into a `Rule`: the file is first checked
/// against the shipped schema `schemas/avslint-rule.schema.json` (keys,
/// types, required entries, each a positioned error), then its selectors,
/// schemas, function names and options, and fix kinds are compiled.
struct RuleFileParser {
    /// The rule file's path, for errors.
    let path: String
    /// Whether the file, and each function's and fixer's options, are
    /// checked against their schemas first.
    var checkingSchema = true

    /// The rule file schema, compiled once.
    static let schema: JSONSchema? = EmbeddedPrograms.schema(file: "schemas/avslint-rule.schema.json")
    /// The program of a schema in the file, compiled before (the embedded
    /// lint parts' come from `EmbeddedPrograms`); nil to compile it.
    var precompiled: (Node) -> SchemaProgram? = { _ in nil }

    /// Compiles a JSON Schema held as JSON text; nil when it does not compile
    /// (a build defect the test suite reports).
    static func compile(_ text: String?, path: String) -> JSONSchema? {
        guard let text, let root = JSONLoader.load(SourceFile(path: path, text: text)).documents.first?.root else { return nil }
        return try? JSONSchema(root)
    }

    /// Compiles each function's or fixer's options schema, by name (those
    /// that take no options are left out).
    static func compileOptionSchemas(_ all: [String: any RuleConfigurable.Type], of what: String) -> [String: JSONSchema] {
        var table: [String: JSONSchema] = [:]
        for (name, type) in all {
            if let schema = compile(type.optionsSchema, path: "\(what) \(name)") { table[name] = schema }
        }
        return table
    }

    /// Reads a rule file; with `embedded`, its schemas come compiled from
    /// `EmbeddedPrograms` where the table holds them for this path.
    static func parse(path: String, text: String, checkingSchema: Bool = true, embedded: Bool = false) throws(RuleFileError) -> Rule {
        var parser = RuleFileParser(path: path, checkingSchema: checkingSchema)
        if embedded {
            parser.precompiled = { node in EmbeddedPrograms.program(file: path, offset: node.span.start.offset) }
        }
        return try parser.parse(SourceFile(path: path, text: text))
    }

    /// The schemas a rule file compiles (its `when`s and `then` schemas), in
    /// the order it compiles them: what `EmbeddedProgramsSource` generates.
    static func schemaNodes(path: String, text: String) throws(RuleFileError) -> [Node] {
        final class Seen { var nodes: [Node] = [] }
        let seen = Seen()
        var parser = RuleFileParser(path: path, checkingSchema: false)
        parser.precompiled = { node in
            seen.nodes.append(node)
            return nil
        }
        _ = try parser.parse(SourceFile(path: path, text: text))
        return seen.nodes
    }

    private func parse(_ file: SourceFile) throws(RuleFileError) -> Rule {
        // JSON: an embedded rule's lint part (`.lint.json`).
        let result = file.path.hasSuffix(".json") ? JSONLoader.load(file) : YAMLLoader.load(file)
        if let first = result.diagnostics.first(where: { $0.severity == .error }) {
            throw fail(first.span.start, .syntax(first.message))
        }
        guard let root = result.documents.first?.root, root.members != nil else {
            throw fail(Span.fileStart.start, .notAMapping)
        }
        if checkingSchema, let schema = Self.schema, let first = schema.validate(root).sorted(by: Self.order).first {
            throw fail(first.span.start, .schema(first.message))
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

    private func fail(_ node: Node, _ reason: RuleFileError.Reason) -> RuleFileError {
        fail(node.span.start, reason)
    }

    private func fail(_ position: Position, _ reason: RuleFileError.Reason) -> RuleFileError {
        RuleFileError(file: path, position: position, reason: reason)
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
                throw fail(item, .badPath(text, reason: "\(error)"))
            }
        }
        return paths
    }

    private func compile(_ node: Node, _ what: String) throws(RuleFileError) -> JSONSchema {
        if let program = precompiled(node) { return JSONSchema(program: program) }
        do {
            return try JSONSchema(node)
        } catch {
            throw fail(node, .badSchema(what, reason: "\(error)"))
        }
    }

    private func config(_ node: Node?) throws(RuleFileError) -> [(key: String, value: ScalarValue)] {
        var out: [(key: String, value: ScalarValue)] = []
        for member in node?.members ?? [] {
            guard let scalar = member.value.scalar else { throw fail(member.value, .configNotScalar) }
            out.append((member.name, scalar.value))
        }
        return out
    }

    private func fix(_ node: Node?) throws(RuleFileError) -> RuleFix? {
        guard let node else { return nil }
        guard let name = node.string ?? node["kind"]?.string else {
            throw fail(node, .fixWithoutKind)
        }
        guard let fixer = RuleFixers.all[name] else {
            throw fail(node, .unknownFixKind(name, known: Array(RuleFixers.all.keys)))
        }
        // The fixer's options are the members besides `kind` and `description`.
        let members = node.members?.filter { $0.name != "kind" && $0.name != "description" } ?? []
        let options = members.isEmpty ? nil : Node(.mapping(members), span: node.span)
        let configured = try configure(name, options: options, schemas: { RuleFixers.optionSchemas }, owner: node) {
            options throws(MissingOption) in try fixer.configured(options)
        }
        return RuleFix(fixer: configured, description: node["description"]?.string)
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
            throw fail(entry, .checkWithoutAction)
        }
        guard let message = entry["message"]?.string ?? defaults.message else {
            throw fail(entry, .missingMessage)
        }
        return RuleCheck(
            when: try entry["when"].map { node throws(RuleFileError) in try compile(node, "when") } ?? defaults.when,
            config: defaults.config + (try config(entry["config"])), action: action, message: message,
            at: entry["at"]?.string.map(RuleTarget.init) ?? defaults.at, fix: try fix(entry["fix"]) ?? defaults.fix)
    }

    /// A named function set up with its options.
    private func function(_ name: String, at nameNode: Node, options: Node?, in entry: Node) throws(RuleFileError) -> RuleCheck.Action {
        guard let function = RuleFunctions.all[name] else {
            throw fail(nameNode, .unknownFunction(name, known: Array(RuleFunctions.all.keys)))
        }
        return .function(try configure(name, options: options, schemas: { RuleFunctions.optionSchemas }, owner: entry) {
            options throws(MissingOption) in try function.configured(options)
        })
    }

    /// A function or fixer set up with its options: they are checked against
    /// its options schema when `checkingSchema` (an unknown or mistyped
    /// option is a positioned error), then decoded once into its typed options.
    /// A missing option is an error at the options, or at `owner` when there are none.
    private func configure<Configured>(
        _ name: String, options: Node?, schemas: () -> [String: JSONSchema], owner: Node,
        _ configured: (Node?) throws(MissingOption) -> Configured
    ) throws(RuleFileError) -> Configured {
        if let options, checkingSchema {
            guard let schema = schemas()[name] else { throw fail(options, .takesNoOptions(name)) }
            if let first = schema.validate(options).sorted(by: Self.order).first {
                throw fail(first.span.start, .badOption(name, reason: first.message))
            }
        }
        do {
            return try configured(options)
        } catch {
            throw fail(options ?? owner, .missingOption(name, error))
        }
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
}
