/// `secret-in-config`: walks the selected node for secrets. A key whose
/// name, lowercased without `_` and `-`, is in `names` or ends with one of
/// `suffixes` and holds a non-empty value is a finding at the key; a string
/// (value or key) that contains the configured secret is a finding at it.
/// The value is never a template value.
///
/// Options: `names` (list), `suffixes` (list), `allow` (exact key names never flagged).
/// Template values: `{{env}}`, `{{kind}}` (`key` or `secret`).
public struct SecretInConfigFunction: RuleFunction {
    public static let name = "secret-in-config"

    public init() {}

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        let names = Set(strings(context.options?.option("names")).map(Self.normalize))
        let suffixes = strings(context.options?.option("suffixes")).map(Self.normalize)
        let allow = Set(strings(context.options?.option("allow")))
        let secret = context.secret.flatMap { $0.count >= 4 ? $0 : nil }
        let env = context.configuration.secretEnv
        var results: [RuleFunctionResult] = []
        var stack = [context.selection]
        while let top = stack.popLast() {
            switch top.node.value {
            case .mapping(let members):
                for member in members.reversed() {
                    let child = top.child(member)
                    stack.append(child)
                }
            case .sequence(let items):
                for (i, item) in items.enumerated().reversed() {
                    stack.append(Selection(node: item, keyPath: top.keyPath + [.index(i)], key: nil))
                }
            case .scalar, .computed:
                break
            }
            if let property = top.property, let key = top.key {
                let normalized = Self.normalize(property)
                if !allow.contains(property),
                   names.contains(normalized) || suffixes.contains(where: { normalized.hasSuffix($0) }),
                   Self.holdsValue(top.node) {
                    results.append(RuleFunctionResult(target: top, atKey: true, values: ["env": env, "kind": "key"]))
                    continue
                }
                if let secret, property.contains(secret) {
                    _ = key
                    results.append(RuleFunctionResult(
                        target: top, atKey: true, values: ["env": env, "kind": "secret"],
                        message: "this key contains the signing secret from \(env); keep the secret out of config files"))
                }
            }
            if let secret, let text = top.node.string, text.contains(secret) {
                results.append(RuleFunctionResult(
                    target: top, values: ["env": env, "kind": "secret"],
                    message: "this value contains the signing secret from \(env); keep the secret out of config files"))
            }
        }
        return results
    }

    private func strings(_ node: Node?) -> [String] {
        node?.items?.compactMap(\.string) ?? []
    }

    static func normalize(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// A non-empty value: not null, not "", not an empty collection, not computed.
    static func holdsValue(_ node: Node) -> Bool {
        switch node.value {
        case .computed: return false
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return false
            case .string(let s): return !s.isEmpty
            default: return true
            }
        case .sequence(let items): return !items.isEmpty
        case .mapping(let members): return !members.isEmpty
        }
    }
}
