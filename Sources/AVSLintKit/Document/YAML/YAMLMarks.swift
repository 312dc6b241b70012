/// Turns libyaml's mark indexes into byte offsets.
///
/// libyaml's `mark.index` counts characters (Unicode scalars) from the first
/// character after a skipped UTF-8 BOM, not bytes; its line and column also
/// treat NEL, U+2028 and U+2029 as line breaks, which our positions do not.
/// So only the index is used: a cursor walks the UTF-8 bytes to the byte
/// offset, then `Locator` gives the position. Marks arrive almost in order,
/// so the walk is linear over the file; a backward move walks back.
struct YAMLMarks {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let base: Int
    private let isASCII: Bool
    private var charIndex = 0
    private var byteOffset: Int
    /// The locator that turns byte offsets into positions.
    var locator: Locator

    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - base: the byte offset of character 0 (past a BOM libyaml skipped).
    init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.bytes = bytes
        self.base = base
        isASCII = file.isASCII
        byteOffset = base
        locator = Locator(file: file)
    }

    /// The byte offset of character `index`, clamped to the file.
    mutating func offset(_ index: Int) -> Int {
        if isASCII { return min(base + index, bytes.count) }
        let n = bytes.count
        while charIndex < index, byteOffset < n {
            let lead = bytes[byteOffset]
            byteOffset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            charIndex += 1
        }
        if byteOffset > n { byteOffset = n }
        while charIndex > index, byteOffset > base {
            byteOffset -= 1
            while byteOffset > base, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            charIndex -= 1
        }
        return byteOffset
    }

    /// The position of character `index`.
    mutating func position(_ index: Int) -> Position {
        locator.position(at: offset(index))
    }

    /// The position of byte `offset`.
    mutating func position(byte offset: Int) -> Position {
        locator.position(at: offset)
    }

    /// The span from character `start` to character `end`.
    mutating func span(_ start: Int, _ end: Int) -> Span {
        let first = position(start)
        return Span(start: first, end: position(end))
    }

    /// A one-character span at byte `offset` (empty at a line break or the end of the file).
    mutating func pointSpan(byte offset: Int) -> Span {
        let start = locator.position(at: offset)
        guard offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D else { return Span(at: start) }
        let lead = bytes[offset]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return Span(start: start, end: locator.position(at: min(offset + width, bytes.count)))
    }
}
