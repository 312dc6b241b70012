/// A named kind of safe fix that rule files attach to a check with
/// `fix: NAME` or `fix: {kind: NAME, description: TEMPLATE, …options}`. A
/// new rule that reuses a kind needs no Swift.
public protocol RuleFixer: Sendable {
    /// The name rule files use.
    static var name: String { get }
    /// Checks the options once, when the rule file is read.
    /// - Returns: an error message, or nil when the options are usable.
    func validate(options: Node?) -> String?
    /// The fix for one finding, or nil when no edit is certainly safe.
    func fix(_ context: RuleFixContext) -> Fix?
}

extension RuleFixer {
    /// Most fixers take no options.
    public func validate(options: Node?) -> String? { nil }
}

/// What a fixer sees: the finding, the document and the file's bytes.
public struct RuleFixContext: Sendable {
    /// The node the rule selected.
    public var selection: Selection
    /// The node the finding points at.
    public var target: Selection
    /// The template values of the finding (`{{expected}}`, `{{found}}`), with
    /// `{{…}}` in the fix options already replaced by them.
    public var values: [String: String]
    /// The `fix` options (the mapping written in the rule file).
    public var options: Node?
    /// The document root.
    public var root: Node
    /// The document.
    public var document: Document
    /// The source the spans point into.
    public var file: SourceFile
    /// The signing secret, when the environment has it. Never print it.
    public var secret: String?

    /// A string option, with `{{name}}` replaced by the finding's values.
    public func option(_ name: String) -> String? {
        guard let node = options?[name], let text = node.scalar?.text else { return nil }
        return RuleFixContext.render(text, values)
    }

    static func render(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{{") else { return template }
        var out = template
        for (name, value) in values {
            out = out.replacingAll("{{" + name + "}}", with: value)
            out = out.replacingAll("{{ " + name + " }}", with: value)
        }
        return out
    }
}

/// A check's fix: the kind and its options.
public struct RuleFix: Sendable {
    /// The fixer.
    public var fixer: any RuleFixer
    /// The options, including an optional `description` template.
    public var options: Node?

    /// The fix for one finding, with the rule's description when it has one.
    func make(_ context: RuleFixContext) -> Fix? {
        guard var fix = fixer.fix(context), context.document.permits(fix) else { return nil }
        if let description = context.option("description") { fix.description = description }
        return fix
    }
}

/// The fix kinds rule files may name.
public enum RuleFixers {
    /// Every fixer, by name.
    public static let all: [String: any RuleFixer] = {
        let list: [any RuleFixer] = [
            RemoveQueryParamFixer(), SetQueryParamFixer(), ResignFixer(), RemoveMemberFixer(),
        ]
        var table: [String: any RuleFixer] = [:]
        for fixer in list { table[type(of: fixer).name] = fixer }
        return table
    }()
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
