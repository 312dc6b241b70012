/// Replaces files so that a reader sees the old bytes or the new ones, never
/// half a file: write a temporary file in the same folder, fsync it, keep the
/// old file's mode, rename it over the target.
public enum AtomicFile {
    /// Why a write failed; the target is untouched.
    public struct WriteError: Error, Sendable, Equatable {
        /// One line naming the path and the problem.
        public var message: String
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) -> Result<Void, WriteError> {
        let folder: String
        if let slash = path.lastIndex(of: "/") {
            folder = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            folder = "."
        }
        if let reason = Platform.replaceFile(at: path, in: folder, with: bytes) {
            return .failure(WriteError(message: "cannot write '\(path)': \(reason)"))
        }
        return .success(())
    }
}
