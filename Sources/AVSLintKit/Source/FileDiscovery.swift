/// A file the run will lint.
public struct DiscoveredFile: Sendable, Hashable {
    /// The path as shown in findings (as given, or joined under the walked folder).
    public var path: String
    /// Which loader reads it.
    public var format: InputFormat
    /// True when named on the command line rather than found by a walk.
    public var explicit: Bool
    /// The content when it is in memory (standard input, an editor's
    /// buffer): it is linted instead of reading `path`, and fixes are never
    /// written back. Nil to read the file.
    public var contents: [UInt8]?

    /// Creates a file to lint.
    public init(path: String, format: InputFormat, explicit: Bool, contents: [UInt8]? = nil) {
        self.path = path
        self.format = format
        self.explicit = explicit
        self.contents = contents
    }
}

/// Turns command-line paths into the list of files to lint (DESIGN.md, Inputs).
public struct FileDiscovery: Sendable {
    /// Folder names never walked into.
    public static let skippedFolders: Set<String> = ["node_modules", ".build", "miniprogram_npm"]

    /// Folders whose JavaScript is build output, not sources: a walk reads
    /// no `.js`/`.ts`/`.vue` file below them (YAML and JSON still count).
    public static let scriptOutputFolders: Set<String> = ["dist", "unpackage"]

    /// True for a walked script file that is generated, not written: `*.min.js`.
    static func isMinified(_ name: String) -> Bool {
        // ASCII case folding on bytes: this runs for every script a walk finds.
        let suffix = Array(".min.js".utf8)
        let bytes = name.utf8
        guard bytes.count >= suffix.count else { return false }
        for (byte, expected) in zip(bytes.suffix(suffix.count), suffix) {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if folded != expected { return false }
        }
        return true
    }

    /// True to apply the walk's rules to named files too (`--skip-non-configs`):
    /// hidden and skipped folders, build output and minified scripts are left
    /// out, and what is linted may be skipped as not a launch config.
    public var namedAsWalked: Bool

    /// Creates a discovery.
    public init(namedAsWalked: Bool = false) {
        self.namedAsWalked = namedAsWalked
    }

    /// What a discovery found.
    public struct Result: Sendable {
        /// Files to lint, in a stable order (arguments in order, walks sorted by name).
        public var files: [DiscoveredFile] = []
        /// Paths that could not be used: each an I/O or usage problem (exit 2).
        public var problems: [String] = []
        /// Walked files left out, and why (for `--verbose`).
        public var skipped: [(path: String, reason: String)] = []
    }

    /// Expands `paths` (files and folders) into files.
    /// - Parameters:
    ///   - paths: what the user named.
    ///   - isExcluded: true for a path (file or folder) that the `exclude:`
    ///     of its configuration names; asked of named files and of every walked entry.
    public func discover(_ paths: [String], isExcluded: (String) -> Bool = { _ in false }) -> Result {
        var result = Result()
        // Paths seen so far, to list a file named twice (or inside a walked
        // folder too) once. One path cannot repeat a file: no set to fill.
        var seen = Set<String>()
        let mayRepeat = paths.count > 1
        for path in paths {
            let kind: Platform.FileKind
            switch Platform.kind(of: path) {
            case .success(let found): kind = found
            case .failure(let error):
                if case .permissionDenied = error {
                    result.problems.append(error.message)
                } else {
                    result.problems.append(FileReadError.notFound(path).message)
                }
                continue
            }
            if kind == .folder {
                walk(path, into: &result, seen: &seen, dedupe: mayRepeat, isExcluded: isExcluded)
            } else if let format = InputFormat(path: path) {
                if isExcluded(path) {
                    result.skipped.append((path, "excluded by config"))
                    continue
                }
                if namedAsWalked, let reason = FileDiscovery.walkSkipReason(path, format: format) {
                    result.skipped.append((path, reason))
                    continue
                }
                let explicit = !namedAsWalked
                if !mayRepeat || seen.insert(path).inserted {
                    result.files.append(DiscoveredFile(path: path, format: format, explicit: explicit))
                } else if let index = result.files.firstIndex(where: { $0.path == path }) {
                    result.files[index].explicit = result.files[index].explicit || explicit
                }
            } else if namedAsWalked {
                result.skipped.append((path, "not a \(InputFormat.extensionList) file"))
            } else {
                result.problems.append("cannot lint '\(path)': not a \(InputFormat.extensionList) file")
            }
        }
        return result
    }

    /// Why a walk would not list the file at `path`, or nil when it would:
    /// a hidden or skipped folder on the way, or a script in build output
    /// or minified.
    static func walkSkipReason(_ path: String, format: InputFormat) -> String? {
        let segments = path.split(separator: "/")
        for segment in segments where segment != "." && segment != ".." {
            if segment.hasPrefix(".") { return "hidden" }
            if segment != segments.last, skippedFolders.contains(String(segment)) { return "in '\(segment)'" }
        }
        guard format == .javascript else { return nil }
        if segments.dropLast().contains(where: { scriptOutputFolders.contains(String($0)) }) { return "build output" }
        if let name = segments.last, isMinified(String(name)) { return "minified" }
        return nil
    }

    private func walk(
        _ root: String, into result: inout Result, seen: inout Set<String>, dedupe: Bool, isExcluded: (String) -> Bool
    ) {
        var pending = [(folder: root, inScriptOutput: false)]
        while let (folder, inScriptOutput) = pending.popLast() {
            guard var entries = Platform.folderEntries(folder) else {
                result.problems.append(FileReadError.permissionDenied(folder).message)
                continue
            }
            entries.sort { $0.name < $1.name }
            var subfolders: [(folder: String, inScriptOutput: Bool)] = []
            let prefix = folder == "." ? "" : folder.hasSuffix("/") ? folder : folder + "/"
            for (name, type) in entries {
                let path = prefix + name
                // Only a folder (or a link or an entry of unknown type) can be
                // one of the skipped folders: regular files skip the lookup.
                if name.hasPrefix(".") || (type != .regular && FileDiscovery.skippedFolders.contains(name)) { continue }
                if isExcluded(path) {
                    result.skipped.append((path, "excluded by config"))
                    continue
                }
                // The folder entry's type spares a stat for regular files
                // and folders; other kinds (links, unknown) are asked for.
                var kind: Platform.FileKind
                if let type {
                    kind = type
                } else {
                    guard let found = try? Platform.kind(of: path, followingLinks: false).get() else { continue }
                    kind = found
                }
                if kind == .link {
                    // Follow links to files only: a linked folder could loop.
                    guard let target = try? Platform.kind(of: path).get() else {
                        result.skipped.append((path, "broken symbolic link"))
                        continue
                    }
                    kind = target
                    if kind == .folder {
                        result.skipped.append((path, "symbolic link to a folder"))
                        continue
                    }
                }
                if kind == .folder {
                    subfolders.append((path, inScriptOutput || FileDiscovery.scriptOutputFolders.contains(name)))
                } else if let format = InputFormat(path: path) {
                    if format == .javascript, inScriptOutput || FileDiscovery.isMinified(name) { continue }
                    if !dedupe || seen.insert(path).inserted {
                        result.files.append(DiscoveredFile(path: path, format: format, explicit: false))
                    }
                }
            }
            pending.append(contentsOf: subfolders.reversed())
        }
    }
}
