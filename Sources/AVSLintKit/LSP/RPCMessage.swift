/// One JSON-RPC 2.0 message, as read from the client.
public enum RPCMessage: Sendable, Equatable {
    /// A call that wants an answer.
    case request(id: JSONValue, method: String, params: JSONValue)
    /// A call that wants none.
    case notification(method: String, params: JSONValue)
    /// The client's answer to a request of the server (ignored but for logging).
    case response(id: JSONValue)

    /// Reads a message from a decoded body.
    /// - Returns: the message, or the error to answer with (and the id to
    ///   answer, when one could be read).
    public static func decode(_ value: JSONValue) -> Result<RPCMessage, RPCError> {
        guard value.isObject else {
            return .failure(RPCError(code: .invalidRequest, message: "a message must be a JSON object", id: .null))
        }
        let id = value["id"]
        if let id, !Self.isValidID(id) {
            return .failure(RPCError(code: .invalidRequest, message: "'id' must be a string or a number", id: .null))
        }
        guard value["jsonrpc"]?.string == "2.0" else {
            return .failure(RPCError(code: .invalidRequest, message: "'jsonrpc' must be \"2.0\"", id: id ?? .null))
        }
        guard let methodValue = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(RPCError(code: .invalidRequest, message: "a message needs 'method'", id: id ?? .null))
        }
        guard let method = methodValue.string else {
            return .failure(RPCError(code: .invalidRequest, message: "'method' must be a string", id: id ?? .null))
        }
        let params = value["params"] ?? .null
        if let id { return .success(.request(id: id, method: method, params: params)) }
        return .success(.notification(method: method, params: params))
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .string, .number, .null: return true
        default: return false
        }
    }
}

/// A JSON-RPC error answer.
public struct RPCError: Error, Sendable, Equatable {
    /// The error codes JSON-RPC and LSP define that this server sends.
    public enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
    }

    /// What kind of error.
    public var code: Code
    /// One sentence.
    public var message: String
    /// The id of the request answered (null when unknown).
    public var id: JSONValue

    /// Creates an error answer.
    public init(code: Code, message: String, id: JSONValue = .null) {
        self.code = code
        self.message = message
        self.id = id
    }
}

/// Writing the messages the server sends.
public enum RPCOutput {
    /// A success answer.
    public static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    /// An error answer.
    public static func error(_ error: RPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": error.id, "error": ["code": .int(error.code.rawValue), "message": .string(error.message)]]
    }

    /// A notification.
    public static func notification(_ method: String, params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    /// A request of the server to the client.
    public static func request(id: Int, method: String, params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]
    }

    /// The framed bytes of a message.
    public static func frame(_ message: JSONValue) -> [UInt8] {
        let body = message.text
        return Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
    }
}
