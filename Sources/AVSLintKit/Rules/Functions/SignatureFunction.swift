/// `signature`: recomputes the mini-program launch signature (the selected
/// node is the document root) and compares it with the `sign` of `path`.
/// Without a secret it gives, once per file, `miniprogram/sign-unchecked`
/// (an `info`) saying the check was skipped.
/// Findings point at the `path` value. Template values: `{{env}}` (the
/// variable that holds the secret). The secret itself is never a value.
public struct SignatureFunction: RuleFunction {
    public static let name = "signature"

    public init(options: NoOptions) {}

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        let env = context.configuration.secretEnv
        let pathTarget = context.selection.child(named: "path")
        guard let secret = context.secret, !secret.isEmpty else {
            // A signature over values computed at run time cannot be
            // checked even with the secret: say nothing about it.
            if Self.dependsOnRunTime(context.root) { return [] }
            return [RuleFunctionResult(
                target: pathTarget, values: ["env": env],
                message: "signature not checked: set \(env) to check the signature",
                rule: BuiltinRuleInfos.signUnchecked, oncePerFile: true)]
        }
        guard let inputs = try? Signer.inputs(of: context.root) else { return [] }
        let query = PathQuery(inputs.path)
        guard let sign = query.values("sign").first?.value, let nonce = query.values("nonce").first?.value,
              let timestamp = query.values("timestamp").first?.value else { return [] }
        let expected = Signer.sign(
            appId: inputs.appId, path: inputs.path, extraData: inputs.extraData, secret: secret, nonce: nonce,
            timestamp: timestamp)
        guard sign.lowercased() != expected else { return [] }
        return [RuleFunctionResult(target: pathTarget, values: ["env": env])]
    }

    /// True when `appId`, `path` or anything in `extraData` is computed at
    /// run time (a JavaScript literal's variable or call).
    static func dependsOnRunTime(_ root: Node?) -> Bool {
        guard let root else { return false }
        if root["appId"]?.isComputed == true || root["path"]?.isComputed == true { return true }
        if let extra = root["extraData"], containsComputed(extra) { return true }
        return false
    }

    /// True when a value anywhere under `node` is only known at run time
    /// (what makes `JSON.stringify` of it unknowable), found without building the text.
    static func containsComputed(_ node: Node) -> Bool {
        var pending = [node]
        while let next = pending.popLast() {
            switch next.value {
            case .computed: return true
            case .scalar: continue
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let members): pending.append(contentsOf: members.map(\.value))
            }
        }
        return false
    }
}
