/// A place in a source file.
///
/// `line` and `column` are 1-based; columns count Unicode scalars, so a line
/// of Chinese text does not shift later columns, and a leading UTF-8 BOM is
/// not counted. `offset` is the 0-based byte offset into the file's bytes.
public struct Position: Sendable, Hashable, Comparable {
    // Stored as 32-bit values (files are capped at 512 MiB) so a Span is 24
    // bytes, not 48: every node of a large document carries two spans.
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    /// 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(truncatingIfNeeded: newValue) }
    }
    /// 1-based column, counted in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(truncatingIfNeeded: newValue) }
    }
    /// 0-based byte offset into the file.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(truncatingIfNeeded: newValue) }
    }

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(truncatingIfNeeded: line)
        storedColumn = Int32(truncatingIfNeeded: column)
        storedOffset = Int32(truncatingIfNeeded: offset)
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        lhs.storedOffset < rhs.storedOffset
    }
}

/// A half-open range of source text: `start` is the first character, `end`
/// the position just after the last one.
public struct Span: Sendable, Hashable {
    /// The first character.
    public var start: Position
    /// Just after the last character.
    public var end: Position

    /// Creates a span.
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// An empty span at `position`.
    public init(at position: Position) {
        self.init(start: position, end: position)
    }

    /// The span at the very start of a file.
    public static let fileStart = Span(at: Position(line: 1, column: 1, offset: 0))
}
