// MARK: - Character classes

extension JSTokenizer {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 6
    }

    /// ASCII bytes that may start an identifier.
    @inline(__always) static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
    }

    /// ASCII bytes that may continue an identifier.
    @inline(__always) static func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || b &- 0x30 < 10
    }

    /// Where the UTF-8 sequence led by the byte at `index` ends (at least
    /// one byte on, never past `limit`).
    static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        let b = bytes[index]
        let length = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        var o = index + 1
        while o < limit, o < index + length, bytes[o] & 0xC0 == 0x80 { o += 1 }
        return o
    }

    /// The scalar encoded by `bytes[start..<end]`, or nil when ill-formed.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[start..<end]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// How a message names `token`: `'abc'`, `'}'`, or `end of file`.
    func describe(_ token: JSToken) -> String {
        switch token.kind {
        case .end: return "end of file"
        case .string, .template, .templateHead: return "a string"
        case .number: return "'" + text(token) + "'"
        case .regex: return "a regular expression"
        default:
            let shown = token.length > 32 ? text(token.start..<(token.start + 32)) + "…" : text(token)
            return "'" + shown + "'"
        }
    }
}
