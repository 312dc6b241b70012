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
