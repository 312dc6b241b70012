/// What the language server asks of the library: the findings of one
/// document's text, linted with the configuration nearest its path exactly
/// as the CLI lints a file it walks into, and its safe fixes. This is the
/// one seam between the server and the linter.
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

    private let rules: RuleSet
    private let environment: @Sendable (String) -> String?
    private let setup: Locked<LinterSetup>
    private let registry: RuleRegistry

    /// Creates the linter of a server session.
    /// - Parameters:
    ///   - rules: the embedded rules.
    ///   - environment: reads an environment variable (the signing secret).
    public init(rules: RuleSet, environment: @escaping @Sendable (String) -> String?) {
        self.rules = rules
        self.environment = environment
        setup = Locked(LinterSetup(rules: rules, environment: environment))
        registry = RuleRegistry(rules)
    }

    /// Forgets every configuration read, so the next lint reads them again
    /// (after a `.avslint.yaml` changed).
    public func reloadConfigurations() {
        let fresh = LinterSetup(rules: rules, environment: environment)
        setup.withLock { $0 = fresh }
    }

    /// The documentation of a rule id.
    public func rule(_ id: String) -> RuleInfo? {
        registry.info(id)
    }

    /// The linter for a file at `path`, or why there is none.
    private func linter(for path: String) -> Result<Linter, ConfigurationProblem> {
        setup.withLock { setup in
            do throws(LinterSetup.Problem) {
                return .success(try setup.linter(forFileAt: path))
            } catch {
                return .failure(ConfigurationProblem(diagnostics: error.diagnostics, message: error.message))
            }
        }
    }

    /// Lints the text of a document.
    /// - Parameters:
    ///   - bytes: the text.
    ///   - path: the file it is (or would be) saved as.
    ///   - format: how to read it.
    /// - Returns: the findings; none for a file that is not a launch config.
    public func lint(_ bytes: [UInt8], path: String, format: InputFormat) -> Findings {
        let source = SourceFile(path: path, bytes: bytes)
        if path == ConfigLoader.fileName || path.hasSuffix("/" + ConfigLoader.fileName) {
            return Findings(diagnostics: ConfigLoader.load(source, registry: registry).1, problem: nil)
        }
        switch linter(for: path) {
        case .failure(let problem):
            return Findings(diagnostics: [], problem: problem)
        case .success(let linter):
            return Findings(diagnostics: linter.lint(source, format: format, explicit: false).diagnostics, problem: nil)
        }
    }

    /// The text with every safe fix applied, as `avslint --fix` writes it;
    /// nil when no fix applies.
    public func fixAll(_ bytes: [UInt8], path: String, format: InputFormat) -> [UInt8]? {
        guard case .success(let linter) = linter(for: path) else { return nil }
        let outcome = FixRunner(linter: linter).run(SourceFile(path: path, bytes: bytes), format: format, explicit: false)
        return outcome.changed ? outcome.source.bytes : nil
    }
}
