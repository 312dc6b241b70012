/// One document of a file: a YAML stream yields one per `---`, JSON one,
/// JavaScript one per launch-config literal found.
public struct Document: Sendable {
    /// The root node; nil for an empty YAML document.
    public var root: Node?
    /// 0-based index of the document in its file.
    public var index: Int
    /// Byte ranges no fix may edit: the JavaScript `const` literals this
    /// document resolved into itself (`{ extraData }`, `...base`). What is
    /// written there may be shared with other launches or other code, so
    /// an edit there could change what something else means.
    public var frozen: [Range<Int>] = []

    /// True when `fix` edits nothing inside a `frozen` range.
    public func permits(_ fix: Fix) -> Bool {
        guard !frozen.isEmpty else { return true }
        return fix.edits.allSatisfy { edit in
            !frozen.contains { $0.overlaps(edit.start..<max(edit.end, edit.start + 1)) }
        }
    }

    /// Creates a document.
    public init(root: Node?, index: Int) {
        self.root = root
        self.index = index
    }
}

/// What a loader produces: the documents it could read and the problems it found.
public struct LoadResult: Sendable {
    /// The documents, in file order. A document after a syntax error is not included.
    public var documents: [Document]
    /// Syntax errors, duplicate keys and similar findings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(documents: [Document] = [], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}

/// Bounds that keep hostile input from exhausting the stack or memory.
public struct LoadLimits: Sendable {
    /// Deepest nesting of collections accepted.
    public var maxDepth: Int
    /// Most nodes that alias expansion may create in one document.
    public var maxAliasNodes: Int
    /// Longest scalar key, in bytes.
    public var maxKeyBytes: Int

    /// Creates limits.
    public init(maxDepth: Int = 1000, maxAliasNodes: Int = 100_000, maxKeyBytes: Int = 65_536) {
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
        self.maxKeyBytes = maxKeyBytes
    }

    /// The limits DESIGN.md sets.
    public static let standard = LoadLimits()

    /// A bound a document went past: the one place that words every
    /// loader's `document-too-complex` finding.
    enum Exceeded: Sendable, Hashable {
        /// Collections nest deeper than this.
        case depth(Int)
        /// Alias expansion makes more nodes than this.
        case aliasNodes(Int)
        /// A key is longer than this many bytes.
        case keyBytes(Int)

        /// The finding's message.
        var message: String {
            switch self {
            case .depth(let limit): return "nesting deeper than \(limit) levels"
            case .aliasNodes(let limit): return "alias expansion exceeds \(limit) nodes"
            case .keyBytes(let limit): return "key longer than \(limit) bytes"
            }
        }
    }
}
