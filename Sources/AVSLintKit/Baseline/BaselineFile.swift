/// Reading and writing the baseline file.
extension Baseline {
    /// Why a baseline file cannot be used (exit 2).
    public enum FileError: Error, Sendable, Hashable {
        /// The file cannot be read.
        case unreadable(FileReadError)
        /// The file is not JSON (the loader's message).
        case syntax(file: String, at: Position, String)
        /// The JSON is not an object.
        case notAnObject(file: String)
        /// `version` is not 1.
        case badVersion(file: String, at: Position)
        /// `findings` is not a list.
        case findingsNotAList(file: String, at: Position)
        /// A finding lacks one of its strings.
        case badFinding(file: String, at: Position)

        /// One line naming the file and the problem.
        public var message: String {
            switch self {
            case .unreadable(let error): return "cannot read the baseline '\(error.path)': \(error.reason)"
            case .syntax(let file, let at, let message): return Self.malformed(file, at, message)
            case .notAnObject(let file): return "malformed baseline '\(file)': expected an object with 'version' and 'findings'"
            case .badVersion(let file, let at): return Self.malformed(file, at, "'version' must be 1")
            case .findingsNotAList(let file, let at): return Self.malformed(file, at, "'findings' must be a list")
            case .badFinding(let file, let at):
                return Self.malformed(file, at, "each finding needs the strings 'rule', 'file', 'path' and 'hash'")
            }
        }

        private static func malformed(_ file: String, _ at: Position, _ why: String) -> String {
            "malformed baseline '\(file)':\(at.line):\(at.column): \(why)"
        }
    }

    /// The baseline as pretty, sorted JSON with a final line break.
    public var json: String {
        JSONOutput.object([
            ("version", .int(1)),
            ("findings", .array(entries.map { entry in
                .object([
                    ("rule", .string(entry.rule)),
                    ("file", .string(entry.file)),
                    ("path", .string(entry.path)),
                    ("hash", .string(entry.hash)),
                    ("message", .string(entry.message)),
                ])
            })),
        ]).rendered
    }

    /// Reads the baseline file at `path`.
    public static func load(path: String) -> Result<Baseline, FileError> {
        switch FileReader.read(path) {
        case .failure(let error): return .failure(.unreadable(error))
        case .success(let bytes): return parse(SourceFile(path: path, bytes: bytes))
        }
    }

    /// Parses a baseline file.
    public static func parse(_ file: SourceFile) -> Result<Baseline, FileError> {
        let loaded = JSONLoader.load(file)
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(.syntax(file: file.path, at: problem.span.start, problem.message))
        }
        guard let root = loaded.documents.first?.root, root.members != nil else {
            return .failure(.notAnObject(file: file.path))
        }
        guard let version = root["version"], version.scalar?.text == "1", case .number? = version.scalar?.value else {
            return .failure(.badVersion(file: file.path, at: (root["version"] ?? root).span.start))
        }
        guard let list = root["findings"], let items = list.items else {
            return .failure(.findingsNotAList(file: file.path, at: (root["findings"] ?? root).span.start))
        }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard let rule = item["rule"]?.string, let file = item["file"]?.string, let path = item["path"]?.string,
                  let hash = item["hash"]?.string else {
                return .failure(.badFinding(file: file.path, at: item.span.start))
            }
            entries.append(Entry(rule: rule, file: normalize(file), path: path, hash: hash,
                                 message: item["message"]?.string ?? ""))
        }
        return .success(Baseline(entries: entries))
    }
}
