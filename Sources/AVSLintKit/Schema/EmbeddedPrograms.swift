/// The embedded schemas, compiled ahead of time: the launch schema, the
/// config and rule-file schemas, and every schema in the embedded rules'
/// lint parts. A start builds their programs from generated Swift
/// (`Generated/EmbeddedProgramTable.swift`) instead of reading and
/// compiling the JSON; `EmbeddedProgramsTests` keeps that file equal to
/// what the compiler makes of the current files.
enum EmbeddedPrograms {
    /// The program of the schema at byte `offset` of the embedded file
    /// `file` (0 for a whole schema file); nil when the table has none, or
    /// was made from other text than the file now embedded (then callers
    /// compile, as for any other schema).
    static func program(file: String, offset: Int) -> SchemaProgram? {
        generated(file: file, offset: offset)
    }

    /// The embedded schema file `file`, from the table or else read and
    /// compiled; nil when it is missing or does not compile (a build defect
    /// the test suite reports).
    static func schema(file: String) -> JSONSchema? {
        if let program = program(file: file, offset: 0) { return JSONSchema(program: program) }
        guard let text = Embedded.text(file),
              let root = JSONLoader.load(SourceFile(path: file, text: text)).documents.first?.root else { return nil }
        return try? JSONSchema(root)
    }

    /// A span from its two positions (line, column, offset each), for the
    /// generated table.
    static func span(_ startLine: Int, _ startColumn: Int, _ startOffset: Int,
                     _ endLine: Int, _ endColumn: Int, _ endOffset: Int) -> Span {
        Span(start: Position(line: startLine, column: startColumn, offset: startOffset),
             end: Position(line: endLine, column: endColumn, offset: endOffset))
    }

    /// A node with its flags, for the generated table.
    static func node(_ value: Node.Value, _ span: Span, isOpen: Bool = false, keysAreUnique: Bool = false) -> Node {
        var node = Node(value, span: span, isOpen: isOpen)
        node.keysAreUnique = keysAreUnique
        return node
    }
}
