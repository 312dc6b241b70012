/// Turns byte offsets into positions, fast when offsets arrive roughly in
/// order (as a parser produces them): it remembers the last position and
/// counts only the scalars between it and the next one, so a long line with
/// many values costs linear, not quadratic, time.
public struct Locator: Sendable {
    /// The file positions are computed for.
    public let file: SourceFile
    private var line = 1
    private var lineStart: Int
    private var lineEnd: Int
    private var last: Position

    /// Creates a locator at the start of `file`.
    public init(file: SourceFile) {
        self.file = file
        lineStart = file.lineStarts[0]
        lineEnd = file.lineStarts.count > 1 ? file.lineStarts[1] : Int.max
        last = Position(line: 1, column: 1, offset: lineStart)
    }

    /// The position of byte `offset`.
    public mutating func position(at offset: Int) -> Position {
        let offset = max(file.bomLength, min(offset, file.bytes.count))
        if offset >= lineStart, offset < lineEnd || (lineEnd == Int.max) {
            if offset >= last.offset {
                last = Position(line: line, column: last.column + file.scalarCount(from: last.offset, to: offset), offset: offset)
            } else if offset - lineStart < last.offset - offset {
                last = Position(line: line, column: 1 + file.scalarCount(from: lineStart, to: offset), offset: offset)
            } else {
                last = Position(line: line, column: last.column - file.scalarCount(from: offset, to: last.offset), offset: offset)
            }
            return last
        }
        if offset >= lineEnd, line + 1 < file.lineStarts.count, offset < file.lineStarts[line + 1] {
            line += 1  // the next line: the common case for a parser moving forward
        } else {
            line = file.line(containing: offset)
        }
        lineStart = file.lineStarts[line - 1]
        lineEnd = line < file.lineStarts.count ? file.lineStarts[line] : Int.max
        last = Position(line: line, column: 1 + file.scalarCount(from: lineStart, to: offset), offset: offset)
        return last
    }

    /// The span of bytes `start..<end`.
    public mutating func span(_ start: Int, _ end: Int) -> Span {
        let first = position(at: start)
        return Span(start: first, end: position(at: end))
    }
}
