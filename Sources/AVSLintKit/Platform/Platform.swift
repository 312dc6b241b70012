#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C calls whose names `Platform` reuses, reached from file scope.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemExit(_ status: Int32) -> Never { exit(status) }

/// Every call into the C library: the rest of avslint names no libc, so it
/// builds with Glibc (Linux) or Darwin (macOS) alike. Reads and writes
/// retry when a signal interrupts them (EINTR).
public enum Platform {
    // MARK: - Process

    /// The value of an environment variable.
    @Sendable public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The current working directory (absolute), or "/" when it cannot be read.
    public static var workingDirectory: String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// True when the descriptor (1 standard output, 2 standard error) is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Seconds since 1970 on the wall clock.
    public static func secondsSinceEpoch() -> Int { Int(time(nil)) }

    /// Makes a write to a closed pipe fail with EPIPE instead of ending the
    /// process (a server must see the end of its input).
    public static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    /// Ends the process with `status`.
    public static func exit(_ status: Int32) -> Never { systemExit(status) }

    /// The text of an `errno` value (`No such file or directory`).
    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    // MARK: - Descriptors

    /// Writes `text` to a descriptor (1 standard output, 2 standard error);
    /// a failed write is dropped, as a closed pipe leaves nothing to tell.
    public static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in _ = writeAll(descriptor, UnsafeRawBufferPointer(buffer)) }
    }

    /// Writes all of `bytes` to `descriptor`; returns 0 or the failure's `errno`.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var written = 0
        while written < bytes.count {
            let n = systemWrite(descriptor, base + written, bytes.count - written)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            written += n
        }
        return 0
    }

    /// Reads from `descriptor` into `buffer` until it is full or the input
    /// ends; returns the count read, or the failure's `errno`.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> (count: Int, error: Int32?) {
        guard let base = buffer.baseAddress else { return (0, nil) }
        var filled = 0
        while filled < buffer.count {
            let n = systemRead(descriptor, base + filled, buffer.count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                return (filled, errno)
            }
            if n == 0 { break }
            filled += n
        }
        return (filled, nil)
    }

    /// The next bytes available on `descriptor` (at most `limit`), or nil at
    /// the end of the input or on a read error: for a stream read as it comes.
    public static func readAvailable(_ descriptor: Int32, limit: Int = 1 << 16) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: max(limit, 1))
        while true {
            let n = chunk.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { systemRead(descriptor, $0, buffer.count) } ?? 0
            }
            if n < 0 && errno == EINTR { continue }
            return n > 0 ? Array(chunk[0..<n]) : nil
        }
    }

    /// Standard input, up to a little over `limit` bytes.
    static func readStandardInput(limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let (n, _) = chunk.withUnsafeMutableBytes { readFully(0, into: $0) }
            bytes += chunk[0..<n]
            if n < chunk.count { break }
        }
        return bytes
    }

    // MARK: - Files

    /// The bytes of the regular file at `path`. A FIFO, socket or device is
    /// refused without blocking; a directory is refused.
    static func readRegularFile(_ path: String, limit: Int) -> Result<[UInt8], FileReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { return .failure(FileReadError(errno: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileReadError(errno: errno, path: path)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { return .failure(.isDirectory(path)) }
        guard kind == S_IFREG else { return .failure(.notRegularFile(path)) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(path, limit)) }
        var failure: Int32?
        // Read straight into the array's storage: only the bytes read(2)
        // wrote are declared initialized.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            let (count, error) = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = count
            failure = error
        }
        if let failure { return .failure(FileReadError(errno: failure, path: path)) }
        return .success(bytes)
    }

    /// What a path names.
    enum FileKind: Sendable, Hashable {
        case regular, folder, link, other
    }

    /// What `path` names, following a final symbolic link unless `followingLinks`
    /// is false; an error names why it cannot be told.
    static func kind(of path: String, followingLinks: Bool = true) -> Result<FileKind, FileReadError> {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .failure(FileReadError(errno: errno, path: path)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.regular)
        case S_IFDIR: return .success(.folder)
        case S_IFLNK: return .success(.link)
        default: return .success(.other)
        }
    }

    /// The entries of a folder other than `.` and `..`, each with its kind
    /// when the file system says it (nil otherwise), or nil when the folder
    /// cannot be opened.
    static func folderEntries(_ path: String) -> [(name: String, kind: FileKind?)]? {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var entries: [(name: String, kind: FileKind?)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            let type = entry.pointee.d_type
            entries.append((name, type == UInt8(DT_REG) ? .regular : type == UInt8(DT_DIR) ? .folder : nil))
        }
        return entries
    }

    /// Replaces the file at `path` with `bytes` so that a reader sees the old
    /// bytes or the new ones, never half a file: a temporary file in
    /// `folder` is written, synced, given the old file's mode and renamed
    /// over the target.
    /// - Returns: nil, or the text of the failure.
    static func replaceFile(at path: String, in folder: String, with bytes: [UInt8]) -> String? {
        var existing = stat()
        var mode: mode_t = 0o644
        if stat(path, &existing) == 0 {
            if existing.st_mode & S_IFMT == S_IFDIR { return "it is a directory" }
            mode = existing.st_mode & 0o7777
        }
        var template = Array((folder + "/.avslint-tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { return errorText(errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var code = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if code == 0, fchmod(fd, mode) != 0 || fsync(fd) != 0 { code = errno }
        close(fd)
        if code == 0, rename(temporary, path) != 0 { code = errno }
        guard code == 0 else {
            unlink(temporary)
            return errorText(code)
        }
        return nil
    }
}

extension FileReadError {
    /// The error an `errno` value means for `path`.
    init(errno code: Int32, path: String) {
        switch code {
        case ENOENT, ENOTDIR: self = .notFound(path)
        case EACCES, EPERM: self = .permissionDenied(path)
        case EISDIR: self = .isDirectory(path)
        default: self = .failed(path, Platform.errorText(code))
        }
    }
}
