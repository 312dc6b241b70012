/// A named kind of safe fix that rule files attach to a check with
/// `fix: NAME` or `fix: {kind: NAME, description: TEMPLATE, …options}`. A
/// new rule that reuses a kind needs no Swift.
///
/// Its `optionsSchema` is the JSON Schema of the `fix` mapping's members
/// besides `kind` and `description`.
public protocol RuleFixer: RuleConfigurable {
    /// The fix for one finding, or nil when no edit is certainly safe.
    func fix(_ context: RuleFixContext) -> Fix?
}

/// What a fixer sees: the finding, the document and the file's bytes.
public struct RuleFixContext: Sendable {
    /// The node the rule selected.
    public var selection: Selection
    /// The node the finding points at.
    public var target: Selection
    /// The template values of the finding (`{{expected}}`, `{{found}}`),
    /// which `render(_:)` puts in the fixer's options.
    public var values: [String: String]
    /// The document root.
    public var root: Node
    /// The document.
    public var document: Document
    /// The source the spans point into.
    public var file: SourceFile
    /// The signing secret, when the environment has it. Never print it.
    public var secret: String?

    /// An option's text with `{{name}}` replaced by the finding's values.
    public func render(_ template: String) -> String {
        guard template.contains("{{") else { return template }
        var out = template
        for (name, value) in values {
            out = out.replacingAll("{{" + name + "}}", with: value)
            out = out.replacingAll("{{ " + name + " }}", with: value)
        }
        return out
    }
}

/// A check's fix: the kind set up with its options.
public struct RuleFix: Sendable {
    /// The fixer.
    public var fixer: any RuleFixer
    /// The rule's `description` template, which replaces the fixer's own.
    public var description: String?

    /// The fix for one finding, with the rule's description when it has one.
    func make(_ context: RuleFixContext) -> Fix? {
        guard var fix = fixer.fix(context), context.document.permits(fix) else { return nil }
        if let description { fix.description = context.render(description) }
        return fix
    }
}

/// The fix kinds rule files may name.
public enum RuleFixers {
    /// Every fixer, by name.
    public static let all: [String: any RuleFixer.Type] = {
        let list: [any RuleFixer.Type] = [
            RemoveQueryParamFixer.self, SetQueryParamFixer.self, ResignFixer.self, RemoveMemberFixer.self,
        ]
        return Dictionary(list.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Each fixer's compiled options schema, by name (fixers that take no options are absent).
    public static let optionSchemas = RuleFileParser.compileOptionSchemas(all, of: "fix options of")
}

extension Selection {
    /// The mapping that holds this node as a member value, and the member's
    /// index in it (the member whose key is this selection's key node), or nil.
    func parentMapping(in root: Node) -> (mapping: Node, index: Int)? {
        guard let key, case .key? = keyPath.last else { return nil }
        var current = root
        for step in keyPath.dropLast() {
            switch step {
            case .key(let name):
                guard let next = current[name] else { return nil }
                current = next
            case .index(let i):
                guard let items = current.items, items.indices.contains(i) else { return nil }
                current = items[i]
            }
        }
        guard let members = current.members,
              let index = members.firstIndex(where: { $0.key.span == key.span }) else { return nil }
        return (current, index)
    }
}
