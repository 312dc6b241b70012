/// `textDocument/codeAction`: each safe fix of a finding in the range as a
/// quick fix, and `source.fixAll.avslint`, which applies every safe fix the
/// way `avslint --fix` does.
extension LanguageServer {
    func codeActions(_ params: JSONValue) -> JSONValue? {
        guard let uri = params["textDocument"]?["uri"]?.string, let range = LSPRange(params["range"]) else { return nil }
        guard let (document, lint, encoding) = currentLint(uri), let format = document.format else { return [] }
        let only = params["context"]?["only"]?.array?.compactMap(\.string)
        func wanted(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { $0.isEmpty || kind == $0 || kind.hasPrefix($0 + ".") }
        }
        var actions: [JSONValue] = []
        if wanted("quickfix") {
            for (diagnostic, published) in zip(lint.diagnostics, lint.published) {
                guard let fix = diagnostic.fix, let fixRange = LSPRange(published["range"]),
                      fixRange.start <= range.end, range.start <= fixRange.end else { continue }
                let edits = fix.edits.map { DiagnosticJSON.textEdit($0, lines: lint.lines, encoding: encoding) }
                actions.append([
                    "title": .string(Self.capitalized(fix.description)),
                    "kind": "quickfix",
                    "diagnostics": [published],
                    "isPreferred": true,
                    "edit": ["changes": .object([(key: uri, value: .array(edits))])],
                ])
            }
        }
        if wanted(Self.fixAllKind), lint.diagnostics.contains(where: { $0.fix != nil }),
           let fixed = linter.fixAll(lint.lines.bytes, path: document.path, format: format) {
            let edit = Self.smallestEdit(from: lint.lines.bytes, to: fixed)
            actions.append([
                "title": "Fix all avslint problems",
                "kind": .string(Self.fixAllKind),
                "edit": ["changes": .object([(key: uri, value: .array([DiagnosticJSON.textEdit(edit, lines: lint.lines, encoding: encoding)]))])],
            ])
        }
        return .array(actions)
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// One edit that turns `before` into `after`: the bytes between their
    /// common start and common end, on character boundaries.
    static func smallestEdit(from before: [UInt8], to after: [UInt8]) -> Edit {
        var prefix = 0
        let shorter = min(before.count, after.count)
        while prefix < shorter, before[prefix] == after[prefix] { prefix += 1 }
        while prefix > 0, before.indices.contains(prefix), before[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < shorter - prefix, before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
        while suffix > 0, before[before.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        let replacement = String(decoding: after[prefix..<(after.count - suffix)], as: UTF8.self)
        return Edit(start: prefix, end: before.count - suffix, replacement: replacement)
    }
}
