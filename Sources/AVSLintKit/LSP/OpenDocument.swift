/// A document the client has opened: its text as the client last sent it.
public struct OpenDocument: Sendable {
    /// The client's name for it.
    public var uri: String
    /// The file path the configuration is looked up from (for a URI that is
    /// not a file, a path in the first workspace folder).
    public var path: String
    /// The client's language id (`yaml`, `json`, `typescriptreact`, …).
    public var languageID: String
    /// The client's version number; every change raises it.
    public var version: Int
    /// The text, with its line index.
    public private(set) var lines: TextLines

    /// Creates a document.
    public init(uri: String, path: String, languageID: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.languageID = languageID
        self.version = version
        lines = TextLines(Array(text.utf8))
    }

    /// The text's bytes.
    public var bytes: [UInt8] { lines.bytes }

    /// Applies `contentChanges` of `textDocument/didChange` in order: an
    /// entry with a `range` replaces that range, one without replaces the
    /// whole text.
    /// - Returns: false when an entry is malformed (the text is then left as it was).
    public mutating func apply(_ changes: [JSONValue], encoding: PositionEncoding) -> Bool {
        var current = lines
        for change in changes {
            guard let text = change["text"]?.string else { return false }
            if let rangeValue = change["range"] {
                guard let range = LSPRange(rangeValue) else { return false }
                let start = current.offset(of: range.start, encoding: encoding)
                let end = max(start, current.offset(of: range.end, encoding: encoding))
                var bytes = current.bytes
                bytes.replaceSubrange(start..<end, with: text.utf8)
                current = TextLines(bytes)
            } else {
                current = TextLines(Array(text.utf8))
            }
        }
        lines = current
        return true
    }

    /// The format the linter reads the document in: from the path's
    /// extension as the CLI decides it, else from the language id.
    public var format: InputFormat? {
        if let format = InputFormat(path: path) { return format }
        switch languageID {
        case "yaml": return .yaml
        case "json": return .json
        case "javascript", "typescript", "javascriptreact", "typescriptreact", "vue": return .javascript
        default: return nil
        }
    }

    /// True for the linter's own configuration file.
    public var isConfiguration: Bool {
        path == ConfigLoader.fileName || path.hasSuffix("/" + ConfigLoader.fileName)
    }
}
