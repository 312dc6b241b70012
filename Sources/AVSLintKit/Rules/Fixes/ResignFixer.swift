/// `re-sign`: rewrites the `sign` of a mini-program `path` for the current
/// `appId`, path and `extraData`, keeping the path's `nonce` and
/// `timestamp` and its quoting. Offered only when the secret is available.
public struct ResignFixer: RuleFixer {
    public static let name = "re-sign"

    public init(options: NoOptions) {}

    public func fix(_ context: RuleFixContext) -> Fix? {
        guard let secret = context.secret, !secret.isEmpty, let pathNode = context.root["path"],
              let path = pathNode.string, SourceEdits.singleLineRange(pathNode.span, in: context.file) != nil
        else { return nil }
        let query = PathQuery(path)
        guard query.values("sign").count == 1, let nonce = query.values("nonce").first?.value,
              let timestamp = query.values("timestamp").first?.value, !nonce.isEmpty, !timestamp.isEmpty,
              let signed = try? Signer.signedPath(
                  for: context.document, file: context.file, secret: secret, nonce: nonce, timestamp: timestamp)
        else { return nil }
        return Fix(description: "re-sign the path with the same nonce and timestamp", edits: [signed.edit])
    }
}
