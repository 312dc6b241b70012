/// Reads the common lint command line (paths and the lint command's own
/// flags and options) without ArgumentParser, whose reflection costs more
/// than a small lint. Anything else, or anything in doubt (help, version,
/// completion, a subcommand name, an unknown or repeated option, a value
/// that does not read), gives nil, and ArgumentParser handles the line as
/// before, so its help, errors and completion stay the same.
/// `FastArgumentsTests` checks this table against ArgumentParser's own.
enum FastArguments {
    /// How the lint command takes one of its names. Plain functions, not
    /// key paths: a key path is built at run time, on each use.
    enum Kind {
        /// `--name`: sets a flag.
        case flag(@Sendable (inout LintInvocation) -> Void)
        /// `--name VALUE` once.
        case text(@Sendable (inout LintInvocation, String) -> Void)
        /// `--name N` once, N an integer.
        case integer(@Sendable (inout LintInvocation, Int) -> Void)
        /// `--name VALUE`, repeatable.
        case list(@Sendable (inout LintInvocation, String) -> Void)
    }

    /// Every name `LintCommand` declares, with how it is taken.
    static let names: [(name: String, kind: Kind)] = [
        ("--format", .list { $0.format.append($1) }),
        ("--output", .list { $0.output.append($1) }),
        ("-o", .list { $0.output.append($1) }),
        ("--stdin-filename", .text { $0.stdinFilename = $1 }),
        ("--schema", .text { $0.schema = $1 }),
        ("--config", .text { $0.config = $1 }),
        ("--rules-dir", .text { $0.rulesDir = $1 }),
        ("--max-warnings", .integer { $0.maxWarnings = $1 }),
        ("--quiet", .flag { $0.quiet = true }),
        ("--no-summary", .flag { $0.noSummary = true }),
        ("--list-files", .flag { $0.listFiles = true }),
        ("--color", .flag { $0.color = true }),
        ("--no-color", .flag { $0.color = false }),
        ("--verbose", .flag { $0.verbose = true }),
        ("--fix", .flag { $0.fix = true }),
        ("--fix-dry-run", .flag { $0.fixDryRun = true }),
        ("--baseline", .text { $0.baseline = $1 }),
        ("--write-baseline", .text { $0.writeBaseline = $1 }),
        ("--skip-non-configs", .flag { $0.skipNonConfigs = true }),
        ("--shard", .text { $0.shard = $1 }),
    ]

    /// How `name` is taken, or nil when the lint command has no such name.
    static func kind(of name: String) -> Kind? {
        names.first { $0.name == name }?.kind
    }

    /// The words ArgumentParser may read as a subcommand or a request for help.
    static let commandWords: Set<String> = ["lint", "rules", "explain", "schema", "sign", "inspect", "lsp", "help"]

    /// The lint settings `arguments` (without the program name) ask for, or
    /// nil when ArgumentParser should read them.
    static func lint(_ arguments: [String]) -> LintInvocation? {
        var invocation = LintInvocation(arguments: arguments)
        var remaining = arguments[...]
        if remaining.first == "lint" { remaining.removeFirst() }
        var seen: Set<String> = []
        while let argument = remaining.popFirst() {
            if commandWords.contains(argument) { return nil }
            guard argument.hasPrefix("-"), argument != "-" else {
                invocation.paths.append(argument)
                continue
            }
            var name = argument
            var attached: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            guard let kind = kind(of: name) else { return nil }
            // A second use of a name that is not a list: ArgumentParser decides.
            let key = kind.isList ? nil : (name == "--no-color" ? "--color" : name)
            if let key, !seen.insert(key).inserted { return nil }
            if kind.takesValue {
                guard let value = attached ?? remaining.popFirst(), !value.isEmpty,
                      !value.hasPrefix("-") || value == "-",
                      !(attached == nil && commandWords.contains(value)) else { return nil }
                guard kind.set(value, on: &invocation) else { return nil }
            } else {
                guard attached == nil else { return nil }
                kind.set(on: &invocation)
            }
        }
        return invocation
    }
}

extension FastArguments.Kind {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    var takesValue: Bool {
        if case .flag = self { return false }
        return true
    }

    /// Sets a flag.
    func set(on invocation: inout LintInvocation) {
        if case .flag(let set) = self { set(&invocation) }
    }

    /// Sets an option's value; false when it does not read.
    func set(_ value: String, on invocation: inout LintInvocation) -> Bool {
        switch self {
        case .text(let set), .list(let set): set(&invocation, value)
        case .integer(let set):
            guard let number = Int(value) else { return false }
            set(&invocation, number)
        case .flag: return false
        }
        return true
    }
}
