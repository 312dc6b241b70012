/// Building blocks of safe fixes: edits that change one scalar, one key or
/// one mapping member and leave every other byte alone (comments, key
/// order, quoting style, indentation, line endings, a BOM). Each returns
/// nil when it cannot be sure the edit is safe; a fix is then not offered.
public enum SourceEdits {
    /// Rewrites a string scalar to `newValue`, written in the scalar's own
    /// quoting style (a plain YAML scalar that would no longer read as the
    /// same string is double-quoted). In JavaScript (`file.format`) the
    /// string keeps its quotes or template backticks with JavaScript's
    /// escaping, and an identifier key stays an identifier when `newValue` is one.
    /// - Returns: nil for a block scalar (`|`, `>`) or one written over several lines.
    public static func replaceScalar(_ node: Node, with newValue: String, in file: SourceFile) -> Edit? {
        guard let scalar = node.scalar, let range = singleLineRange(node.span, in: file) else { return nil }
        if file.format == .javascript {
            var isString = false
            if case .string = scalar.value { isString = true }
            guard let replacement = ScriptLiterals.replacement(for: newValue, at: range, isString: isString, in: file.bytes)
            else { return nil }
            return Edit(start: range.lowerBound, end: range.upperBound, replacement: replacement)
        }
        let replacement: String
        switch scalar.style {
        case .doubleQuoted: replacement = JSONStringify.quote(newValue)
        case .singleQuoted: replacement = singleQuote(newValue)
        case .plain: replacement = isPlainSafe(newValue) ? newValue : JSONStringify.quote(newValue)
        case .literal, .folded: return nil
        }
        return Edit(start: range.lowerBound, end: range.upperBound, replacement: replacement)
    }

    /// Renames a mapping key to `newName` in the key's own quoting style (a
    /// JSON key stays double-quoted, an unquoted JavaScript key stays
    /// unquoted when `newName` is an identifier).
    /// - Returns: nil when the key is not a single-line scalar.
    public static func renameKey(_ key: Node, to newName: String, in file: SourceFile) -> Edit? {
        replaceScalar(key, with: newName, in: file)
    }

    /// Double-quotes an integer scalar as written (`13312223333` becomes
    /// `"13312223333"`), so it reads as a string with the same digits.
    /// - Returns: nil unless the source text is digits with an optional leading `+`.
    public static func quoteNumber(_ node: Node, in file: SourceFile) -> Edit? {
        guard let scalar = node.scalar, scalar.style == .plain, case .number = scalar.value,
              let range = singleLineRange(node.span, in: file) else { return nil }
        let text = file.bytes[range]
        let digits = text.first == UInt8(ascii: "+") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Edit(start: range.lowerBound, end: range.upperBound,
                    replacement: "\"" + String(decoding: text, as: UTF8.self) + "\"")
    }

    /// Removes one member of `mapping`.
    ///
    /// In a flow mapping (and in JSON) the member goes with one separating
    /// comma: the one before it, or the one after it when it comes first. In
    /// a block mapping the member's whole lines go, line breaks included, but
    /// only when the member sits alone on them (nothing but indentation
    /// before the key, nothing but a comment after the value) and is not the
    /// mapping's only member (which would turn the mapping into null).
    /// In JavaScript the member must also end where its value ends: only
    /// blanks and then `,` or `}` may follow (no `as T`, `!` or comment).
    /// - Returns: nil when any of that does not hold.
    public static func removeMember(at index: Int, of mapping: Node, in file: SourceFile) -> Edit? {
        guard let members = mapping.members, members.indices.contains(index) else { return nil }
        let bytes = file.bytes
        let start = mapping.span.start.offset
        guard bytes.indices.contains(start) else { return nil }
        let member = members[index]
        let keyStart = member.key.span.start.offset
        let valueEnd = max(member.value.span.end.offset, member.key.span.end.offset)
        guard keyStart >= start, valueEnd <= bytes.count else { return nil }
        if file.format == .javascript {
            guard bytes[start] == UInt8(ascii: "{"), endsAtValue(valueEnd, bytes) else { return nil }
        }
        if bytes[start] == UInt8(ascii: "{") {
            return removeFlowMember(index, members, mapping: mapping, bytes: bytes)
        }
        return removeBlockMember(keyStart: keyStart, valueEnd: valueEnd, memberCount: members.count, bytes: bytes)
    }

