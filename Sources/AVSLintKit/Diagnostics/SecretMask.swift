/// Keeps the signing secret out of every report: a report that shows source
/// lines (the text format's code frame) shows `*` where the secret is
/// written.
public enum SecretMask {
    /// `source` with every occurrence of each secret replaced, byte for byte,
    /// by `*` (offsets and ASCII columns stay the same).
    public static func masking(_ secrets: Set<String>, in source: SourceFile) -> SourceFile {
        var bytes = source.bytes
        var changed = false
        for secret in secrets {
            let needle = Array(secret.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { continue }
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                    for k in i..<(i + needle.count) { bytes[k] = UInt8(ascii: "*") }
                    changed = true
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return changed ? SourceFile(path: source.path, bytes: bytes) : source
    }
}

// MARK: - Messages

extension SecretMask {
    /// What a message shows instead of the secret.
    static let placeholder = "***"

    /// `text`, echoed from the file into a message, with the secret masked.
    static func echoed(_ text: String, secret: String?) -> String {
        guard let secret, !secret.isEmpty, text.contains(secret) else { return text }
        return text.replacingAll(secret, with: placeholder)
    }

    /// The message of a schema finding about `node` (the node at the
    /// finding's pointer, whose key is the pointer's last token), with the
    /// secret masked only inside the text the message echoes from the file,
    /// as the validator quotes it: the key (`'key'`), a string value
    /// (`'value'`, `"value"`, shortened or not), a number's text, a list or
    /// object as rendered. The validator's own words stay as they are,
    /// whatever the secret.
    static func message(of finding: SchemaFinding, node: Node?, secret: String?) -> String {
        guard let secret, !secret.isEmpty else { return finding.message }
        // Each echo as written and as masked; a value the message shortened
        // is masked before shortening, so no part of the secret is left.
        var echoes: [(text: String, masked: String)] = []
        func add(_ text: String, _ masked: String, quoted: Bool) {
            guard text != masked else { return }
            if quoted {
                echoes.append(("'" + text + "'", "'" + masked + "'"))
                echoes.append(("\"" + text + "\"", "\"" + masked + "\""))
            } else {
                echoes.append((text, masked))
            }
        }
        if let key = JSONPointerWalk.tokens(finding.instancePath).last { add(key, echoed(key, secret: secret), quoted: true) }
        if let node {
            switch node.value {
            case .scalar(let scalar):
                if let text = node.string {
                    add(text, echoed(text, secret: secret), quoted: true)
                    add(InstanceValue.short(text), InstanceValue.short(echoed(text, secret: secret)), quoted: true)
                } else {
                    add(scalar.text, echoed(scalar.text, secret: secret), quoted: false)
                }
            case .mapping, .sequence:
                let shown = InstanceValue.render(node)
                add(shown, echoed(shown, secret: secret), quoted: false)
            case .computed:
                break
            }
        }
        var message = finding.message
        // Longest first, so a short echo inside a longer one is masked as part of it.
        for echo in echoes.sorted(by: { $0.text.count > $1.text.count }) {
            message = message.replacingAll(echo.text, with: echo.masked)
        }
        return message
    }
}
