/// Which schema a file asks for, the way editors read it: a root `$schema`
/// string, or a `# yaml-language-server: $schema=PATH` comment in the first
/// lines.
public struct SchemaAssociation: Sendable, Hashable {
    /// The reference as written.
    public var reference: String
    /// Where it is written.
    public var span: Span

    /// True for an `http:`/`https:` reference (never fetched).
    public var isRemote: Bool {
        reference.hasPrefix("http://") || reference.hasPrefix("https://")
    }

    /// The association of a document, if it has one. The root `$schema`
    /// member wins over the modeline.
    public static func find(root: Node?, in file: SourceFile) -> SchemaAssociation? {
        if let member = root?.member("$schema"), let text = member.value.string {
            return SchemaAssociation(reference: text, span: member.value.span)
        }
        return modeline(in: file)
    }

    /// The `yaml-language-server` modeline among the first 10 lines.
    static func modeline(in file: SourceFile) -> SchemaAssociation? {
        let marker = "yaml-language-server:"
        for line in 1...min(10, file.lineCount) where startsWithComment(line, in: file) {
            let text = file.lineText(line)
            guard let hash = text.firstIndex(of: "#"), text[..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            let comment = text[text.index(after: hash)...].drop { $0 == " " }
            guard comment.hasPrefix(marker) else { continue }
            let setting = comment.dropFirst(marker.count).drop { $0 == " " }
            guard setting.hasPrefix("$schema=") else { continue }
            let value = setting.dropFirst("$schema=".count).prefix { $0 != " " && $0 != "\t" }
            guard !value.isEmpty else { continue }
            let startOffset = file.lineStarts[line - 1] + text[..<value.startIndex].utf8.count
            let span = Span(start: file.position(at: startOffset), end: file.position(at: startOffset + value.utf8.count))
            return SchemaAssociation(reference: String(value), span: span)
        }
        return nil
    }

    /// True when the first byte of `line` after spaces and tabs is `#`: a
    /// byte-level filter, so lines that cannot hold a modeline (nearly all)
    /// are never turned into a `String` and split into characters.
    private static func startsWithComment(_ line: Int, in file: SourceFile) -> Bool {
        var offset = file.lineStarts[line - 1]
        while offset < file.bytes.count, file.bytes[offset] == UInt8(ascii: " ") || file.bytes[offset] == UInt8(ascii: "\t") {
            offset += 1
        }
        return offset < file.bytes.count && file.bytes[offset] == UInt8(ascii: "#")
    }
}
