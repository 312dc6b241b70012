/// Why a schema could not be compiled.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer of the offending schema location, with its document's URI.
    public var location: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
