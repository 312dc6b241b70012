import Dispatch

/// Validates each launch-config document against the launch schema: the
/// embedded one, one given by `--schema`, or the local file a document
/// names through `$schema` or a `yaml-language-server` modeline (so the
/// editor and the CLI agree). Findings are `schema/<keyword>` errors.
public final class LaunchSchemaChecker: DocumentChecker, @unchecked Sendable {
    // Sound: `schema` and `embeddedPath` are immutable; `associated` is
    // only touched while holding `lock`. The cache lives as long as one run,
    // during which the files it caches are not expected to change.
    private let schema: JSONSchema
    /// The signing secret, masked in the text messages echo from the file.
    private let secret: String?
    private let lock = DispatchSemaphore(value: 1)
    private var associated: [String: Result<JSONSchema, SchemaLoadError>] = [:]

    /// The embedded schema's path relative to the package root.
    public static let embeddedPath = "schemas/udesk-avs.schema.json"

    /// Why a schema file could not be used.
    public enum SchemaLoadError: Error, Sendable {
        /// The build has no embedded schema.
        case missingEmbedded
        /// The file cannot be read.
        case unreadable(FileReadError)
        /// The file is not JSON (the loader's message).
        case syntax(file: String, at: Position, String)
        /// The file holds no JSON value.
        case empty(file: String)
        /// The JSON is not a schema avslint compiles.
        case doesNotCompile(file: String, String)
        /// A file names a remote schema through `$schema` or a modeline.
        case remote(reference: String)
        /// A file names a local schema that cannot be used (and why).
        case unusable(reference: String, reason: String)

        /// One line naming the file and the problem.
        public var message: String {
            switch self {
            case .missingEmbedded: return "the embedded schema is missing from this build"
            case .unreadable(let error): return error.message
            case .syntax(let file, let at, let message): return "\(file):\(at.line):\(at.column): \(message)"
            case .empty(let file): return "\(file): the schema file is empty"
            case .doesNotCompile(let file, let reason): return "\(file): \(reason)"
            case .remote(let reference): return "schema '\(reference)' is remote and never fetched; using the embedded schema"
            case .unusable(let reference, let reason):
                return "cannot use schema '\(reference)' (\(reason)); using the embedded schema"
            }
        }
    }

    /// A checker with the embedded schema.
    public convenience init(secret: String? = nil) throws {
        if let program = EmbeddedPrograms.program(file: LaunchSchemaChecker.embeddedPath, offset: 0) {
            self.init(schema: JSONSchema(program: program), secret: secret)
            return
        }
        guard let text = Embedded.text(LaunchSchemaChecker.embeddedPath) else {
            throw SchemaLoadError.missingEmbedded
        }
        try self.init(schema: LaunchSchemaChecker.compile(SourceFile(path: LaunchSchemaChecker.embeddedPath, text: text)).get(), secret: secret)
    }

    /// A checker with a compiled schema; `secret` is masked in what messages echo.
    public init(schema: JSONSchema, secret: String? = nil) {
        self.schema = schema
        self.secret = secret
    }

    /// Compiles the schema in `file` (JSON).
    public static func compile(_ file: SourceFile) -> Result<JSONSchema, SchemaLoadError> {
        let loaded = JSONLoader.load(file)
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(.syntax(file: file.path, at: problem.span.start, problem.message))
        }
        guard let root = loaded.documents.first?.root else {
            return .failure(.empty(file: file.path))
        }
        do {
            return .success(try JSONSchema(root))
        } catch {
            return .failure(.doesNotCompile(file: file.path, "\(error)"))
        }
    }

    /// Reads and compiles the schema file at `path`.
    public static func load(path: String) -> Result<JSONSchema, SchemaLoadError> {
        switch FileReader.read(path) {
        case .failure(let error): return .failure(.unreadable(error))
        case .success(let bytes): return compile(SourceFile(path: path, bytes: bytes))
        }
    }

    public func check(_ documents: [Document], in file: SourceFile) -> [Diagnostic] {
        documents.flatMap { check($0, in: file) }
    }

    /// The findings for one document.
    public func check(_ document: Document, in file: SourceFile) -> [Diagnostic] {
        guard let root = document.root else { return [] }
        var diagnostics: [Diagnostic] = []
        var schema = self.schema
        if let association = SchemaAssociation.find(root: root, in: file) {
            switch resolve(association, from: file.path) {
            case .success(let found):
                schema = found
            case .failure(let error):
                diagnostics.append(Diagnostic(
                    ruleID: BuiltinRule.schemaAssociation, severity: association.isRemote ? .info : .warning,
                    message: error.message, file: file.path, span: association.span))
            }
        }
        diagnostics += schema.validate(root).map { finding in
            var diagnostic = finding.diagnostic(file: file.path)
            if secret != nil {
                let node = JSONPointerWalk.node(in: root, pointer: finding.instancePath)
                diagnostic.message = SecretMask.message(of: finding, node: node, secret: secret)
            }
            diagnostic = SchemaFixes.attach(to: diagnostic, finding: finding, root: root, file: file)
            if let fix = diagnostic.fix, !document.permits(fix) { diagnostic.fix = nil }
            return diagnostic
        }
        return diagnostics
    }

    private func resolve(_ association: SchemaAssociation, from filePath: String) -> Result<JSONSchema, SchemaLoadError> {
        if association.isRemote {
            return .failure(.remote(reference: association.reference))
        }
        var reference = association.reference
        if reference.hasPrefix("file://") { reference = String(reference.dropFirst(7)) }
        var path = reference
        if !reference.hasPrefix("/"), let slash = filePath.lastIndex(of: "/") {
            path = filePath[...slash] + reference
        }
        lock.wait()
        defer { lock.signal() }
        if let cached = associated[path] { return cached }
        let loaded = LaunchSchemaChecker.load(path: path).mapError { SchemaLoadError.unusable(reference: association.reference, reason: $0.message) }
        associated[path] = loaded
        return loaded
    }
}
