#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal and files without Foundation.
enum Output {
    /// Writes `text` to standard output.
    static func standardOutput(_ text: String) {
        write(text, to: stdout)
    }

    /// Writes `text` to standard error.
    static func standardError(_ text: String) {
        write(text, to: stderr)
    }

    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        var text = text
        text.withUTF8 { buffer in
            _ = fwrite(buffer.baseAddress, 1, buffer.count, stream)
        }
        fflush(stream)
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
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }
}
