/// Builds the linter each file gets: the configuration nearest to the file
/// (or the one given with `--config`), its rules and schema, and the
/// signing secret from the environment variable the configuration names.
/// Each config file is read once per run.
public struct LinterSetup {
    /// A configuration or setup problem: the run exits 2.
    public struct Problem: Error, Sendable {
        /// Positioned findings in the config file, if any.
        public var diagnostics: [Diagnostic]
        /// A one-line description when there is no position.
        public var message: String?
    }

    /// The embedded rules (plus `--rules-dir`).
    public var rules: RuleSet {
        didSet { registry = RuleRegistry(rules) }
    }
    /// Every id the rules and the built-in checks can report.
    public private(set) var registry: RuleRegistry
    /// A schema given with `--schema`, which wins over the config's.
    public var schemaOverride: JSONSchema?
    /// A config file given with `--config`, which every file uses.
    public var explicitConfig: String?
    /// Settings given in memory, which every file uses (they win over `explicitConfig`).
    public var explicitConfiguration: Configuration?
    /// Reads an environment variable.
    public var environment: @Sendable (String) -> String?
    /// Give each JavaScript file an info saying how many values are computed at run time (`--verbose`).
    public var reportsComputedValues = false

    /// Every signing secret a linter of this run was given: reports mask
    /// them in the source lines they show.
    public private(set) var secrets: Set<String> = []

    private var configsByFolder: [String: String?] = [:]
    private var configurations: [String: Result<Configuration, Problem>] = [:]
    /// The folder of the last file asked about, and its config.
    private var lastFolder: (folder: String, config: String?)?
    private var lintersByConfig: [String: Linter] = [:]
    private var defaultLinter: Linter?

    /// Creates a setup.
    public init(rules: RuleSet, schemaOverride: JSONSchema? = nil, explicitConfig: String? = nil,
                environment: @escaping @Sendable (String) -> String?) {
        self.rules = rules
        registry = RuleRegistry(rules)
        self.schemaOverride = schemaOverride
        self.explicitConfig = explicitConfig
        self.environment = environment
    }

    /// The linter for a file at `path`.
    public mutating func linter(forFileAt path: String) throws(Problem) -> Linter {
        if let explicitConfiguration {
            if let defaultLinter { return defaultLinter }
            let made = try makeLinter(explicitConfiguration)
            defaultLinter = made
            remember(made)
            return made
        }
        let configPath = explicitConfig ?? nearestConfig(toFileAt: path)
        guard let configPath else {
            if let defaultLinter { return defaultLinter }
            let made = try makeLinter(Configuration())
            defaultLinter = made
            remember(made)
            return made
        }
        if let cached = lintersByConfig[configPath] { return cached }
        let configuration = try loadConfiguration(configPath)
        let made = try makeLinter(configuration)
        lintersByConfig[configPath] = made
        remember(made)
        return made
    }

    private mutating func remember(_ linter: Linter) {
        if let secret = secret(for: linter.configuration) { secrets.insert(secret) }
    }

    private func secret(for configuration: Configuration) -> String? {
        environment(configuration.secretEnv).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The configuration that applies to the working folder.
    public mutating func workingFolderConfiguration() throws(Problem) -> Configuration {
        if let explicitConfiguration { return explicitConfiguration }
        guard let path = explicitConfig ?? ConfigLoader.find(startingAt: ".") else { return Configuration() }
        return try loadConfiguration(path)
    }

    /// True when the `exclude:` of the configuration that applies to `path`
    /// (a file or folder) names it, relative to that configuration's folder.
    /// A configuration that cannot be read excludes nothing (linting the
    /// file then reports the problem).
    public mutating func isExcluded(_ path: String, workingDirectory: String) -> Bool {
        if let explicitConfiguration {
            return explicitConfiguration.excludes(absolutePath: Paths.absolute(path, in: workingDirectory))
        }
        guard let configPath = explicitConfig ?? nearestConfig(toFileAt: path),
              let configuration = try? loadConfiguration(configPath), !configuration.exclude.isEmpty else { return false }
        return configuration.excludes(absolutePath: Paths.absolute(path, in: workingDirectory))
    }

    private mutating func nearestConfig(toFileAt path: String) -> String? {
        let folder = Paths.parentFolder(of: path) ?? "."
        // A walk lists a folder's files together: the previous file's answer
        // usually holds, without hashing the folder name.
        if let last = lastFolder, last.folder == folder { return last.config }
        let found: String?
        if let known = configsByFolder[folder] {
            found = known
        } else {
            found = ConfigLoader.find(startingAt: folder)
            configsByFolder[folder] = found
        }
        lastFolder = (folder, found)
        return found
    }

    /// The configuration in the file at `path`, read once per run.
    private mutating func loadConfiguration(_ path: String) throws(Problem) -> Configuration {
        if let known = configurations[path] { return try known.get() }
        let loaded: Result<Configuration, Problem>
        switch FileReader.read(path) {
        case .failure(let error):
            loaded = .failure(Problem(diagnostics: [], message: error.message))
        case .success(let bytes):
            let (configuration, diagnostics) = ConfigLoader.load(SourceFile(path: path, bytes: bytes), registry: registry)
            loaded = configuration.map { .success($0) } ?? .failure(Problem(diagnostics: diagnostics, message: nil))
        }
        configurations[path] = loaded
        return try loaded.get()
    }

    private func makeLinter(_ configuration: Configuration) throws(Problem) -> Linter {
        let secret = secret(for: configuration)
        let schemaChecker: LaunchSchemaChecker
        if let schemaOverride {
            schemaChecker = LaunchSchemaChecker(schema: schemaOverride, secret: secret)
        } else if let path = configuration.schemaPath {
            switch LaunchSchemaChecker.load(path: path) {
            case .success(let schema): schemaChecker = LaunchSchemaChecker(schema: schema, secret: secret)
            case .failure(let error): throw Problem(diagnostics: [], message: error.message)
            }
        } else {
            do {
                schemaChecker = try LaunchSchemaChecker(secret: secret)
            } catch {
                throw Problem(diagnostics: [], message: "the embedded schema cannot be used: \(error)")
            }
        }
        var ruleSet = rules
        if let folder = configuration.rulesDirectory {
            ruleSet = ruleSet.merging(try LinterSetup.loadRules(in: folder))
        }
        let engine = RuleEngine(rules: ruleSet, configuration: configuration, secret: secret)
        var linter = Linter(configuration: configuration, checkers: [schemaChecker, engine])
        linter.reportsComputedValues = reportsComputedValues
        return linter
    }

    /// Reads every `*.yaml` rule file under `folder`.
    public static func loadRules(in folder: String) throws(Problem) -> RuleSet {
        let found = FileDiscovery().discover([folder])
        if let problem = found.problems.first { throw Problem(diagnostics: [], message: problem) }
        var files: [(path: String, text: String)] = []
        for file in found.files where file.format == .yaml {
            switch FileReader.read(file.path) {
            case .failure(let error): throw Problem(diagnostics: [], message: error.message)
            case .success(let bytes): files.append((file.path, String(decoding: bytes, as: UTF8.self)))
            }
        }
        do {
            return try RuleSet(files: files)
        } catch {
            throw Problem(diagnostics: [], message: error.description)
        }
    }
}
