/// Resolves names in launch literals to the `const` object literals they
/// are bound to (see `JSBindings`), for one script range. Shared by the
/// parser of a literal and the parsers of the literals it reaches.
///
/// The finder reads a range once without bindings, noting the names its
/// literals use; only when there are some does it read the bindings and the
/// range again with them.
final class JSResolver {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int
    let allowsJSX: Bool
    let path: String
    /// Nil on the first reading: names are only noted.
    var bindings: JSBindings?
    /// Every name a literal used as a value, shorthand or spread.
    private(set) var referenced: Set<String> = []
    /// The byte ranges of the `const` literals resolved, in order.
    private(set) var used: [Range<Int>] = []
    /// Duplicate keys found in resolved literals, once each.
    private(set) var duplicates: [Diagnostic] = []
    private var cache: [Int: Node] = [:]
    private var active: Set<Int> = []
    private var reported: Set<Int> = []

    /// Most literals being resolved at once (a chain `a` → `b` → …).
    static let maxChain = 16

    init(bytes: UnsafeBufferPointer<UInt8>, limit: Int, allowsJSX: Bool, path: String) {
        self.bytes = bytes
        self.limit = limit
        self.allowsJSX = allowsJSX
        self.path = path
    }

    /// The object literal (or `Object.assign(…)`) `name`, used at byte `offset`, is bound to; nil
    /// when it does not resolve (or on the first reading).
    func resolve(_ name: String, at offset: Int, limits: LoadLimits, locator: inout Locator) -> Node? {
        referenced.insert(name)
        guard let open = bindings?.literal(for: name, at: offset) else { return nil }
        if let node = cache[open] {
            used.append(open..<node.span.end.offset)
            return node
        }
        guard !active.contains(open), active.count < Self.maxChain else { return nil }
        active.insert(open)
        defer { active.remove(open) }
        var tz = JSTokenizer(bytes: bytes, start: open, limit: limit)
        tz.allowsJSX = allowsJSX
        var parser = JSLiteralParser(path: path, basePointer: "", limits: limits, resolver: self)
        guard let first = try? tz.next() else { return nil }
        let parsed: Node?
        if tz.isPunct(first, UInt8(ascii: "{")) {
            parsed = try? parser.parse(open: first, tokenizer: &tz, locator: &locator)
        } else {
            parsed = (try? parser.parseObjectAssign(first: first, tokenizer: &tz, locator: &locator)) ?? nil
        }
        guard let node = parsed else { return nil }
        if reported.insert(open).inserted { duplicates += parser.duplicates }
        cache[open] = node
        used.append(open..<node.span.end.offset)
        return node
    }
}
