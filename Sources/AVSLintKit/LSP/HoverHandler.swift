/// `textDocument/hover`: on a key (or its value), the schema's description
/// and allowed values; on a finding's range, the rule's summary and how to fix it.
extension LanguageServer {
    func hover(_ params: JSONValue) -> JSONValue? {
        guard let uri = params["textDocument"]?["uri"]?.string, let position = LSPPosition(params["position"]) else { return nil }
        guard let (document, lint, encoding) = currentLint(uri), let format = document.format else { return .null }
        let offset = lint.lines.offset(of: position, encoding: encoding)
        let markdown = state.withLock { $0.hoverMarkdown }
        var sections: [String] = []
        var range: LSPRange?
        let file = SourceFile(path: document.path, bytes: lint.lines.bytes)
        if let found = KeyLookup.find(offset, in: file, format: format) ?? KeyLookup.typed(offset, in: lint.lines, format: format),
           let property = schema.property(found.key, at: found.path, rootKeys: found.rootKeys) {
            sections.append(Self.markdown(property))
            range = lint.lines.range(found.span.start.offset, found.span.end.offset, encoding: encoding)
        }
        for (diagnostic, published) in zip(lint.diagnostics, lint.published) {
            guard let diagnosticRange = LSPRange(published["range"]), diagnosticRange.contains(position) else { continue }
            var text = "**avslint `\(diagnostic.ruleID)`** (\(diagnostic.severity.rawValue)): \(diagnostic.message)"
            if let rule = linter.rule(diagnostic.ruleID) {
                text += "\n\n\(rule.summary).\n\n\(rule.description.trimmingCharacters(in: "\n"))"
            }
            if let fix = diagnostic.fix { text += "\n\nQuick fix: \(fix.description)." }
            sections.append(text)
            if range == nil { range = diagnosticRange }
        }
        guard !sections.isEmpty else { return .null }
        var result: [(key: String, value: JSONValue)] = [
            ("contents", ["kind": markdown ? "markdown" : "plaintext", "value": .string(sections.joined(separator: "\n\n---\n\n"))]),
        ]
        if let range { result.append(("range", range.json)) }
        return .object(result)
    }

    /// A key's documentation: title, description, type, allowed values, default.
    static func markdown(_ property: SchemaOutline.Property) -> String {
        var text = "**`\(property.name)`**"
        if let title = property.title { text += ": \(title)" }
        if let description = property.description { text += "\n\n\(description)" }
        var facts: [String] = []
        if !property.types.isEmpty { facts.append("Type: " + property.types.map { "`\($0)`" }.joined(separator: " or ")) }
        let allowed = property.allowedValues
        if !allowed.isEmpty { facts.append("Allowed values: " + allowed.map { "`\($0.displayText)`" }.joined(separator: ", ")) }
        if let value = property.schemas.lazy.compactMap({ $0["default"] }).first { facts.append("Default: `\(value.displayText)`") }
        if !property.required.isEmpty { facts.append("Required keys: " + property.required.map { "`\($0)`" }.joined(separator: ", ")) }
        if !facts.isEmpty { text += "\n\n" + facts.joined(separator: "  \n") }
        return text
    }
}

extension JSONValue {
    /// A string's text, any other value's JSON.
    var displayText: String { string ?? text }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}

/// Finds the key under a byte offset in a loaded document.
enum KeyLookup {
    /// A key under the cursor (or whose scalar value is under it).
    struct Found {
        /// The path of the mapping that holds the key.
        var path: [PathStep]
        var key: String
        /// The key's span (or the value's, when the cursor is on the value).
        var span: Span
        /// The keys of the document's root.
        var rootKeys: Set<String>
    }

    static func find(_ offset: Int, in file: SourceFile, format: InputFormat) -> Found? {
        let loaded: LoadResult
        switch format {
        case .yaml: loaded = YAMLLoader.load(file)
        case .json: loaded = JSONLoader.load(file)
        case .javascript: loaded = JSLoader.load(file)
        }
        for document in loaded.documents {
            guard let root = document.root, contains(root.span, offset) || format == .javascript else { continue }
            let rootKeys = Set(root.members?.map(\.name) ?? [])
            if let found = find(offset, in: root, path: [], rootKeys: rootKeys) { return found }
        }
        return nil
    }

    /// The key under the cursor in text that does not load (it is being
    /// typed), read the way completion reads it.
    static func typed(_ offset: Int, in lines: TextLines, format: InputFormat) -> Found? {
        let bytes = lines.bytes
        var start = offset
        while start > 0, CursorContext.isWordByte(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, CursorContext.isWordByte(bytes[end]) { end += 1 }
        guard start < end, let context = CursorContext.at(end, in: lines, format: format) else { return nil }
        let key: String
        switch context.slot {
        case .key: key = String(decoding: bytes[start..<end], as: UTF8.self)
        case .value(let name): key = name
        }
        // Only the offsets of the span are read.
        let span = Span(start: Position(line: 0, column: 0, offset: start), end: Position(line: 0, column: 0, offset: end))
        return Found(path: context.path, key: key, span: span,
                     rootKeys: context.path.isEmpty ? context.siblings : [])
    }

    private static func find(_ offset: Int, in node: Node, path: [PathStep], rootKeys: Set<String>) -> Found? {
        if let members = node.members {
            for member in members {
                if contains(member.key.span, offset) {
                    return Found(path: path, key: member.name, span: member.key.span, rootKeys: rootKeys)
                }
                if contains(member.value.span, offset) || member.value.isCollection {
                    if member.value.isCollection {
                        if let found = find(offset, in: member.value, path: path + [.key(member.name)], rootKeys: rootKeys) {
                            return found
                        }
                    } else {
                        return Found(path: path, key: member.name, span: member.value.span, rootKeys: rootKeys)
                    }
                }
            }
        } else if let items = node.items {
            for item in items where item.isCollection || contains(item.span, offset) {
                if let found = find(offset, in: item, path: path + [.item], rootKeys: rootKeys) { return found }
            }
        }
        return nil
    }

    private static func contains(_ span: Span, _ offset: Int) -> Bool {
        span.start.offset <= offset && offset <= span.end.offset
    }
}
