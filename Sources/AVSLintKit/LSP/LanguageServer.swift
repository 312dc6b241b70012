import Dispatch

/// `avslint lsp`: a Language Server Protocol 3.17 server. The caller's
/// thread reads and answers messages in order; linting runs on one worker
/// queue, debounced, and publishes only for the newest version of a
/// document, so a long lint never holds up a request and an old result
/// never replaces a newer one.
public final class LanguageServer: Sendable {
    let linter: DocumentLinter
    let state = Locked(ServerState())
    private let output: Locked<@Sendable ([UInt8]) -> Void>
    private let lintQueue = DispatchQueue(label: "avslint.lsp.lint")
    private let version: String
    let schema: SchemaOutline

    /// Creates a server.
    /// - Parameters:
    ///   - linter: the seam to the library.
    ///   - version: the server version reported to the client.
    ///   - write: writes bytes to the client (standard output); called under a lock.
    public init(linter: DocumentLinter, version: String, write: @escaping @Sendable ([UInt8]) -> Void) {
        self.linter = linter
        self.version = version
        output = Locked(write)
        schema = SchemaOutline.embedded()
    }

    /// Reads messages until `exit` or the end of input.
    /// - Parameter read: returns the next bytes of input, or nil at its end.
    /// - Returns: the exit code: 0 after `shutdown`, 1 without.
    public func run(read: () -> [UInt8]?) -> Int32 {
        var framer = MessageFramer()
        while let chunk = read() {
            framer.append(chunk[...])
            while let frame = framer.next() {
                switch frame {
                case .malformed(let problem):
                    send(RPCOutput.error(RPCError(.badFrame(problem))))
                case .message(let body):
                    if let code = handle(body: body) { return code }
                }
            }
        }
        return exitCode
    }

    private var exitCode: Int32 {
        state.withLock { $0.phase == .shutDown ? 0 : 1 }
    }

    /// Handles one message body.
    /// - Returns: the exit code once `exit` arrives, else nil.
    public func handle(body: [UInt8]) -> Int32? {
        let value: JSONValue
        switch JSONValue.parse(body) {
        case .failure(let error):
            send(RPCOutput.error(RPCError(.notJSON(error.message))))
            return nil
        case .success(let parsed):
            value = parsed
        }
        switch RPCMessage.decode(value) {
        case .failure(let error):
            send(RPCOutput.error(error))
        case .success(.response):
            break
        case .success(.notification(let method, let params)):
            if method == "exit" { return exitCode }
            notify(method, params)
        case .success(.request(let id, let method, let params)):
            let result = answer(method, params, id: id)
            switch result {
            case .success(let value): send(RPCOutput.response(id: id, result: value))
            case .failure(let error): send(RPCOutput.error(error))
            }
        }
        return nil
    }

    // MARK: - Requests

    private func answer(_ method: String, _ params: JSONValue, id: JSONValue) -> Result<JSONValue, RPCError> {
        let phase = state.withLock { $0.phase }
        if method == "initialize" {
            guard phase == .waiting else {
                return .failure(RPCError(.initializedTwice, id: id))
            }
            return .success(initialize(params))
        }
        switch phase {
        case .waiting:
            return .failure(RPCError(.notInitialized, id: id))
        case .shutDown:
            return .failure(RPCError(.shutDown, id: id))
        case .running:
            break
        }
        let result: JSONValue?
        switch method {
        case "shutdown":
            state.withLock { $0.phase = .shutDown }
            return .success(.null)
        case "textDocument/hover": result = hover(params)
        case "textDocument/completion": result = completion(params)
        case "textDocument/codeAction": result = codeActions(params)
        default:
            return .failure(RPCError(.unknownMethod(method), id: id))
        }
        guard let result else {
            return .failure(RPCError(.invalidParams(method: method), id: id))
        }
        return .success(result)
    }

