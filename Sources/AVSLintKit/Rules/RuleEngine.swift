/// Runs a rule set over documents: selects nodes, applies each check's
/// conditions, runs its schema or function, and turns the failures into
/// diagnostics at each rule's default severity (configured levels are
/// applied later, once, by the linter).
public struct RuleEngine: Sendable {
    /// The rules.
    public let rules: RuleSet
    /// The run's configuration (the `config:` conditions of checks).
    public let configuration: Configuration
    /// The signing secret, when the environment has it. Never printed.
    public let secret: String?

    /// Creates an engine.
    public init(rules: RuleSet, configuration: Configuration, secret: String?) {
        self.rules = rules
        self.configuration = configuration
        self.secret = secret
    }

    /// For each rule id, the ids its findings supersede at the same place (`supersedes:` in rule files).
    public var supersedes: [String: Set<String>] {
        var map: [String: Set<String>] = [:]
        for rule in rules.rules where !rule.supersedes.isEmpty {
            map[rule.id, default: []].formUnion(rule.supersedes)
        }
        return map
    }

    /// The findings of every rule on one document; nothing when the document
    /// is not a launch config.
    public func check(_ document: Document, file: SourceFile) -> [Diagnostic] {
        findings(of: document, file: file).map(\.diagnostic)
    }

    /// A finding and whether its file gets it once only.
    private struct Finding: Hashable {
        var diagnostic: Diagnostic
        var oncePerFile = false
    }

    private func findings(of document: Document, file: SourceFile) -> [Finding] {
        guard let root = document.root, let mode = LaunchMode.detect(root) else { return [] }
        var out: [Finding] = []
        let roots = JSONPath.Roots(root, mode: mode)
        for rule in rules.rules {
            if let wanted = rule.mode, wanted != mode { continue }
            // With one check, the filter below has already settled its `when`.
            let whenSettled = rule.checks.count == 1
            for path in rule.given {
                // A node no check's `when` accepts is skipped before it gets a selection.
                let relevant: (Node) -> Bool
                if let types = rule.whenTypes {
                    relevant = { node in JSONKind.of(node).map { TypeKeyword.allows($0, in: types) } ?? false }
                } else {
                    relevant = { node in
                        guard !node.isComputed else { return false }
                        for check in rule.checks {
                            guard let when = check.when, !when.matches(node) else { return true }
                        }
                        return false
                    }
                }
                path.forEach(in: roots, where: relevant) { selection in
                    for check in rule.checks {
                        guard conditionsHold(check, on: selection, whenSettled: whenSettled) else { continue }
                        out += run(check, of: rule, on: selection, document: document, root: root, mode: mode, file: file)
                    }
                }
            }
        }
        return dedupe(out)
    }

