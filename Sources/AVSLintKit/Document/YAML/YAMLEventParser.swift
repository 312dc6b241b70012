internal import CYAML

/// Owns one libyaml parser and hands out its events one at a time.
///
/// The parser and the current event live in heap cells this class owns, so
/// their addresses never move while libyaml holds them; `deinit` deletes the
/// parser, and each event is deleted as soon as the caller's closure returns.
final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var initialized = false

    /// Creates a parser that reads `input` in place.
    ///
    /// libyaml keeps the pointer and reads from it lazily, so `input` must
    /// stay valid for the whole life of this object (the loader creates it
    /// inside `withUnsafeBufferPointer` and never lets it escape).
    /// - Parameters:
    ///   - input: the file's bytes; must not be empty.
    ///   - forceUTF8: read the bytes as UTF-8 even when they start with a
    ///     UTF-16 byte order mark (libyaml would otherwise transcode them, and
    ///     its character indexes would no longer match our bytes).
    init(input: UnsafeBufferPointer<UInt8>, forceUTF8: Bool) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0, let base = input.baseAddress else { return }
        initialized = true
        yaml_parser_set_input_string(parser, base, input.count)
        if forceUTF8 { yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING) }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// Parses the next event and passes it to `body`; the event is freed
    /// when `body` returns. Returns nil when libyaml reports an error (read
    /// it from `error`).
    func next<R>(_ body: (UnsafePointer<yaml_event_t>) -> R) -> R? {
        guard initialized, yaml_parser_parse(parser, event) != 0 else { return nil }
        defer { yaml_event_delete(event) }
        return body(event)
    }

    /// The error libyaml reported, after `next` returned nil.
    var error: YAMLParserError {
        guard initialized else {
            return YAMLParserError(isReaderError: false, problem: "out of memory", problemIndex: 0,
                                   problemOffset: 0, problemValue: -1, context: nil, contextIndex: 0)
        }
        let p = parser.pointee
        return YAMLParserError(
            isReaderError: p.error == YAML_READER_ERROR,
            problem: p.problem.map { String(cString: $0) } ?? (p.error == YAML_MEMORY_ERROR ? "out of memory" : "unknown error"),
            problemIndex: p.problem_mark.index,
            problemOffset: p.problem_offset,
            problemValue: Int(p.problem_value),
            context: p.context.map { String(cString: $0) },
            contextIndex: p.context_mark.index)
    }
}

/// What libyaml said went wrong, copied out of the parser.
struct YAMLParserError {
    /// A reader (encoding) error: positioned by `problemOffset`, a byte offset.
    var isReaderError: Bool
    /// libyaml's problem text.
    var problem: String
    /// Character index of the problem (scanner and parser errors).
    var problemIndex: Int
    /// Byte offset of the problem (reader errors).
    var problemOffset: Int
    /// The offending byte or character for reader errors, -1 for none.
    var problemValue: Int
    /// libyaml's context text ("while parsing a block mapping").
    var context: String?
    /// Character index where the context starts.
    var contextIndex: Int
}
