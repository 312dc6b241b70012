internal import Crypto

/// The launch signature of a mini-program jump:
/// `sign = hex(sha256(appId + pathWithoutQuery + JSON.stringify(extraData) + secret + nonce + timestamp))`.
public enum Signer {
    /// Why a document cannot be signed.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The document is not a mini-program launch config.
        case notMiniProgram
        /// A member the signature needs is missing, not a string, or computed at run time.
        case unusable(String)

        public var description: String {
            switch self {
            case .notMiniProgram: return "not a mini-program launch config (no 'appId', 'path' or 'extraData')"
            case .unusable(let why): return why
            }
        }
    }

    /// The lowercase hex SHA-256 signature.
    public static func sign(
        appId: String, path: String, extraData: String, secret: String, nonce: String, timestamp: String
    ) -> String {
        let pathWithoutQuery = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first
            .map(String.init) ?? path
        let message = appId + pathWithoutQuery + extraData + secret + nonce + timestamp
        return hex(SHA256.hash(data: Array(message.utf8)))
    }

    /// SHA-256 of text as lowercase hex.
    public static func sha256Hex(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The parts of a document the signature is computed from.
    public struct Inputs: Sendable {
        /// `appId`.
        public var appId: String
        /// The `path` value (with its query).
        public var path: String
        /// The `path` node.
        public var pathNode: Node
        /// `JSON.stringify(extraData)`.
        public var extraData: String
    }

    /// Reads `appId`, `path` and `extraData` from a mini-program document.
    public static func inputs(of root: Node?) throws(Failure) -> Inputs {
        guard let root, LaunchMode.detect(root) == .miniprogram else { throw .notMiniProgram }
        guard let appId = root["appId"]?.string else { throw .unusable("'appId' is missing or not a string") }
        guard let pathNode = root["path"], let path = pathNode.string else {
            throw .unusable("'path' is missing or not a string")
        }
        guard let extraNode = root["extraData"] else { throw .unusable("'extraData' is missing") }
        guard let extra = JSONStringify.stringify(extraNode) else {
            throw .unusable("'extraData' holds a value computed at run time")
        }
        return Inputs(appId: appId, path: path, pathNode: pathNode, extraData: extra)
    }

    /// A fresh nonce: 32 random lowercase hex digits.
    public static func freshNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<32).map { _ in digits[Int(generator.next() % 16)] })
    }

    /// The new `path` with `sign`, `nonce` and `timestamp` set (other query
    /// parameters kept in place, missing ones appended), and the edit that
    /// writes it over the `path` value's source text in the same quoting style.
    /// - Throws: `Failure` when the document cannot be signed.
    public static func signedPath(
        for document: Document, file: SourceFile, secret: String, nonce: String, timestamp: String
    ) throws(Failure) -> (newPath: String, edit: Edit) {
        let inputs = try inputs(of: document.root)
        let sign = sign(
            appId: inputs.appId, path: inputs.path, extraData: inputs.extraData, secret: secret, nonce: nonce,
            timestamp: timestamp)
        let newPath = PathQuery.setting([("sign", sign), ("nonce", nonce), ("timestamp", timestamp)], in: inputs.path)
        let span = inputs.pathNode.span
        if file.format == .javascript {
            // The whole token is replaced, so a JavaScript literal may span lines.
            guard let replacement = ScriptLiterals.replacement(
                for: newPath, at: span.start.offset..<span.end.offset, isString: true, in: file.bytes)
            else { throw .unusable("'path' is not a string literal") }
            return (newPath, Edit(start: span.start.offset, end: span.end.offset, replacement: replacement))
        }
        let style = inputs.pathNode.scalar?.style ?? .plain
        let replacement: String
        switch style {
        case .doubleQuoted: replacement = JSONStringify.quote(newPath)
        case .singleQuoted: replacement = "'" + newPath.replacingQuote() + "'"
        case .plain: replacement = needsQuoting(newPath) ? JSONStringify.quote(newPath) : newPath
        case .literal, .folded: replacement = JSONStringify.quote(newPath)
        }
        // A JSON file always double-quotes; keep its bytes outside the value.
        if file.bytes.indices.contains(span.start.offset), file.bytes[span.start.offset] == UInt8(ascii: "\""),
           style == .plain {
            return (newPath, Edit(start: span.start.offset, end: span.end.offset, replacement: JSONStringify.quote(newPath)))
        }
        return (newPath, Edit(start: span.start.offset, end: span.end.offset, replacement: replacement))
    }

    private static func needsQuoting(_ path: String) -> Bool {
        path.contains(": ") || path.contains(" #") || path.hasPrefix("-") || path.hasPrefix("&")
            || path.hasPrefix("*") || path.hasPrefix("!") || path.hasPrefix("%") || path.hasPrefix("@")
    }
}

extension String {
    fileprivate func replacingQuote() -> String {
        var out = ""
        for c in self {
            if c == "'" { out += "''" } else { out.append(c) }
        }
        return out
    }
}