    private func initialize(_ params: JSONValue) -> JSONValue {
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        let encoding = PositionEncoding.negotiate(offered)
        var folders = params["workspaceFolders"]?.array?.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) } ?? []
        if folders.isEmpty, let root = params["rootUri"]?.string.flatMap(DocumentURI.path) { folders = [root] }
        let watch = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
        let debounce = params["initializationOptions"]?["debounce"]?.int
        let textDocument = params["capabilities"]?["textDocument"]
        let snippets = textDocument?["completion"]?["completionItem"]?["snippetSupport"]?.bool ?? false
        let completionFormats = textDocument?["completion"]?["completionItem"]?["documentationFormat"]?.array ?? []
        let hoverFormats = textDocument?["hover"]?["contentFormat"]?.array ?? []
        state.withLock { state in
            state.phase = .running
            state.encoding = encoding
            state.workspaceFolders = folders
            state.canWatchFiles = watch
            state.snippets = snippets
            state.completionMarkdown = completionFormats.contains("markdown")
            state.hoverMarkdown = hoverFormats.contains("markdown")
            if let debounce, debounce >= 0 { state.debounceMilliseconds = min(debounce, 10_000) }
        }
        let capabilities: JSONValue = [
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "hoverProvider": true,
            "completionProvider": ["triggerCharacters": ["\"", "'", ":"], "resolveProvider": false],
            "codeActionProvider": ["codeActionKinds": ["quickfix", .string(Self.fixAllKind)]],
            "workspace": ["workspaceFolders": ["supported": true, "changeNotifications": true]],
        ]
        return ["capabilities": capabilities, "serverInfo": ["name": "avslint", "version": .string(version)]]
    }

    /// The code action kind of "fix everything avslint can".
    static let fixAllKind = "source.fixAll.avslint"

    // MARK: - Notifications

    private func notify(_ method: String, _ params: JSONValue) {
        let phase = state.withLock { $0.phase }
        guard phase == .running else { return }
        switch method {
        case "initialized": registerWatchers()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave":
            if let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(of: uri),
               path.hasSuffix("/" + ConfigLoader.fileName) {
                configurationChanged()
            }
        case "workspace/didChangeWatchedFiles":
            let changes = params["changes"]?.array ?? []
            if changes.contains(where: { $0["uri"]?.string?.hasSuffix(ConfigLoader.fileName) ?? false }) {
                configurationChanged()
            }
        case "workspace/didChangeWorkspaceFolders":
            let event = params["event"]
            let added = event?["added"]?.array?.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) } ?? []
            let removed = Set(event?["removed"]?.array?.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) } ?? [])
            state.withLock { $0.workspaceFolders = $0.workspaceFolders.filter { !removed.contains($0) } + added }
        default:
            break
        }
    }

    private func registerWatchers() {
        let id: Int? = state.withLock { state in
            guard state.canWatchFiles else { return nil }
            defer { state.nextRequestID += 1 }
            return state.nextRequestID
        }
        guard let id else { return }
        let registration: JSONValue = [
            "id": "avslint-configuration",
            "method": "workspace/didChangeWatchedFiles",
            "registerOptions": ["watchers": [["globPattern": .string("**/" + ConfigLoader.fileName)]]],
        ]
        send(RPCOutput.request(id: id, method: "client/registerCapability", params: ["registrations": [registration]]))
    }

    private func didOpen(_ params: JSONValue) {
        guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
        let version = item["version"]?.int ?? 0
        let document = state.withLock { state -> OpenDocument in
            let document = OpenDocument(uri: uri, path: path(of: uri, folders: state.workspaceFolders),
                                        languageID: item["languageId"]?.string ?? "", version: version, text: text)
            state.documents[uri] = ServerState.Entry(document: document)
            return document
        }
        schedule(uri: uri, version: document.version, delay: 0)
    }

    private func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string, let changes = params["contentChanges"]?.array else { return }
        let version = params["textDocument"]?["version"]?.int
        let scheduled = state.withLock { state -> (Int, Int)? in
            guard var entry = state.documents[uri] else { return nil }
            if let version, version < entry.document.version { return nil }
            guard entry.document.apply(changes, encoding: state.encoding) else { return nil }
            entry.document.version = version ?? entry.document.version + 1
            state.documents[uri] = entry
            return (entry.document.version, state.debounceMilliseconds)
        }
        guard let (version, delay) = scheduled else { return }
        schedule(uri: uri, version: version, delay: delay)
    }

    private func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        state.withLock { state in
            guard state.documents.removeValue(forKey: uri) != nil else { return }
            send(Self.publish(uri: uri, version: nil, diagnostics: []))
        }
    }

    /// A `.avslint.yaml` changed: read configurations again and lint every open document.
    private func configurationChanged() {
        linter.reloadConfigurations()
        let open = state.withLock { state in state.documents.values.map { ($0.document.uri, $0.document.version) } }
        for (uri, version) in open { schedule(uri: uri, version: version, delay: 0) }
    }

    /// The path a document's configuration is looked up from.
    private func path(of uri: String, folders: [String]) -> String {
        if let path = DocumentURI.path(of: uri) { return path }
        let name = uri.split(separator: "/").last.map(String.init) ?? "untitled"
        return (folders.first ?? ".") + "/" + name
    }

    // MARK: - Linting

    /// Lints version `version` of `uri` after `delay` milliseconds, unless it is no longer current by then.
    private func schedule(uri: String, version: Int, delay: Int) {
        let work: @Sendable () -> Void = { [self] in lint(uri: uri, version: version) }
        if delay == 0 {
            lintQueue.async(execute: work)
        } else {
            lintQueue.asyncAfter(deadline: .now() + .milliseconds(delay), execute: work)
        }
    }

    private func lint(uri: String, version: Int) {
        let current = state.withLock { state -> (OpenDocument, PositionEncoding)? in
            guard let entry = state.documents[uri], entry.document.version == version else { return nil }
            return (entry.document, state.encoding)
        }
        guard let (document, encoding) = current else { return }
        let snapshot = lintSnapshot(document, encoding: encoding)
        state.withLock { state in
            guard var entry = state.documents[uri], entry.document.version == version else { return }
            entry.lint = snapshot
            state.documents[uri] = entry
            send(Self.publish(uri: uri, version: version, diagnostics: snapshot.published))
        }
    }

    /// Lints one version of a document and converts its findings.
    func lintSnapshot(_ document: OpenDocument, encoding: PositionEncoding) -> LintSnapshot {
        var diagnostics: [Diagnostic] = []
        var published: [JSONValue] = []
        if let format = document.format {
            let findings = linter.lint(document.bytes, path: document.path, format: format)
            diagnostics = findings.diagnostics
            published = diagnostics.map {
                DiagnosticJSON.make($0, lines: document.lines, uri: document.uri, encoding: encoding, rule: linter.rule($0.ruleID))
            }
            if let problem = findings.problem { published.append(DiagnosticJSON.configurationProblem(problem)) }
        }
        return LintSnapshot(version: document.version, lines: document.lines, diagnostics: diagnostics, published: published)
    }

    /// The lint of the current version of `uri`, made now when the worker has not made it yet.
    func currentLint(_ uri: String) -> (OpenDocument, LintSnapshot, PositionEncoding)? {
        let found = state.withLock { state -> (OpenDocument, LintSnapshot?, PositionEncoding)? in
            guard let entry = state.documents[uri] else { return nil }
            let lint = entry.lint.flatMap { $0.version == entry.document.version ? $0 : nil }
            return (entry.document, lint, state.encoding)
        }
        guard let (document, lint, encoding) = found else { return nil }
        return (document, lint ?? lintSnapshot(document, encoding: encoding), encoding)
    }

    static func publish(uri: String, version: Int?, diagnostics: [JSONValue]) -> JSONValue {
        var params: [(key: String, value: JSONValue)] = [("uri", .string(uri))]
        if let version { params.append(("version", .int(version))) }
        params.append(("diagnostics", .array(diagnostics)))
        return RPCOutput.notification("textDocument/publishDiagnostics", params: .object(params))
    }

    /// Writes one message to the client.
    func send(_ message: JSONValue) {
        let bytes = RPCOutput.frame(message)
        output.withLock { write in write(bytes) }
    }
}
