/// `textDocument/completion`: the keys the schema allows at the cursor,
/// with their descriptions (a snippet with the required keys for an object
/// such as a navigate object), and the allowed values of the key whose
/// value is being typed.
extension LanguageServer {
    func completion(_ params: JSONValue) -> JSONValue? {
        guard let uri = params["textDocument"]?["uri"]?.string, let position = LSPPosition(params["position"]) else { return nil }
        let found = state.withLock { state -> (OpenDocument, PositionEncoding)? in
            state.documents[uri].map { ($0.document, state.encoding) }
        }
        guard let (document, encoding) = found, let format = document.format else { return [] }
        let lines = document.lines
        let offset = lines.offset(of: position, encoding: encoding)
        guard let context = CursorContext.at(offset, in: lines, format: format) else { return [] }
        let rootKeys: Set<String>? = context.path.isEmpty ? context.siblings : nil
        var end = offset
        if let quote = context.quote, end < lines.bytes.count, lines.bytes[end] == quote { end += 1 }
        let range = lines.range(context.wordStart, end, encoding: encoding).json
        let (snippets, markdown) = state.withLock { ($0.snippets, $0.completionMarkdown) }
        var items: [JSONValue] = []
        switch context.slot {
        case .key:
            for property in schema.properties(at: context.path, rootKeys: rootKeys) where !context.siblings.contains(property.name) {
                items.append(Self.keyItem(property, context: context, format: format, range: range,
                                          snippets: snippets, markdown: markdown))
            }
        case .value(let key):
            guard let property = schema.property(key, at: context.path, rootKeys: rootKeys) else { return [] }
            for value in property.allowedValues {
                let text = value.displayText
                var item: [(key: String, value: JSONValue)] = [
                    ("label", .string(text)),
                    ("kind", 20),
                    ("textEdit", ["range": range, "newText": .string(Self.valueText(value, format: format, quote: context.quote))]),
                ]
                if let title = property.title { item.append(("detail", .string(title))) }
                items.append(.object(item))
            }
        }
        return ["isIncomplete": false, "items": .array(items)]
    }

    private static func keyItem(_ property: SchemaOutline.Property, context: CursorContext, format: InputFormat,
                                range: JSONValue, snippets: Bool, markdown: Bool) -> JSONValue {
        var newText = keyText(property.name, format: format, quote: context.quote)
        var isSnippet = false
        let required = property.required
        if snippets, !context.isFlow, property.types == ["object"], !required.isEmpty {
            newText = snippet(property, required: required, context: context, format: format)
            isSnippet = true
        } else {
            newText += ": "
        }
        var item: [(key: String, value: JSONValue)] = [
            ("label", .string(property.name)),
            ("kind", isSnippet ? 15 : 10),
        ]
        if let title = property.title { item.append(("detail", .string(title))) }
        let documentation = Self.markdown(property)
        item.append(("documentation", markdown ? ["kind": "markdown", "value": .string(documentation)] : .string(documentation)))
        item.append(("filterText", .string(context.quote.map { String(UnicodeScalar($0)) + property.name } ?? property.name)))
        item.append(("textEdit", ["range": range, "newText": .string(newText)]))
        item.append(("insertTextFormat", isSnippet ? 2 : 1))
        if isSnippet { item.append(("insertTextMode", 1)) }
        return .object(item)
    }

    /// A key as the format writes it.
    private static func keyText(_ name: String, format: InputFormat, quote: UInt8?) -> String {
        switch format {
        case .json: return JSONText.string(name)
        case .yaml: return quote.map { String(UnicodeScalar($0)) + name + String(UnicodeScalar($0)) } ?? name
        case .javascript:
            if let quote { return String(UnicodeScalar(quote)) + name + String(UnicodeScalar(quote)) }
            let identifier = name.first.map { !$0.isNumber } ?? false
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
            return identifier ? name : "'" + name + "'"
        }
    }

    /// An allowed value as the format writes it.
    private static func valueText(_ value: JSONValue, format: InputFormat, quote: UInt8?) -> String {
        guard let text = value.string else { return value.text }
        switch format {
        case .json: return JSONText.string(text)
        case .yaml: return quote.map { String(UnicodeScalar($0)) + text + String(UnicodeScalar($0)) } ?? text
        case .javascript:
            let mark = quote.map { String(UnicodeScalar($0)) } ?? "'"
            return mark + text + mark
        }
    }

    /// `key` with an object holding its required keys, each a placeholder
    /// filled with the schema's first example.
    private static func snippet(_ property: SchemaOutline.Property, required: [String], context: CursorContext,
                                format: InputFormat) -> String {
        let outer = String(repeating: " ", count: context.indent)
        let inner = outer + "  "
        let key = keyText(property.name, format: format, quote: context.quote).replacingSnippetMarks()
        var members: [String] = []
        for (index, name) in required.enumerated() {
            let example = property.schemas.lazy.compactMap { $0["properties"]?[name]?["examples"]?.array?.first?.string }.first ?? ""
            let placeholder = "${\(index + 1):\(example.replacingSnippetMarks())}"
            switch format {
            case .yaml: members.append(inner + name + ": " + placeholder)
            case .json: members.append(inner + "\"" + name + "\": \"" + placeholder + "\"")
            case .javascript: members.append(inner + name + ": '" + placeholder + "',")
            }
        }
        switch format {
        case .yaml: return key + ":\n" + members.joined(separator: "\n") + "$0"
        case .json: return key + ": {\n" + members.joined(separator: ",\n") + "\n" + outer + "}$0"
        case .javascript: return key + ": {\n" + members.joined(separator: "\n") + "\n" + outer + "},$0"
        }
    }
}

extension String {
    /// The text with `$`, `}` and `\` escaped for a snippet.
    fileprivate func replacingSnippetMarks() -> String {
        var out = ""
        for character in self {
            if character == "$" || character == "}" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
