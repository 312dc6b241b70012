/// Reads the common lint command line (paths and the lint command's own
/// flags and options) without ArgumentParser, whose reflection costs more
/// than a small lint. Anything else, or anything in doubt (help, version,
/// completion, a subcommand name, an unknown or repeated option, a value
/// that does not read), gives nil, and ArgumentParser handles the line as
/// before, so its help, errors and completion stay the same.
/// `FastArgumentsTests` checks this table against ArgumentParser's own.
enum FastArguments {
    /// How the lint command takes one of its names.
    enum Kind {
        /// `--name`: sets a Bool.
        case flag(WritableKeyPath<LintInvocation, Bool>)
        /// `--color` / `--no-color`: sets an optional Bool.
        case optionalFlag(WritableKeyPath<LintInvocation, Bool?>, Bool)
        /// `--name VALUE` once.
        case text(WritableKeyPath<LintInvocation, String?>)
        /// `--name N` once, N an integer.
        case integer(WritableKeyPath<LintInvocation, Int?>)
        /// `--name VALUE`, repeatable.
        case list(WritableKeyPath<LintInvocation, [String]>)
    }

    /// Every name `LintCommand` declares, with how it is taken.
    static var names: [String: Kind] {
        [
            "--format": .list(\.format),
            "--output": .list(\.output),
            "-o": .list(\.output),
            "--stdin-filename": .text(\.stdinFilename),
            "--schema": .text(\.schema),
            "--config": .text(\.config),
            "--rules-dir": .text(\.rulesDir),
            "--max-warnings": .integer(\.maxWarnings),
            "--quiet": .flag(\.quiet),
            "--no-summary": .flag(\.noSummary),
            "--list-files": .flag(\.listFiles),
            "--color": .optionalFlag(\.color, true),
            "--no-color": .optionalFlag(\.color, false),
            "--verbose": .flag(\.verbose),
            "--fix": .flag(\.fix),
            "--fix-dry-run": .flag(\.fixDryRun),
            "--baseline": .text(\.baseline),
            "--write-baseline": .text(\.writeBaseline),
            "--skip-non-configs": .flag(\.skipNonConfigs),
            "--shard": .text(\.shard),
        ]
    }

    /// The words ArgumentParser may read as a subcommand or a request for help.
    static let commandWords: Set<String> = ["lint", "rules", "explain", "schema", "sign", "inspect", "lsp", "help"]

    /// The lint settings `arguments` (without the program name) ask for, or
    /// nil when ArgumentParser should read them.
    static func lint(_ arguments: [String]) -> LintInvocation? {
        var invocation = LintInvocation(arguments: arguments)
        var remaining = arguments[...]
        if remaining.first == "lint" { remaining.removeFirst() }
        let names = names
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
            guard let kind = names[name] else { return nil }
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
        switch self {
        case .flag, .optionalFlag: false
        case .text, .integer, .list: true
        }
    }

    /// Sets a flag.
    func set(on invocation: inout LintInvocation) {
        switch self {
        case .flag(let path): invocation[keyPath: path] = true
        case .optionalFlag(let path, let value): invocation[keyPath: path] = value
        case .text, .integer, .list: break
        }
    }

    /// Sets an option's value; false when it does not read.
    func set(_ value: String, on invocation: inout LintInvocation) -> Bool {
        switch self {
        case .text(let path): invocation[keyPath: path] = value
        case .integer(let path):
            guard let number = Int(value) else { return false }
            invocation[keyPath: path] = number
        case .list(let path): invocation[keyPath: path].append(value)
        case .flag, .optionalFlag: return false
        }
        return true
    }
}
