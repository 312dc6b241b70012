/// Reads one rule file (YAML) into a `Rule`, compiling its schemas and
/// checking its selectors, function names and options.
enum RuleFileParser {
    static let topKeys: Set<String> = [
        "id", "severity", "summary", "description", "given", "mode", "when", "config", "then", "message", "at",
        "fix", "examples", "supersedes",
    ]
    static let checkKeys: Set<String> = ["when", "config", "schema", "function", "options", "message", "at", "fix"]
    static let configKeys: Set<String> = ["survey", "profile"]

    static func parse(path: String, text: String) throws(RuleFileError) -> Rule {
        let file = SourceFile(path: path, text: text)
        let result = YAMLLoader.load(file)
        if let first = result.diagnostics.first(where: { $0.severity == .error }) {
            throw RuleFileError(file: path, position: first.span.start, message: first.message)
        }
        guard let root = result.documents.first?.root, let members = root.members else {
            throw RuleFileError(file: path, position: Span.fileStart.start, message: "a rule file holds one mapping")
        }
        func fail(_ node: Node, _ message: String) -> RuleFileError {
            RuleFileError(file: path, position: node.span.start, message: message)
        }
        for member in members where !topKeys.contains(member.name) {
            if let suggestion = EditDistance.suggestion(for: member.name, among: Array(topKeys)) {
                throw fail(member.key, "unknown key '\(member.name)'; did you mean '\(suggestion)'?")
            }
            throw fail(member.key, "unknown key '\(member.name)'; expected one of \(topKeys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
        }
        func string(_ key: String, in node: Node, required: Bool = true) throws(RuleFileError) -> String? {
            guard let value = node[key] else {
                if required { throw fail(node, "missing '\(key)'") }
                return nil
            }
            guard let text = value.string else { throw fail(value, "'\(key)' must be a string") }
            return text
        }
        let id = try string("id", in: root) ?? ""
        guard id.split(separator: "/").count == 2, id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "/" }) else {
            throw fail(root["id"] ?? root, "the id '\(id)' is not '<category>/<name>' in lowercase kebab-case")
        }
        let severityText = try string("severity", in: root) ?? ""
        guard let severity = Severity(rawValue: severityText) else {
            throw fail(root["severity"] ?? root, "severity must be 'error', 'warning' or 'info'")
        }
        let summary = try string("summary", in: root) ?? ""
        let description = try string("description", in: root) ?? ""

        guard let givenNode = root["given"] else { throw fail(root, "missing 'given'") }
        var given: [JSONPath] = []
        for node in givenNode.items ?? [givenNode] {
            guard let text = node.string else { throw fail(node, "'given' must be a JSONPath or a list of them") }
            do {
                given.append(try JSONPath(text))
            } catch {
                throw fail(node, "bad JSONPath '\(text)': \(error)")
            }
        }

        var mode: LaunchMode?
        if let modeText = try string("mode", in: root, required: false) {
            guard let parsed = LaunchMode(rawValue: modeText) else {
                throw fail(root["mode"] ?? root, "mode must be 'page' or 'miniprogram'")
            }
            mode = parsed
        }

        func schema(_ node: Node, _ what: String) throws(RuleFileError) -> JSONSchema {
            do {
                return try JSONSchema(node)
            } catch {
                throw fail(node, "the '\(what)' schema does not compile: \(error)")
            }
        }
        func config(_ node: Node?) throws(RuleFileError) -> [(key: String, value: ScalarValue)] {
            guard let node else { return [] }
            guard let members = node.members else { throw fail(node, "'config' must be a mapping") }
            var out: [(key: String, value: ScalarValue)] = []
            for member in members {
                guard configKeys.contains(member.name) else {
                    throw fail(member.key, "unknown config setting '\(member.name)'; expected 'profile' or 'survey'")
                }
                guard let scalar = member.value.scalar else { throw fail(member.value, "a config condition is a scalar") }
                out.append((member.name, scalar.value))
            }
            return out
        }

