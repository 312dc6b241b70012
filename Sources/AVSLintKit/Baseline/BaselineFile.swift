/// Reading and writing the baseline file.
extension Baseline {
    /// Why a baseline file cannot be used (exit 2).
    public struct FileError: Error, Sendable, Hashable {
        /// One line naming the file and the problem.
        public var message: String
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
        case .failure(let error):
            let prefix = "cannot read '\(path)'"
            let message = error.message.hasPrefix(prefix)
                ? "cannot read the baseline '\(path)'" + error.message.dropFirst(prefix.count) : error.message
            return .failure(FileError(message: message))
        case .success(let bytes): return parse(SourceFile(path: path, bytes: bytes))
        }
    }

    /// Parses a baseline file.
    public static func parse(_ file: SourceFile) -> Result<Baseline, FileError> {
        func malformed(_ why: String, _ node: Node? = nil) -> Result<Baseline, FileError> {
            let at = node.map { ":\($0.span.start.line):\($0.span.start.column)" } ?? ""
            return .failure(FileError(message: "malformed baseline '\(file.path)'\(at): \(why)"))
        }
        let loaded = JSONLoader.load(file)
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(FileError(message:
                "malformed baseline '\(file.path)':\(problem.span.start.line):\(problem.span.start.column): \(problem.message)"))
        }
        guard let root = loaded.documents.first?.root, root.members != nil else {
            return malformed("expected an object with 'version' and 'findings'")
        }
        guard let version = root["version"], version.scalar?.text == "1", case .number? = version.scalar?.value else {
            return malformed("'version' must be 1", root["version"] ?? root)
        }
        guard let list = root["findings"], let items = list.items else {
            return malformed("'findings' must be a list", root["findings"] ?? root)
        }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard let rule = item["rule"]?.string, let file = item["file"]?.string, let path = item["path"]?.string,
                  let hash = item["hash"]?.string else {
                return malformed("each finding needs the strings 'rule', 'file', 'path' and 'hash'", item)
            }
            entries.append(Entry(rule: rule, file: normalize(file), path: path, hash: hash,
                                 message: item["message"]?.string ?? ""))
        }
        return .success(Baseline(entries: entries))
    }
}
