import AVSLintKit

/// Writing to the terminal, through the library's platform layer.
enum Output {
    /// Writes `text` to standard output.
    static func standardOutput(_ text: String) {
        Platform.write(text, to: 1)
    }

    /// Writes `text` to standard error.
    static func standardError(_ text: String) {
        Platform.write(text, to: 2)
    }

    /// Reports an I/O or usage problem: `avslint: MESSAGE` on standard error.
    static func problem(_ message: String) {
        standardError("avslint: " + message + "\n")
    }

    /// True when standard output is a terminal.
    static var isTerminal: Bool { Platform.isTerminal(1) }

    /// The value of an environment variable.
    static func environment(_ name: String) -> String? {
        Platform.environment(name)
    }

    /// The current working directory.
    static var workingDirectory: String { Platform.workingDirectory }
}