        let defaultWhen = try root["when"].map { node throws(RuleFileError) in try schema(node, "when") }
        let defaultConfig = try config(root["config"])
        let defaultMessage = try string("message", in: root, required: false)
        let defaultAt = try string("at", in: root, required: false).map(RuleTarget.init) ?? .value
        func fix(_ node: Node?) throws(RuleFileError) -> RuleFix? {
            guard let node else { return nil }
            let name = node.string ?? node["kind"]?.string
            guard let name else { throw fail(node, "'fix' is a fix kind or a mapping with 'kind'") }
            guard let fixer = RuleFixers.all[name] else {
                throw fail(node, "unknown fix kind '\(name)'; known: \(RuleFixers.all.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            }
            let options = node.members == nil ? nil : node
            if let problem = fixer.validate(options: options) { throw fail(node, problem) }
            return RuleFix(fixer: fixer, options: options)
        }
        let defaultFix = try fix(root["fix"])

        guard let thenNode = root["then"] else { throw fail(root, "missing 'then'") }
        var checks: [RuleCheck] = []
        for entry in thenNode.items ?? [thenNode] {
            guard let entryMembers = entry.members else { throw fail(entry, "a 'then' entry is a mapping") }
            for member in entryMembers where !checkKeys.contains(member.name) {
                throw fail(member.key, "unknown key '\(member.name)' in 'then'; expected one of \(checkKeys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            }
            let action: RuleCheck.Action
            if let schemaNode = entry["schema"] {
                action = .schema(try schema(schemaNode, "then"))
            } else if let name = try string("function", in: entry, required: false) {
                guard let function = RuleFunctions.all[name] else {
                    throw fail(entry["function"] ?? entry, "unknown function '\(name)'; known: \(RuleFunctions.all.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
                }
                let options = entry["options"]
                if let problem = function.validate(options: options) { throw fail(options ?? entry, problem) }
                action = .function(function.configured(options: options), options: options)
            } else {
                throw fail(entry, "a 'then' entry needs 'schema' or 'function'")
            }
            let when = try entry["when"].map { node throws(RuleFileError) in try schema(node, "when") } ?? defaultWhen
            let entryConfig = try config(entry["config"])
            guard let message = try string("message", in: entry, required: false) ?? defaultMessage else {
                throw fail(entry, "missing 'message' (in the rule or in this 'then' entry)")
            }
            let at = try string("at", in: entry, required: false).map(RuleTarget.init) ?? defaultAt
            let entryFix = try fix(entry["fix"]) ?? defaultFix
            checks.append(RuleCheck(
                when: when, config: defaultConfig + entryConfig, action: action, message: message, at: at,
                fix: entryFix))
        }

        var supersedes: [String] = []
        if let node = root["supersedes"] {
            for item in node.items ?? [node] {
                guard let text = item.string else { throw fail(item, "'supersedes' must be a rule id or a list of them") }
                supersedes.append(text)
            }
        }
        let examples = try parseExamples(root["examples"], fail: fail)
        return Rule(
            id: id, severity: severity, summary: summary, description: description, given: given, mode: mode,
            checks: checks, examples: examples, file: path, supersedes: supersedes)
    }

    private static func parseExamples(
        _ node: Node?, fail: (Node, String) -> RuleFileError
    ) throws(RuleFileError) -> RuleExamples {
        guard let node else { return RuleExamples(valid: [], invalid: []) }
        guard node.members != nil else { throw fail(node, "'examples' must be a mapping of 'valid' and 'invalid'") }
        func list(_ key: String, invalid: Bool) throws(RuleFileError) -> [RuleExamples.Example] {
            guard let listNode = node[key] else { return [] }
            guard let items = listNode.items else { throw fail(listNode, "'\(key)' must be a list") }
            var out: [RuleExamples.Example] = []
            for item in items {
                if let text = item.string, !invalid {
                    out.append(RuleExamples.Example(config: text, settings: ExampleSettings(), expect: []))
                    continue
                }
                guard let config = item["config"]?.string else {
                    throw fail(item, "an example needs 'config' (YAML text)")
                }
                var settings = ExampleSettings()
                if let s = item["settings"] {
                    settings.survey = s["survey"]?.bool
                    settings.profile = s["profile"]?.string
                    settings.secret = s["secret"]?.string
                }
                let expect = item["expect"]?.items?.compactMap(\.string) ?? []
                if invalid && expect.isEmpty { throw fail(item, "an invalid example needs 'expect: [\"RULE LINE:COL\", …]'") }
                out.append(RuleExamples.Example(config: config, settings: settings, expect: expect))
            }
            return out
        }
        return RuleExamples(valid: try list("valid", invalid: false), invalid: try list("invalid", invalid: true))
    }
}
