#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var existing = stat()
        var mode: mode_t = 0o644
        if stat(path, &existing) == 0 {
            if existing.st_mode & S_IFMT == S_IFDIR {
                return .failure(WriteError(message: "cannot write '\(path)': it is a directory"))
            }
            mode = existing.st_mode & 0o7777
        }
        var template = Array((folder + "/.avslint-tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { return .failure(failure(path, errno)) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, base + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        let code = errno
        ok = ok && fchmod(fd, mode) == 0 && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let reason = ok ? errno : code
            unlink(temporary)
            return .failure(failure(path, reason))
        }
        return .success(())
    }

    private static func failure(_ path: String, _ code: Int32) -> WriteError {
        WriteError(message: "cannot write '\(path)': \(String(cString: strerror(code)))")
    }
}
