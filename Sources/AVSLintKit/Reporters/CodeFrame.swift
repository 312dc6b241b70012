/// One source line drawn for a terminal with a caret underline under a span:
///
/// ```
///   3 |   sdkToken: def
///     |   ^~~~~~~~
/// ```
///
/// Tabs expand to the next multiple of four cells in the line and the
/// underline alike; wide (CJK) characters take two cells; control
/// characters show as U+FFFD. A span that runs past its first line is
/// underlined to the end of that line.
struct CodeFrame {
    /// The line as printed (tabs expanded, controls replaced).
    var text: String
    /// The cells before the caret.
    var indent: Int
    /// `^~~~`: a caret under the first cell of the span, tildes under the rest.
    var marker: String

    /// Spaces and `^~~~`, aligned with `text`.
    var underline: String { String(repeating: " ", count: indent) + marker }

    /// Tab stops are every this many cells.
    static let tabWidth = 4

    /// Draws `span` (which starts on line `source.lineText(span.start.line)`).
    init(lineText: String, span: Span) {
        var text = ""
        var cellBefore: [Int] = []  // cellBefore[i]: cells before scalar i
        var cell = 0
        for scalar in lineText.unicodeScalars {
            cellBefore.append(cell)
            switch scalar.value {
            case 0x09:
                let width = Self.tabWidth - cell % Self.tabWidth
                text += String(repeating: " ", count: width)
                cell += width
            case 0x00..<0x20, 0x7F..<0xA0:
                text += "\u{FFFD}"
                cell += 1
            default:
                text.unicodeScalars.append(scalar)
                cell += TerminalWidth.cells(scalar)
            }
        }
        let count = cellBefore.count
        cellBefore.append(cell)

        /// Cells before 1-based scalar column `column` (past the end: one cell each).
        func cells(before column: Int) -> Int {
            let index = max(0, column - 1)
            return index <= count ? cellBefore[index] : cell + index - count
        }

        let startColumn = span.start.column
        let endColumn = span.end.line == span.start.line ? span.end.column : count + 1
        let startCell = cells(before: startColumn)
        let width = max(1, cells(before: endColumn) - startCell)
        self.text = text
        self.indent = startCell
        self.marker = "^" + String(repeating: "~", count: width - 1)
    }
}
