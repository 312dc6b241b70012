internal import CYAML

/// A collection being built: the loader keeps an explicit stack of these, so
/// deep input never deepens the Swift call stack.
struct YAMLFrame {
    /// Mapping or sequence.
    var isMapping: Bool
    /// Written in flow style (`[…]`, `{…}`): its span ends at the bracket.
    var isFlow: Bool
    /// Where the collection starts.
    var start: Position
    /// The end of the last content seen so far.
    var lastEnd: Position
    /// The anchor to define when the collection ends.
    var anchor: String?
    /// Children of a sequence, collected in chunks and moved into an exactly
    /// sized array at the end (see `ChunkedArray`).
    var items = ChunkedArray<Node>()
    /// Explicit members of a mapping, likewise.
    var members = ChunkedArray<Member>()
    /// Children so far (items, or explicit members).
    var count = 0
    /// A mapping key waiting for its value.
    var key: Node?
    /// The waiting key is the merge key `<<`.
    var keyIsMerge = false
    /// Some key is a collection (duplicate checks then skip those keys).
    var hasNonScalarKey = false
    /// `<<` entries, in order.
    var merges: [YAMLMerge] = []
    /// Nodes in the subtree so far (this one included).
    var size = 1
}

/// Builds documents from libyaml events.
struct YAMLTreeBuilder {
    private let file: SourceFile
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: LoadLimits
    private var marks: YAMLMarks
    private var stack: [YAMLFrame] = []
    private var root: Node?
    private var anchors = YAMLAnchors()
    private var documents: [Document] = []
    private var diagnostics: [Diagnostic] = []
    private var stopped = false

