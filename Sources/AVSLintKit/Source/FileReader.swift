/// Why a path could not be read. Each is an I/O problem (exit 2).
public enum FileReadError: Error, Sendable, Equatable {
    case notFound(String)
    case isDirectory(String)
    case notRegularFile(String)
    case permissionDenied(String)
    case tooLarge(String, Int)
    /// Any other failure, with the system's text for it.
    case failed(String, String)

    /// One line that names the path and the problem.
    public var message: String {
        switch self {
        case .notFound(let path): return "cannot read '\(path)': no such file or directory"
        case .isDirectory(let path): return "cannot read '\(path)': it is a directory, not a file"
        case .notRegularFile(let path): return "cannot read '\(path)': not a regular file"
        case .permissionDenied(let path): return "cannot read '\(path)': permission denied"
        case .tooLarge(let path, let limit): return "cannot read '\(path)': larger than \(limit / (1 << 20)) MiB"
        case .failed(let path, let reason): return "cannot read '\(path)': \(reason)"
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
