#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal and files without Foundation.
enum Output {
    /// Writes `text` to standard output.
    static func standardOutput(_ text: String) {
        write(text, to: 1)
    }

    /// Writes `text` to standard error.
    static func standardError(_ text: String) {
        write(text, to: 2)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(descriptor, base + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                written += n
            }
        }
    }

    /// Reports an I/O or usage problem: `avslint: MESSAGE` on standard error.
    static func problem(_ message: String) {
        standardError("avslint: " + message + "\n")
    }

    /// True when standard output is a terminal.
    static var isTerminal: Bool { isatty(1) == 1 }

    /// The value of an environment variable.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The current working directory.
    static var workingDirectory: String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