    // MARK: - Flow and block members

    private static func removeFlowMember(_ index: Int, _ members: [Member], mapping: Node, bytes: [UInt8]) -> Edit? {
        let member = members[index]
        let keyStart = member.key.span.start.offset
        let valueEnd = max(member.value.span.end.offset, member.key.span.end.offset)
        if members.count == 1 {
            let open = mapping.span.start.offset + 1
            let close = mapping.span.end.offset - 1
            guard close >= valueEnd, bytes.indices.contains(close), bytes[close] == UInt8(ascii: "}"),
                  isBlank(bytes[open..<keyStart]), isBlankOrOneComma(bytes[valueEnd..<close]) else { return nil }
            return Edit(start: open, end: close, replacement: "")
        }
        if index > 0 {
            let previous = members[index - 1]
            let previousEnd = max(previous.value.span.end.offset, previous.key.span.end.offset)
            guard previousEnd <= keyStart, isSeparator(bytes[previousEnd..<keyStart]) else { return nil }
            return Edit(start: previousEnd, end: valueEnd, replacement: "")
        }
        let nextStart = members[1].key.span.start.offset
        guard valueEnd <= nextStart, isSeparator(bytes[valueEnd..<nextStart]) else { return nil }
        return Edit(start: keyStart, end: nextStart, replacement: "")
    }

    private static func removeBlockMember(keyStart: Int, valueEnd: Int, memberCount: Int, bytes: [UInt8]) -> Edit? {
        guard memberCount > 1 else { return nil }
        var lineStart = keyStart
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D {
            guard bytes[lineStart - 1] == UInt8(ascii: " ") else { return nil }
            lineStart -= 1
        }
        // A block scalar's span may already end after its last line break.
        if valueEnd > keyStart, bytes[valueEnd - 1] == 0x0A || bytes[valueEnd - 1] == 0x0D {
            return Edit(start: lineStart, end: valueEnd, replacement: "")
        }
        var end = valueEnd
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "#") {
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        }
        if end == bytes.count {
            // The last line has no break: take the previous line's break instead.
            var breakStart = lineStart
            if breakStart > 0, bytes[breakStart - 1] == 0x0A { breakStart -= 1 }
            if breakStart > 0, bytes[breakStart - 1] == 0x0D { breakStart -= 1 }
            return Edit(start: breakStart, end: end, replacement: "")
        }
        if bytes[end] == 0x0D {
            end += 1
            if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        } else if bytes[end] == 0x0A {
            end += 1
        } else {
            return nil
        }
        return Edit(start: lineStart, end: end, replacement: "")
    }

    // MARK: - Text helpers

    /// True when only blanks and then `,` or `}` follow `offset`.
    private static func endsAtValue(_ offset: Int, _ bytes: [UInt8]) -> Bool {
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "}"))
    }

    /// The span's byte range when it lies on one line.
    static func singleLineRange(_ span: Span, in file: SourceFile) -> Range<Int>? {
        let start = span.start.offset
        let end = span.end.offset
        guard start >= 0, start < end, end <= file.bytes.count else { return nil }
        guard !file.bytes[start..<end].contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        return start..<end
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whitespace around exactly one comma.
    private static func isSeparator(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count { $0 == UInt8(ascii: ",") } == 1 && isBlank(bytes.filter { $0 != UInt8(ascii: ",") }[...])
    }

    private static func isBlankOrOneComma(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count { $0 == UInt8(ascii: ",") } <= 1 && isBlank(bytes.filter { $0 != UInt8(ascii: ",") }[...])
    }

    private static func singleQuote(_ text: String) -> String {
        var out = "'"
        for character in text {
            if character == "'" { out += "''" } else { out.append(character) }
        }
        return out + "'"
    }

    /// True when `text` written as a plain YAML scalar, in block or flow
    /// context, reads back as the same string.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        let startsOK = (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "/" || first == "_"
        guard startsOK, last != " ", last != ":" else { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", ",", "[", "]", "{", "}", "#", "\"", "'": return false
            default: continue
            }
        }
        if text.contains(": ") { return false }
        let lowered = text.lowercased()
        return !["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered)
    }
}
