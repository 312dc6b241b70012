#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the run will lint.
public struct DiscoveredFile: Sendable, Hashable {
    /// The path as shown in findings (as given, or joined under the walked folder).
    public var path: String
    /// Which loader reads it.
    public var format: InputFormat
    /// True when named on the command line rather than found by a walk.
    public var explicit: Bool
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

    /// Globs that walks skip.
    public var exclude: [Glob]

    /// Creates a discovery with `exclude` globs.
    public init(exclude: [String] = []) {
        self.exclude = exclude.map(Glob.init)
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
    public func discover(_ paths: [String]) -> Result {
        var result = Result()
        // Paths seen so far, to list a file named twice (or inside a walked
        // folder too) once. One path cannot repeat a file: no set to fill.
        var seen = Set<String>()
        let mayRepeat = paths.count > 1
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                result.problems.append(errno == EACCES
                    ? FileReadError.permissionDenied(path).message
                    : FileReadError.notFound(path).message)
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &result, seen: &seen, dedupe: mayRepeat)
            } else if let format = InputFormat(path: path) {
                if !mayRepeat || seen.insert(path).inserted {
                    result.files.append(DiscoveredFile(path: path, format: format, explicit: true))
                } else if let index = result.files.firstIndex(where: { $0.path == path }) {
                    result.files[index].explicit = true
                }
            } else {
                result.problems.append("cannot lint '\(path)': not a \(InputFormat.extensionList) file")
            }
        }
        return result
    }

    private func isExcluded(_ path: String) -> Bool {
        exclude.contains { $0.matches(path) }
    }

    private func walk(_ root: String, into result: inout Result, seen: inout Set<String>, dedupe: Bool) {
        var pending = [(folder: root, inScriptOutput: false)]
        while let (folder, inScriptOutput) = pending.popLast() {
            guard let handle = opendir(folder) else {
                result.problems.append(FileReadError.permissionDenied(folder).message)
                continue
            }
            var entries: [FolderEntry] = []
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { entries.append(FolderEntry(name: name, type: entry.pointee.d_type)) }
            }
            closedir(handle)
            entries.sort { $0.name < $1.name }
            var subfolders: [(folder: String, inScriptOutput: Bool)] = []
            let prefix = folder == "." ? "" : folder.hasSuffix("/") ? folder : folder + "/"
            for entry in entries {
                let name = entry.name, type = entry.type
                let path = prefix + name
                // Only a folder (or a link or an entry of unknown type) can be
                // one of the skipped folders: regular files skip the lookup.
                if name.hasPrefix(".") || (type != UInt8(DT_REG) && FileDiscovery.skippedFolders.contains(name)) { continue }
                if isExcluded(path) {
                    result.skipped.append((path, "excluded by config"))
                    continue
                }
                var kind: mode_t
                // The folder entry's type spares a stat for regular files
                // and folders; other kinds (links, unknown) are asked for.
                if type == UInt8(DT_REG) {
                    kind = S_IFREG
                } else if type == UInt8(DT_DIR) {
                    kind = S_IFDIR
                } else {
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    kind = info.st_mode & S_IFMT
                }
                var info = stat()
                if kind == S_IFLNK {
                    // Follow links to files only: a linked folder could loop.
                    guard stat(path, &info) == 0 else {
                        result.skipped.append((path, "broken symbolic link"))
                        continue
                    }
                    kind = info.st_mode & S_IFMT
                    if kind == S_IFDIR {
                        result.skipped.append((path, "symbolic link to a folder"))
                        continue
                    }
                }
                if kind == S_IFDIR {
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

/// A name read from a folder and the entry's type (`DT_REG`, `DT_DIR`, …,
/// or `DT_UNKNOWN` where the file system does not say).
private struct FolderEntry {
    var name: String
    var type: UInt8
}
