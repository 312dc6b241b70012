/// The rules a run applies: the embedded ones, plus any from `--rules-dir`.
public struct RuleSet: Sendable {
    /// The rules, ordered by id.
    public var rules: [Rule]

    /// The rules' documentation, ordered by id (`RuleRegistry` adds the built-in ids).
    public var infos: [RuleInfo] { rules.map(\.info) }

    /// Reads rule files (YAML), each checked against the rule-file schema
    /// (and its functions' and fixers' options against theirs) unless
    /// `checkingSchema` is false.
    /// - Throws: `RuleFileError` naming the first bad file and the position in it;
    ///   two files with the same id are an error at the second.
    public init(files: [(path: String, text: String)], checkingSchema: Bool = true) throws(RuleFileError) {
        try self.init(files: files, checkingSchema: checkingSchema, embedded: false)
    }

    /// Reads rule files; `embedded` ones take their compiled schemas from `EmbeddedPrograms`.
    init(files: [(path: String, text: String)], checkingSchema: Bool, embedded: Bool) throws(RuleFileError) {
        var byID: [String: Rule] = [:]
        for file in files {
            let rule = try RuleFileParser.parse(path: file.path, text: file.text, checkingSchema: checkingSchema, embedded: embedded)
            if let earlier = byID[rule.id] {
                throw RuleFileError(
                    file: file.path, position: Span.fileStart.start, reason: .duplicateID(rule.id, earlier: earlier.file))
            }
            byID[rule.id] = rule
        }
        rules = byID.values.sorted { $0.id < $1.id }
    }

    /// The rule files compiled into the binary (`rules/**/*.yaml`).
    public static var embeddedFiles: [(path: String, text: String)] {
        Embedded.files.filter { $0.path.hasPrefix("rules/") && $0.path.hasSuffix(".yaml") }
    }

    /// The rules compiled into the binary; without `documented`, their
    /// descriptions and examples are left out (read faster, lint the same).
    /// They are not checked against the rule-file and options schemas on
    /// each start: they cannot change after the build, and the test suite
    /// checks them (`EmbeddedRuleFilesTests`).
    public static func embedded(documented: Bool = true) throws(RuleFileError) -> RuleSet {
        try RuleSet(files: documented ? embeddedFiles : Embedded.ruleLintParts, checkingSchema: false, embedded: true)
    }

    /// This set with `other`'s rules added; a rule of `other` replaces one with the same id.
    public func merging(_ other: RuleSet) -> RuleSet {
        var copy = self
        let replaced = Set(other.rules.map(\.id))
        copy.rules = (rules.filter { !replaced.contains($0.id) } + other.rules).sorted { $0.id < $1.id }
        return copy
    }

    /// The rule with this id.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }
}

extension RuleSet {
    /// The findings of one rule on one of its examples (for `avslint explain`
    /// and the example test): the example's YAML linted by this set under the
    /// example's settings, kept to that rule, sorted.
    public func findings(of example: RuleExamples.Example, ruleID: String) -> [Diagnostic] {
        let file = SourceFile(path: "example.yaml", text: example.config)
        let loaded = YAMLLoader.load(file)
        let engine = RuleEngine(rules: self, configuration: example.settings.configuration, secret: example.settings.secret)
        return engine.check(loaded.documents, file: file).filter { $0.ruleID == ruleID }.sorted(by: Diagnostic.sortOrder)
    }
}
