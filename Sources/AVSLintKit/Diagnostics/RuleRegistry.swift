/// Every rule id a run can print, with its documentation: the rule files'
/// rules and the built-in ids. `avslint rules`, `explain`, the validation of
/// `.avslint.yaml`, SARIF's rule table and docs/rules.md all read this one list.
public struct RuleRegistry: Sendable {
    /// Every rule, ordered by id.
    public let infos: [RuleInfo]
    private let indexByID: [String: Int]

    /// The registry of a rule set: its rules and the built-in ids.
    public init(_ rules: RuleSet) {
        self.init(rules.infos + BuiltinRuleInfos.all)
    }

    /// A registry of these infos; of two with one id the first is kept.
    public init(_ infos: [RuleInfo]) {
        var seen: Set<String> = []
        seen.reserveCapacity(infos.count)
        let unique = infos.filter { seen.insert($0.id).inserted }
        // Sorting positions by their ids copies no whole info.
        let ids = unique.map(\.id)
        self.infos = ids.indices.sorted { ids[$0] < ids[$1] }.map { unique[$0] }
        var index: [String: Int] = [:]
        index.reserveCapacity(self.infos.count)
        for (offset, info) in self.infos.enumerated() { index[info.id] = offset }
        indexByID = index
    }

    /// Every id, ordered.
    public var ids: [String] { infos.map(\.id) }

    /// The rule with this id, or nil.
    public func info(_ id: String) -> RuleInfo? {
        indexByID[id].map { infos[$0] }
    }

    /// True when `pattern` (an id, a category glob like `navigate/*`, or `*`)
    /// names at least one registered rule.
    public func knows(_ pattern: String) -> Bool {
        if indexByID[pattern] != nil { return true }
        return infos.contains { Configuration.matches(pattern: pattern, ruleID: $0.id) }
    }
}
