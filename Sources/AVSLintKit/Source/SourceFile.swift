/// A file's bytes and a line index that turns byte offsets into positions.
///
/// Line breaks are LF, CRLF and a lone CR; each counts once. A leading UTF-8
/// byte order mark is kept in `bytes` (fixes must preserve it) but is not a
/// column.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics (as given on the command line).
    public let path: String
    /// The file's bytes, unchanged.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0]` is the first
    /// byte after a BOM.
    public let lineStarts: [Int]
    /// 3 when the file starts with a UTF-8 BOM, else 0.
    public let bomLength: Int
    /// True when every byte is ASCII, which makes columns a subtraction.
    public let isASCII: Bool
    /// The syntax the bytes are written in, when known: fixes need it to
    /// write a string or key the way that syntax escapes it (the linter sets
    /// it; nil means YAML or JSON rules).
    public var format: InputFormat?

    /// Indexes `bytes`.
    /// - Parameters:
    ///   - path: the name shown in diagnostics.
    ///   - bytes: the content.
    ///   - format: the syntax, when known (see `format`).
    public init(path: String, bytes: [UInt8], format: InputFormat? = nil) {
        self.path = path
        self.bytes = bytes
        self.format = format
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        bomLength = bom
        var starts = [bom]
        // Room for a config's lines up front (about one per 24 bytes), so a
        // small file's index is allocated once; a large one grows as usual.
        starts.reserveCapacity(min(bytes.count / 24 + 2, 4096))
        var ascii = true
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var i = bom
            let n = buffer.count
            while i < n {
                // Skip eight bytes at a time that hold no line break (and,
                // until one is seen, no non-ASCII byte). Sound: the load reads
                // raw[i..<i + 8], which the condition keeps inside the buffer.
                if i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !ByteWord.contains(word, 0x0A), !ByteWord.contains(word, 0x0D),
                       !ascii || word & ByteWord.highBits == 0 {
                        i += 8
                        continue
                    }
                }
                let byte = buffer[i]
                if byte == 0x0A {
                    starts.append(i + 1)
                } else if byte == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                } else if byte >= 0x80 {
                    ascii = false
                }
                i += 1
            }
        }
        lineStarts = starts
        isASCII = ascii
    }

    /// Creates a source file from text (tests and stdin).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines (a final line break does not start a new one
    /// unless text follows it).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line that holds byte `offset`.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The position of byte `offset` (clamped to the file).
    public func position(at offset: Int) -> Position {
        let offset = max(bomLength, min(offset, bytes.count))
        let line = line(containing: offset)
        let start = lineStarts[line - 1]
        return Position(line: line, column: scalarCount(from: start, to: offset) + 1, offset: offset)
    }

    /// The number of Unicode scalars in `bytes[from..<to]` (UTF-8 lead bytes).
    public func scalarCount(from: Int, to: Int) -> Int {
        if isASCII { return to - from }
        var count = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The text of 1-based `line` without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte offset just past the end of 1-based `line`'s content (before its line break).
    public func lineContentEnd(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
