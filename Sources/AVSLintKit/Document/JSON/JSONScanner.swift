/// Reads JSON tokens from raw bytes: whitespace, numbers, keywords and (in
/// `JSONScanner+String.swift`) strings. It works on a buffer pointer that
/// the loader keeps alive for the whole parse; every read is guarded by
/// `count`, so no byte sequence reads outside the buffer.
struct JSONScanner {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var offset: Int
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// True when every byte has been read.
    @inline(__always) var atEnd: Bool { offset >= bytes.count }

    /// The next byte, or 0 at the end; no JSON token starts with 0, so a
    /// comparison with a token byte fails at the end without a separate check.
    @inline(__always) var current: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    /// The byte at `index`, or 0 past the end.
    @inline(__always) func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Skips the four whitespace bytes RFC 8259 allows: space, tab, LF, CR.
    @inline(__always) mutating func skipWhitespace() {
        let n = bytes.count
        while offset < n {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    // MARK: - Keywords and numbers

    /// Reads `true`, `false` or `null` at `offset`, or throws naming the word found.
    mutating func scanKeyword() throws(JSONSyntaxError) -> ScalarValue {
        let start = offset
        let end = wordEnd(from: start)
        let length = end - start
        func matches(_ word: StaticString) -> Bool {
            guard length == word.utf8CodeUnitCount else { return false }
            return word.withUTF8Buffer { expected in
                for k in 0..<length where bytes[start + k] != expected[k] { return false }
                return true
            }
        }
        let value: ScalarValue
        if matches("true") {
            value = .bool(true)
        } else if matches("false") {
            value = .bool(false)
        } else if matches("null") {
            value = .null
        } else {
            throw JSONSyntaxError(.expectedValue(found: describe(at: start).text), start, end)
        }
        offset = end
        return value
    }

    /// Reads a number at `offset` (which holds `-` or a digit) following the
    /// RFC 8259 grammar and returns the byte range of its text.
    mutating func scanNumber() throws(JSONSyntaxError) -> Range<Int> {
        let start = offset
        let n = bytes.count
        var o = start
        if bytes[o] == UInt8(ascii: "-") {
            o += 1
            guard o < n, isDigit(bytes[o]) else {
                if wordEnd(from: o) - o == 8, hasPrefix("Infinity", at: o) {
                    throw JSONSyntaxError(.notAllowed(literal: "-Infinity"), start, o + 8)
                }
                let found = describe(at: o)
                throw JSONSyntaxError(.expectedDigitAfterMinus(found: found.text), o, found.end)
            }
        }
        if bytes[o] == UInt8(ascii: "0") {
            if o + 1 < n, isDigit(bytes[o + 1]) {
                throw JSONSyntaxError(.leadingZero, o, o + 1)
            }
            o += 1
        } else {
            while o < n, isDigit(bytes[o]) { o += 1 }
        }
        if o < n, bytes[o] == UInt8(ascii: ".") {
            o += 1
            guard o < n, isDigit(bytes[o]) else {
                let found = describe(at: o)
                throw JSONSyntaxError(.expectedFractionDigit(found: found.text), o, found.end)
            }
            while o < n, isDigit(bytes[o]) { o += 1 }
        }
        if o < n, bytes[o] == UInt8(ascii: "e") || bytes[o] == UInt8(ascii: "E") {
            o += 1
            if o < n, bytes[o] == UInt8(ascii: "+") || bytes[o] == UInt8(ascii: "-") { o += 1 }
            guard o < n, isDigit(bytes[o]) else {
                let found = describe(at: o)
                throw JSONSyntaxError(.expectedExponentDigit(found: found.text), o, found.end)
            }
            while o < n, isDigit(bytes[o]) { o += 1 }
        }
        offset = o
        return start..<o
    }

    /// The text of `range` as a String.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: - Describing what was found

    /// True when `//` or `/*` starts at `index`.
    func commentStarts(at index: Int) -> Bool {
        byte(at: index) == UInt8(ascii: "/") && (byte(at: index + 1) == UInt8(ascii: "/") || byte(at: index + 1) == UInt8(ascii: "*"))
    }

    /// True when `word` (ASCII) is written at `index`.
    func hasPrefix(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return word.withUTF8Buffer { expected in
            for k in 0..<length where bytes[index + k] != expected[k] { return false }
            return true
        }
    }

    /// Where an identifier-like word starting at `index` ends (at most 32
    /// bytes are taken, enough to name what was found).
    func wordEnd(from index: Int) -> Int {
        var o = index
        let limit = min(bytes.count, index + 32)
        while o < limit, isWordByte(bytes[o]) { o += 1 }
        return o
    }

    /// How a message names the text at `index`: `'abc'` for a word, `'x'`
    /// for a visible character, `a line break`, `U+0001`, `byte 0xFF`, or
    /// `end of file`; and where that text ends.
    func describe(at index: Int) -> (text: String, end: Int) {
        guard index < bytes.count else { return ("end of file", index) }
        let b = bytes[index]
        if isWordByte(b), !isDigit(b) {
            let end = wordEnd(from: index)
            return ("'" + text(index..<end) + "'", end)
        }
        switch b {
        case 0x0A, 0x0D: return ("a line break", index + 1)
        case 0x09: return ("a tab", index + 1)
        case 0x20: return ("a space", index + 1)
        case 0x21...0x7E: return ("'" + String(UnicodeScalar(b)) + "'", index + 1)
        case 0x00...0x7F: return (JSONSyntaxReason.codePoint(UInt32(b)), index + 1)
        default: break
        }
        guard let end = UTF8Sequence.end(in: bytes, at: index) else {
            return ("byte 0x" + JSONSyntaxReason.hex(UInt32(b), width: 2), index + 1)
        }
        let text = self.text(index..<end)
        guard let scalar = text.unicodeScalars.first else { return ("byte 0x" + JSONSyntaxReason.hex(UInt32(b), width: 2), index + 1) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .format, .control, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned:
            return (JSONSyntaxReason.codePoint(scalar.value), end)
        default:
            return ("'" + text + "'", end)
        }
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
    }
}