    /// - Parameters:
    ///   - bytes: the file's bytes, valid while the builder runs.
    ///   - base: byte offset of libyaml's character 0.
    init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, base: Int, limits: LoadLimits) {
        self.file = file
        self.bytes = bytes
        self.limits = limits
        marks = YAMLMarks(file: file, bytes: bytes, base: base)
    }

    /// Reads every event of `parser` (or up to the first error or exceeded limit).
    mutating func run(_ parser: YAMLEventParser) -> LoadResult {
        while !stopped {
            guard let type = parser.next({ handle($0) }) else {
                reportParserError(parser.error)
                break
            }
            if type == YAML_STREAM_END_EVENT { break }
        }
        return LoadResult(documents: documents, diagnostics: diagnostics)
    }

    // MARK: - Events

    private mutating func handle(_ event: UnsafePointer<yaml_event_t>) -> yaml_event_type_t {
        let e = event.pointee
        switch e.type {
        case YAML_DOCUMENT_START_EVENT:
            stack.removeAll(keepingCapacity: true)
            root = nil
            anchors.reset()
        case YAML_DOCUMENT_END_EVENT:
            documents.append(Document(root: root, index: documents.count))
            root = nil
        case YAML_SCALAR_EVENT:
            scalar(e)
        case YAML_ALIAS_EVENT:
            alias(e)
        case YAML_SEQUENCE_START_EVENT:
            let data = e.data.sequence_start
            startCollection(e, mapping: false, flow: data.style == YAML_FLOW_SEQUENCE_STYLE, anchor: data.anchor, tag: data.tag)
        case YAML_MAPPING_START_EVENT:
            let data = e.data.mapping_start
            startCollection(e, mapping: true, flow: data.style == YAML_FLOW_MAPPING_STYLE, anchor: data.anchor, tag: data.tag)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            endCollection(e)
        default:
            break
        }
        return e.type
    }

    private mutating func scalar(_ e: yaml_event_t) {
        let data = e.data.scalar
        let content = UnsafeBufferPointer(start: data.value, count: data.length)
        let startOffset = marks.offset(e.start_mark.index)
        let endOffset = marks.offset(e.end_mark.index)
        let top = stack.count - 1
        let isKey = top >= 0 && stack[top].isMapping && stack[top].key == nil
        var contentStart = startOffset
        var tagRange: Range<Int>?
        if data.anchor != nil || data.tag != nil {
            let properties = YAMLProperties(bytes, start: startOffset, end: endOffset)
            contentStart = properties.contentStart
            tagRange = properties.tag
        }
        let tagSpan = tagRange.map { marks.locator.span($0.lowerBound, $0.upperBound) }
        let span = marks.locator.span(contentStart, endOffset)
        if isKey, data.length > limits.maxKeyBytes {
            tooComplex(.keyBytes(limits.maxKeyBytes), span: span)
            return
        }
        let text = String(decoding: content, as: UTF8.self)
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        var value: ScalarValue?
        if let tag = data.tag {
            value = taggedValue(tag, content: content, text: text, tagSpan: tagSpan ?? span)
        }
        let resolved = value ?? (style == .plain ? CoreSchema.resolvePlain(content, text: text) : .string(text))
        let node = Node(.scalar(Scalar(resolved, text: text, style: style)), span: span)
        if let anchor = data.anchor { anchors.define(string(anchor), node: node, size: 1) }
        let isMerge = isKey && style == .plain && data.tag == nil && data.length == 2
            && content[0] == UInt8(ascii: "<") && content[1] == UInt8(ascii: "<")
        if stack.isEmpty, data.length == 0, style == .plain, data.tag == nil, data.anchor == nil {
            return  // an empty document: root stays nil
        }
        attach(node, size: 1, isMergeKey: isMerge)
    }

    private mutating func alias(_ e: yaml_event_t) {
        let name = e.data.alias.anchor.map(string) ?? ""
        let span = marks.span(e.start_mark.index, e.end_mark.index)
        switch anchors.resolve(name, span: span, budget: limits.maxAliasNodes) {
        case .node(let node, let size):
            attach(node, size: size)
        case .undefined:
            report(BuiltinRule.syntaxError, "undefined alias '\(name)'", span: span)
            attach(Node(.scalar(Scalar(.null, text: "", style: .plain)), span: span), size: 1)
        case .overBudget:
            tooComplex(.aliasNodes(limits.maxAliasNodes), span: span)
        }
    }

    private mutating func startCollection(
        _ e: yaml_event_t, mapping: Bool, flow: Bool,
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?
    ) {
        let startOffset = marks.offset(e.start_mark.index)
        let endOffset = marks.offset(e.end_mark.index)
        var contentStart = startOffset
        var tagRange: Range<Int>?
        if anchor != nil || tag != nil {
            let properties = YAMLProperties(bytes, start: startOffset, end: endOffset)
            contentStart = properties.contentStart
            tagRange = properties.tag
        }
        let tagSpan = tagRange.map { marks.locator.span($0.lowerBound, $0.upperBound) }
        let start = marks.locator.position(at: contentStart)
        if stack.count >= limits.maxDepth {
            tooComplex(.depth(limits.maxDepth), span: marks.pointSpan(byte: contentStart))
            return
        }
        if let tag {
            let resolved = string(tag)
            let written = tagSpan.map { text(of: $0) } ?? resolved
            if let known = YAMLTag(resolved: resolved) {
                let fits = known == .nonSpecific || known == (mapping ? .map : .seq)
                if !fits {
                    report(BuiltinRule.syntaxError, "tag '\(known.name)' does not apply to a \(mapping ? "mapping" : "sequence")",
                           span: tagSpan ?? Span(at: start))
                }
            } else {
                report(BuiltinRule.syntaxError, "unknown tag '\(written)'", span: tagSpan ?? Span(at: start))
            }
        }
        stack.append(YAMLFrame(isMapping: mapping, isFlow: flow, start: start, lastEnd: start,
                               anchor: anchor.map(string)))
    }

    private mutating func endCollection(_ e: yaml_event_t) {
        guard var frame = stack.popLast() else { return }
        let end = frame.isFlow ? marks.position(e.end_mark.index) : frame.lastEnd
        let span = Span(start: frame.start, end: end)
        var node: Node
        if frame.isMapping {
            var explicit = frame.members.take()
            let repeats = checkDuplicates(explicit, hasNonScalarKey: frame.hasNonScalarKey)
            if !frame.merges.isEmpty {
                explicit = YAMLMerge.apply(frame.merges, to: explicit)
            }
            node = Node(.mapping(explicit), span: span)
            // Keys that are collections all go by the name "", so only scalar keys can vouch.
            node.keysAreUnique = !repeats && !frame.hasNonScalarKey
        } else {
            node = Node(.sequence(frame.items.take()), span: span)
        }
        if let anchor = frame.anchor { anchors.define(anchor, node: node, size: frame.size) }
        attach(node, size: frame.size)
    }

    // MARK: - Tree

    /// Adds a finished node to the collection being built (or makes it the root).
    private mutating func attach(_ node: Node, size: Int, isMergeKey: Bool = false) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].size &+= size
        stack[top].lastEnd = node.span.end
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            stack[top].count += 1
            return
        }
        guard let key = stack[top].key else {
            stack[top].key = node
            stack[top].keyIsMerge = isMergeKey
            if node.scalar == nil { stack[top].hasNonScalarKey = true }
            return
        }
        stack[top].key = nil
        if stack[top].keyIsMerge {
            if let sources = YAMLMerge.sources(of: node) {
                stack[top].merges.append(YAMLMerge(index: stack[top].count, sources: sources))
            } else {
                report(BuiltinRule.syntaxError,
                       "the value of merge key '<<' must be a mapping, an alias to one, or a list of them",
                       span: node.span)
            }
            stack[top].keyIsMerge = false
        } else {
            stack[top].members.append(Member(key: key, value: node))
            stack[top].count += 1
        }
    }

    /// Reports duplicate keys among the explicitly written scalar keys of a
    /// mapping that has just been popped (so `stack` holds its parents).
    /// - Returns: true when there are some.
    private mutating func checkDuplicates(_ explicit: [Member], hasNonScalarKey: Bool) -> Bool {
        let members = hasNonScalarKey ? explicit.filter { $0.key.scalar != nil } : explicit
        guard DuplicateKeys.repeatsKey(members) else { return false }
        // The mapping's path costs a walk of the stack; only build it when needed.
        var found = DuplicateKeys.check(members, file: file.path, path: "")
        guard !found.isEmpty else { return true }
        let path = currentPath()
        for i in found.indices { found[i].instancePath = path + found[i].instancePath }
        diagnostics.append(contentsOf: found)
        return true
    }

    /// The JSON Pointer of the node that will be attached next.
    private func currentPath() -> String {
        var path = ""
        for frame in stack {
            if frame.isMapping {
                path += "/" + JSONPointer.escape(frame.key?.scalar?.text ?? "")
            } else {
                path += "/" + String(frame.count)
            }
        }
        return path
    }

    // MARK: - Tags

    /// The value a tag gives a scalar; nil (after reporting why) when the
    /// tag is unknown or the text does not fit it, so the caller reads the
    /// value as if untagged.
    private mutating func taggedValue(_ tag: UnsafeMutablePointer<yaml_char_t>, content: UnsafeBufferPointer<UInt8>,
                                      text: String, tagSpan: Span) -> ScalarValue? {
        let resolved = string(tag)
        guard let known = YAMLTag(resolved: resolved) else {
            report(BuiltinRule.syntaxError, "unknown tag '\(self.text(of: tagSpan))'", span: tagSpan)
            return nil
        }
        if let value = known.resolve(content, text: text) { return value }
        report(BuiltinRule.syntaxError, "'\(Self.excerpt(text))' is not a valid \(known.name)", span: tagSpan)
        return nil
    }

    // MARK: - Findings

    private mutating func report(_ rule: String, _ message: String, span: Span) {
        diagnostics.append(Diagnostic(ruleID: rule, severity: .error, message: message, file: file.path,
                                      span: span, instancePath: currentPath()))
    }

    /// Reports a limit and stops loading: the current document is dropped.
    private mutating func tooComplex(_ exceeded: LoadLimits.Exceeded, span: Span) {
        report(BuiltinRule.documentTooComplex, exceeded.message, span: span)
        stopped = true
    }

    private mutating func reportParserError(_ error: YAMLParserError) {
        let offset = error.isReaderError ? min(max(error.problemOffset, 0), bytes.count) : marks.offset(error.problemIndex)
        let span = marks.pointSpan(byte: offset)
        let message: String
        if error.isReaderError {
            message = YAMLProblemText.readerMessage(problem: error.problem, value: error.problemValue)
        } else {
            let contextStart = error.context == nil ? nil : marks.position(error.contextIndex)
            message = YAMLProblemText.message(problem: error.problem, character: scalar(at: offset),
                                              context: error.context, contextStart: contextStart)
        }
        diagnostics.append(Diagnostic(ruleID: BuiltinRule.syntaxError, severity: .error, message: message,
                                      file: file.path, span: span))
    }

    // MARK: - Text

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafePointer(pointer))
    }

    /// The source text of a span.
    private func text(of span: Span) -> String {
        let start = min(span.start.offset, bytes.count)
        let end = min(max(span.end.offset, start), bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The Unicode scalar starting at byte `offset`, if it decodes.
    private func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, bytes.count)]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// At most 40 characters of `text`, on one line.
    private static func excerpt(_ text: String) -> String {
        var out = ""
        var count = 0
        for character in text.unicodeScalars {
            if count == 40 { return out + "…" }
            out.unicodeScalars.append(character == "\n" ? " " : character)
            count += 1
        }
        return out
    }
}
