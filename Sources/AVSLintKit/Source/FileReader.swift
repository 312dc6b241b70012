/// Why a path could not be read. Each is an I/O problem (exit 2).
public enum FileReadError: Error, Sendable, Hashable {
    case notFound(String)
    case isDirectory(String)
    case notRegularFile(String)
    case permissionDenied(String)
    case tooLarge(String, Int)
    /// Any other failure, with the system's text for it.
    case failed(String, String)

    /// One line that names the path and the problem.
    public var message: String {
        "cannot read '\(path)': \(reason)"
    }

    /// The path that could not be read.
    public var path: String {
        switch self {
        case .notFound(let path), .isDirectory(let path), .notRegularFile(let path), .permissionDenied(let path),
             .tooLarge(let path, _), .failed(let path, _):
            return path
        }
    }

    /// The problem, without the path (`no such file or directory`).
    public var reason: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .isDirectory: return "it is a directory, not a file"
        case .notRegularFile: return "not a regular file"
        case .permissionDenied: return "permission denied"
        case .tooLarge(_, let limit): return "larger than \(limit / (1 << 20)) MiB"
        case .failed(_, let reason): return reason
        }
    }
}

/// Reads whole regular files and standard input (no Foundation on the hot path).
public enum FileReader {
    /// Largest file read (bigger files are an I/O problem, not an out-of-memory kill).
    public static let maxBytes = 512 << 20

    /// The bytes of the regular file at `path`. A FIFO, socket or device is
    /// refused without blocking; a directory is refused.
    public static func read(_ path: String) -> Result<[UInt8], FileReadError> {
        Platform.readRegularFile(path, limit: maxBytes)
    }

    /// The bytes of standard input.
    public static func readStandardInput() -> [UInt8] {
        Platform.readStandardInput(limit: maxBytes)
    }

    /// True when something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        if case .success = Platform.kind(of: path) { return true }
        return false
    }
}
