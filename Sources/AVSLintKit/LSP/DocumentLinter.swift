/// What the language server asks of the library: the findings of one
/// document's text from a `LintSession`, under the configuration nearest
/// its path, read as `avslint --skip-non-configs` reads a named file (the
/// walk's rules: `exclude:`, the byte pre-filter, non-configs skipped), and
/// its safe fixes. This is the one seam between the server and the linter.
public final class DocumentLinter: Sendable {
    /// Why the configuration that applies to a document cannot be used.
    public struct ConfigurationProblem: Error, Sendable, Hashable {
        /// The positioned findings in the configuration file, if any.
        public var diagnostics: [Diagnostic]
        /// A one-line description when there is no position.
        public var message: String?
    }

    /// What linting one document produced.
    public struct Findings: Sendable {
        /// The findings, sorted as the CLI prints them.
        public var diagnostics: [Diagnostic]
        /// Set when the nearest configuration cannot be used (the CLI exits 2 then).
        public var problem: ConfigurationProblem?
    }

    private let environment: @Sendable (String) -> String?
    private let workingDirectory: String
    /// The sessions that lint and that fix; each lint works on a copy, so
    /// the lock is held only while a configuration is read.
    private let sessions: Locked<(lint: LintSession, fix: LintSession)>
    private let registry: RuleRegistry

    /// Creates the linter of a server session.
    /// - Parameters:
    ///   - environment: reads an environment variable (the signing secret).
    ///   - workingDirectory: the absolute folder relative paths start in.
    /// - Throws: when the embedded rules cannot be read.
    public init(environment: @escaping @Sendable (String) -> String? = Platform.environment,
                workingDirectory: String = Platform.workingDirectory) throws(LinterSetup.Problem) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        let made = try Self.makeSessions(environment: environment, workingDirectory: workingDirectory)
        registry = made.lint.registry
        sessions = Locked(made)
    }

    private static func makeSessions(environment: @escaping @Sendable (String) -> String?, workingDirectory: String)
        throws(LinterSetup.Problem) -> (lint: LintSession, fix: LintSession) {
        var options = LintOptions()
        options.skipNonConfigs = true
        let lint = try LintSession(options: options, environment: environment, workingDirectory: workingDirectory)
        options.fixMode = .dryRun
        let fix = try LintSession(options: options, environment: environment, workingDirectory: workingDirectory)
        return (lint, fix)
    }

    /// Forgets every configuration read, so the next lint reads them again
    /// (after a `.avslint.yaml` changed).
    public func reloadConfigurations() {
        guard let fresh = try? Self.makeSessions(environment: environment, workingDirectory: workingDirectory) else { return }
        sessions.withLock { $0 = fresh }
    }

    /// The documentation of a rule id.
    public func rule(_ id: String) -> RuleInfo? {
        registry.info(id)
    }

    /// Lints the text of a document.
    /// - Parameters:
    ///   - bytes: the text.
    ///   - path: the file it is (or would be) saved as.
    ///   - format: how to read it (when the path's extension does not say).
    /// - Returns: the findings; none for a file that is not a launch config.
    public func lint(_ bytes: [UInt8], path: String, format: InputFormat) -> Findings {
        if path == ConfigLoader.fileName || path.hasSuffix("/" + ConfigLoader.fileName) {
            return Findings(diagnostics: ConfigLoader.load(SourceFile(path: path, bytes: bytes), registry: registry).1, problem: nil)
        }
        guard var session = session(for: path, format: format, fixing: false) else { return Findings(diagnostics: [], problem: nil) }
        do throws(LinterSetup.Problem) {
            let report = try session.run([.text(name: Self.name(path, format), bytes: bytes)])
            return Findings(diagnostics: report.diagnostics, problem: nil)
        } catch {
            return Findings(diagnostics: [], problem: ConfigurationProblem(diagnostics: error.diagnostics, message: error.message))
        }
    }

    /// The text with every safe fix applied, as `avslint --fix` writes it;
    /// nil when no fix applies.
    public func fixAll(_ bytes: [UInt8], path: String, format: InputFormat) -> [UInt8]? {
        guard var session = session(for: path, format: format, fixing: true) else { return nil }
        let name = Self.name(path, format)
        guard let report = try? session.run([.text(name: name, bytes: bytes)]),
              let fixed = report.fixedTexts[name], fixed != bytes else { return nil }
        return fixed
    }

    /// A copy of a session with the configuration of `path` read, or nil
    /// when the walk would skip the file (`exclude:`, `node_modules`, …).
    private func session(for path: String, format: InputFormat, fixing: Bool) -> LintSession? {
        let cwd = workingDirectory
        return sessions.withLock { sessions -> LintSession? in
            var session = fixing ? sessions.fix : sessions.lint
            var setup = session.setup
            if setup.isExcluded(path, workingDirectory: cwd) || FileDiscovery.walkSkipReason(path, format: format) != nil {
                return nil
            }
            // Reading the configuration here keeps it (and its compiled
            // schema) in the shared session for the next lint.
            _ = try? session.linter(forFileAt: path)
            if fixing { sessions.fix = session } else { sessions.lint = session }
            return session
        }
    }

    /// The name a text is linted under: the path, with an extension that
    /// says `format` when the path's own does not (an untitled buffer).
    private static func name(_ path: String, _ format: InputFormat) -> String {
        if InputFormat(path: path) == format { return path }
        switch format {
        case .yaml: return path + ".yaml"
        case .json: return path + ".json"
        case .javascript: return path + ".js"
        }
    }
}