    /// The findings of every document of a file; a finding its function
    /// gives once per file is kept at its first place only.
    public func check(_ documents: [Document], file: SourceFile) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var givenOnce: Set<String> = []
        for document in documents {
            for finding in findings(of: document, file: file) {
                if finding.oncePerFile, !givenOnce.insert(finding.diagnostic.ruleID).inserted { continue }
                out.append(finding.diagnostic)
            }
        }
        return out
    }

    private func conditionsHold(_ check: RuleCheck, on selection: Selection, whenSettled: Bool) -> Bool {
        for condition in check.config {
            switch condition.key {
            case "survey":
                guard let survey = configuration.survey, condition.value == .bool(survey) else { return false }
            case "profile":
                guard let profile = configuration.profile, condition.value == .string(profile) else { return false }
            default:
                return false
            }
        }
        if !whenSettled, let when = check.when, !when.matches(selection.node) { return false }
        return true
    }

    private func run(
        _ check: RuleCheck, of rule: Rule, on selection: Selection, document: Document, root: Node, mode: LaunchMode,
        file: SourceFile
    ) -> [Finding] {
        func fix(_ target: Selection, _ values: [String: String]) -> Fix? {
            check.fix?.make(RuleFixContext(
                selection: selection, target: target, values: values, root: root,
                document: document, file: file, secret: secret))
        }
        var out: [Finding] = []
        switch check.action {
        case .schema(let schema):
            // Most selections pass: settle them before building their pointer.
            guard !schema.isValid(selection.node) else { break }
            let base = selection.pointer
            for finding in schema.validate(selection.node, at: base, keySpan: selection.key?.span) {
                let failing = resolve(finding.instancePath, from: selection, base: base)
                if failing?.node.isComputed == true { continue }
                let target: (selection: Selection, atKey: Bool) = failing.map { locate(check.at, from: $0) } ?? (selection, false)
                let span = failing == nil ? finding.span : spanOf(target.selection, atKey: target.atKey)
                let error = SecretMask.message(of: finding, node: failing?.node, secret: secret)
                let message = render(check.message, at: failing ?? selection, extra: ["error": error])
                var made = diagnostic(rule.info, message: message, file: file,
                                      span: span, pointer: target.selection.pointer, related: [])
                if failing != nil { made.fix = fix(target.selection, ["error": error]) }
                out.append(Finding(diagnostic: made))
            }
        case .function(let function):
            let context = RuleFunctionContext(
                selection: selection, root: root, mode: mode, configuration: configuration,
                secret: secret, file: file)
            for result in function.run(context) {
                let target: (selection: Selection, atKey: Bool)
                if let explicit = result.target {
                    target = (explicit, result.atKey)
                } else {
                    target = locate(check.at, from: selection)
                }
                let template = result.message ?? check.message
                let message = render(template, at: result.target ?? selection, extra: result.values)
                var made = diagnostic(result.rule ?? rule.info, message: message, file: file,
                                      span: spanOf(target.selection, atKey: target.atKey),
                                      pointer: target.selection.pointer, related: result.related)
                if result.rule == nil { made.fix = fix(target.selection, result.values) }
                out.append(Finding(diagnostic: made, oncePerFile: result.oncePerFile))
            }
        }
        return out
    }

    private func diagnostic(
        _ rule: RuleInfo, message: String, file: SourceFile, span: Span, pointer: String, related: [Related]
    ) -> Diagnostic {
        Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: message, file: file.path, span: span,
            instancePath: pointer, related: related)
    }

    /// The selection at an absolute JSON Pointer below `selection`.
    private func resolve(_ pointer: String, from selection: Selection, base: String) -> Selection? {
        guard pointer.hasPrefix(base) else { return nil }
        let rest = pointer.dropFirst(base.count)
        if rest.isEmpty { return selection }
        guard rest.first == "/" else { return nil }
        var current = selection
        for rawToken in rest.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = String(rawToken).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
            switch current.node.value {
            case .mapping:
                guard let next = current.child(named: token) else { return nil }
                current = next
            case .sequence(let items):
                guard let i = Int(token), i >= 0, i < items.count else { return nil }
                current = current.item(items[i], at: i)
            default:
                return nil
            }
        }
        return current
    }

    private func locate(_ target: RuleTarget, from selection: Selection) -> (selection: Selection, atKey: Bool) {
        switch target {
        case .value: return (selection, false)
        case .key: return (selection, selection.key != nil)
        case .member(let name): return (selection.child(named: name) ?? selection, false)
        case .memberKey(let name):
            if let child = selection.child(named: name) { return (child, true) }
            return (selection, false)
        }
    }

    private func spanOf(_ selection: Selection, atKey: Bool) -> Span {
        if atKey, let key = selection.key { return key.span }
        return selection.node.span
    }

    private func render(_ template: String, at selection: Selection, extra: [String: String]) -> String {
        // Searches bytes: `{` and `}` are ASCII, so every match is a character boundary.
        let bytes = template.utf8
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        func pair(_ byte: UInt8, from start: String.Index) -> String.Index? {
            var i = start
            while let found = bytes[i...].firstIndex(of: byte) {
                let next = bytes.index(after: found)
                if next < bytes.endIndex, bytes[next] == byte { return found }
                i = next
            }
            return nil
        }
        guard var openAt = pair(open, from: bytes.startIndex) else { return template }
        var out = ""
        var rest = bytes.startIndex
        while true {
            let nameStart = bytes.index(openAt, offsetBy: 2)
            guard let closeAt = pair(close, from: nameStart) else { break }
            out += template[rest..<openAt]
            switch template[nameStart..<closeAt].trimmingSpaces() {
            // Text from the file never shows the secret; the template's own words stay.
            case "property": out += SecretMask.echoed(selection.nearestProperty ?? "", secret: secret)
            case "value": out += SecretMask.echoed(Self.valueText(selection.node), secret: secret)
            case "path": out += SecretMask.echoed(Self.dottedPath(selection), secret: secret)
            case "error": out += extra["error"] ?? ""
            case let name: out += SecretMask.echoed(extra[name] ?? "", secret: secret)
            }
            rest = bytes.index(closeAt, offsetBy: 2)
            guard let next = pair(open, from: rest) else { break }
            openAt = next
        }
        out += template[rest...]
        return out
    }

    static func valueText(_ node: Node) -> String {
        switch node.value {
        case .scalar(let scalar): return scalar.text
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .computed: return "computed value"
        }
    }

    static func dottedPath(_ selection: Selection) -> String {
        var out = ""
        for step in selection.keyPath {
            switch step {
            case .key(let name): out += out.isEmpty ? name : "." + name
            case .index(let i): out += "[\(i)]"
            }
        }
        return out.isEmpty ? "$" : out
    }

    private func dedupe(_ findings: [Finding]) -> [Finding] {
        var seen: Set<Diagnostic> = []
        return findings.filter { seen.insert($0.diagnostic).inserted }
    }
}

extension StringProtocol {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }

    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
