/// How a position's `character` counts: the unit LSP 3.17 lets client and
/// server agree on (`positionEncoding`). UTF-16 is the default.
public enum PositionEncoding: String, Sendable, CaseIterable {
    /// Bytes of UTF-8.
    case utf8 = "utf-8"
    /// UTF-16 code units (a character beyond U+FFFF counts 2).
    case utf16 = "utf-16"
    /// Unicode scalars.
    case utf32 = "utf-32"

    /// The encoding to use given what the client offers, in its order of
    /// preference: UTF-8 or UTF-32 when offered first, else UTF-16.
    public static func negotiate(_ offered: [String]) -> PositionEncoding {
        for name in offered {
            if let encoding = PositionEncoding(rawValue: name.lowercased()) { return encoding }
        }
        return .utf16
    }

    /// How many units of this encoding the scalar whose UTF-8 form is `length` bytes takes.
    func units(utf8Length length: Int) -> Int {
        switch self {
        case .utf8: return length
        case .utf16: return length == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}

/// An LSP position: 0-based line and character.
public struct LSPPosition: Sendable, Hashable, Comparable {
    /// 0-based line.
    public var line: Int
    /// 0-based offset in the line, in the negotiated encoding's units.
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// `{"line": …, "character": …}`
    public var json: JSONValue { ["line": .int(line), "character": .int(character)] }

    /// Reads `{"line", "character"}`.
    public init?(_ value: JSONValue?) {
        guard let line = value?["line"]?.int, let character = value?["character"]?.int else { return nil }
        self.init(line: line, character: character)
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }
}

/// An LSP range.
public struct LSPRange: Sendable, Hashable {
    /// The first character.
    public var start: LSPPosition
    /// Just after the last character.
    public var end: LSPPosition

    /// Creates a range.
    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    /// `{"start": …, "end": …}`
    public var json: JSONValue { ["start": start.json, "end": end.json] }

    /// Reads `{"start", "end"}`.
    public init?(_ value: JSONValue?) {
        guard let start = LSPPosition(value?["start"]), let end = LSPPosition(value?["end"]) else { return nil }
        self.init(start: start, end: end)
    }

    /// True when `position` lies in the range (an empty range holds its own point).
    public func contains(_ position: LSPPosition) -> Bool {
        start <= position && (position < end || position == start || position == end)
    }
}

/// A text's bytes with the offset of each line, to turn LSP positions
/// into byte offsets and back. Line breaks are LF, CRLF and a lone CR, as
/// in LSP; line 0 starts at byte 0 (a BOM, when the client sends one, is a
/// character of it, as the client sees it).
public struct TextLines: Sendable {
    /// The text.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts.
    public let lineStarts: [Int]

    /// Indexes `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A {
                starts.append(i + 1)
            } else if byte == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The byte just past the content of 0-based `line` (before its break).
    public func contentEnd(ofLine line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > lineStarts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The byte offset of `position`; a character past the line's end is
    /// its end, a line past the text is the text's end, and a character in
    /// the middle of a character (half a surrogate pair, part of a UTF-8
    /// sequence) is that character's start.
    public func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var offset = lineStarts[position.line]
        var units = 0
        while offset < end {
            let length = Self.scalarLength(bytes[offset])
            let next = units + encoding.units(utf8Length: length)
            if next > position.character { break }
            units = next
            offset = min(offset + length, end)
        }
        return offset
    }

    /// The LSP position of byte `offset` (clamped to the text).
    public func position(of offset: Int, encoding: PositionEncoding) -> LSPPosition {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var units = 0
        var i = lineStarts[low]
        while i < offset {
            let length = Self.scalarLength(bytes[i])
            units += encoding.units(utf8Length: min(length, offset - i))
            i += length
        }
        return LSPPosition(line: low, character: units)
    }

    /// The LSP range of the byte range `start..<end`.
    public func range(_ start: Int, _ end: Int, encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(of: start, encoding: encoding), end: position(of: max(start, end), encoding: encoding))
    }

    /// The length in bytes of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
