/// What the server knows between messages; reached under one lock by the
/// reader thread and the lint worker.
struct ServerState: Sendable {
    /// Where the session is in the LSP lifecycle.
    enum Phase: Sendable {
        /// Before `initialize`: requests get `ServerNotInitialized`.
        case waiting
        /// After `initialize`.
        case running
        /// After `shutdown`: only `exit` is accepted.
        case shutDown
    }

    /// One open document and what was last published for it.
    struct Entry: Sendable {
        var document: OpenDocument
        /// The last lint of this document, when its version is the document's.
        var lint: LintSnapshot?
    }

    var phase = Phase.waiting
    var encoding = PositionEncoding.utf16
    /// Milliseconds between the last change and the lint.
    var debounceMilliseconds = 200
    var workspaceFolders: [String] = []
    var documents: [String: Entry] = [:]
    /// The id of the next request the server sends.
    var nextRequestID = 1
    /// The client can register file watchers for us.
    var canWatchFiles = false
    /// The client takes snippets in completion items.
    var snippets = false
    /// The client shows Markdown in hovers and completion documentation.
    var hoverMarkdown = false
    var completionMarkdown = false
}

/// One lint of one version of a document: what hover and code actions read.
struct LintSnapshot: Sendable {
    /// The version linted.
    var version: Int
    /// The text linted.
    var lines: TextLines
    /// The findings (spans into `lines`).
    var diagnostics: [Diagnostic]
    /// The same findings as published, in the same order.
    var published: [JSONValue]
}
