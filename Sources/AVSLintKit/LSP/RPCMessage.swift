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
            return .failure(RPCError(.notAnObject))
        }
        let id = value["id"]
        if let id, !Self.isValidID(id) {
            return .failure(RPCError(.badID))
        }
        guard value["jsonrpc"]?.string == "2.0" else {
            return .failure(RPCError(.badVersion, id: id ?? .null))
        }
        guard let methodValue = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(RPCError(.missingMethod, id: id ?? .null))
        }
        guard let method = methodValue.string else {
            return .failure(RPCError(.methodNotAString, id: id ?? .null))
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

    /// What went wrong; `code` and `message` are derived from it in one place.
    public enum Reason: Sendable, Equatable {
        /// The framing is broken (the framer's description).
        case badFrame(String)
        /// The body is not JSON (the parser's message).
        case notJSON(String)
        /// The body is not an object.
        case notAnObject
        /// `id` is neither a string nor a number.
        case badID
        /// `jsonrpc` is not `"2.0"`.
        case badVersion
        /// No `method` (and not a response).
        case missingMethod
        /// `method` is not a string.
        case methodNotAString
        /// A second `initialize`.
        case initializedTwice
        /// A request before `initialize`.
        case notInitialized
        /// A request after `shutdown`.
        case shutDown
        /// A method the server does not know.
        case unknownMethod(String)
        /// Params the method cannot use.
        case invalidParams(method: String)
    }

    /// What went wrong.
    public var reason: Reason
    /// The id of the request answered (null when unknown).
    public var id: JSONValue

    /// Creates an error answer.
    public init(_ reason: Reason, id: JSONValue = .null) {
        self.reason = reason
        self.id = id
    }

    /// What kind of error.
    public var code: Code {
        switch reason {
        case .badFrame, .notJSON: return .parseError
        case .notAnObject, .badID, .badVersion, .missingMethod, .methodNotAString, .initializedTwice, .shutDown:
            return .invalidRequest
        case .notInitialized: return .serverNotInitialized
        case .unknownMethod: return .methodNotFound
        case .invalidParams: return .invalidParams
        }
    }

    /// One sentence.
    public var message: String {
        switch reason {
        case .badFrame(let problem): return problem
        case .notJSON(let problem): return "the message is not JSON: " + problem
        case .notAnObject: return "a message must be a JSON object"
        case .badID: return "'id' must be a string or a number"
        case .badVersion: return "'jsonrpc' must be \"2.0\""
        case .missingMethod: return "a message needs 'method'"
        case .methodNotAString: return "'method' must be a string"
        case .initializedTwice: return "initialize was already received"
        case .notInitialized: return "the server is not initialized yet"
        case .shutDown: return "the server is shut down"
        case .unknownMethod(let method): return "unknown method '\(method)'"
        case .invalidParams(let method): return "invalid params for '\(method)'"
        }
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
