#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path could not be read. Each is an I/O problem (exit 2).
public enum FileReadError: Error, Sendable, Equatable {
    case notFound(String)
    case isDirectory(String)
    case notRegularFile(String)
    case permissionDenied(String)
    case tooLarge(String, Int)
    case failed(String, Int32)

    /// One line that names the path and the problem.
    public var message: String {
        switch self {
        case .notFound(let path): return "cannot read '\(path)': no such file or directory"
        case .isDirectory(let path): return "cannot read '\(path)': it is a directory, not a file"
        case .notRegularFile(let path): return "cannot read '\(path)': not a regular file"
        case .permissionDenied(let path): return "cannot read '\(path)': permission denied"
        case .tooLarge(let path, let limit): return "cannot read '\(path)': larger than \(limit / (1 << 20)) MiB"
        case .failed(let path, let code): return "cannot read '\(path)': \(String(cString: strerror(code)))"
        }
    }
}

/// Reads whole regular files with plain system calls (no Foundation on the hot path).
public enum FileReader {
    /// Largest file read (bigger files are an I/O problem, not an out-of-memory kill).
    public static let maxBytes = 512 << 20

    /// The bytes of the regular file at `path`. A FIFO, socket or device is
    /// refused without blocking; a directory is refused.
    public static func read(_ path: String) -> Result<[UInt8], FileReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { return .failure(error(errno, path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(error(errno, path)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { return .failure(.isDirectory(path)) }
        guard kind == S_IFREG else { return .failure(.notRegularFile(path)) }
        let size = Int(info.st_size)
        guard size <= maxBytes else { return .failure(.tooLarge(path, maxBytes)) }
        // Read straight into the array's storage instead of zeroing it first
        // (that doubled the memory traffic of a walk over many scripts).
        // Sound: only the `filled` bytes that read(2) wrote are declared
        // initialized.
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            defer { initialized = filled }
            guard let base = buffer.baseAddress else { return }
            while filled < size {
                let n = Glibc.read(fd, base + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                filled += n
            }
        }
        if let failure { return .failure(error(failure, path)) }
        return .success(bytes)
    }

    /// The bytes of standard input.
    public static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > maxBytes { break }
        }
        return bytes
    }

    private static func error(_ code: Int32, _ path: String) -> FileReadError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path)
        case EACCES, EPERM: return .permissionDenied(path)
        case EISDIR: return .isDirectory(path)
        default: return .failed(path, code)
        }
    }
}
