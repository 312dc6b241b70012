/// A rule file that cannot be used: where and why.
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule file's path.
    public var file: String
    /// Where in it.
    public var position: Position
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, position: Position, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `file:line:col: message`.
    public var description: String {
        "\(file):\(position.line):\(position.column): \(message)"
    }
}
