/// A mini-program page path split into its page and its query parameters
/// (`pages/index/index?navigateType=1&a=b`), each parameter with its byte
/// range in the path text.
public struct PathQuery: Sendable, Hashable {
    /// One `name=value` pair of the query, as written (not percent-decoded).
    public struct Parameter: Sendable, Hashable {
        /// The name.
        public var name: String
        /// The value; nil when the pair has no `=`.
        public var value: String?
        /// UTF-8 offsets of the pair within the path text.
        public var range: Range<Int>
    }

    /// The page, before any `?`.
    public var page: String
    /// The text after the first `?`, or nil when there is none.
    public var query: String?
    /// The pairs of the query in order (empty pairs from `&&` kept, with an empty name).
    public var parameters: [Parameter]

    /// Splits a path.
    public init(_ path: String) {
        let bytes = Array(path.utf8)
        guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else {
            page = path
            query = nil
            parameters = []
            return
        }
        page = String(decoding: bytes[..<mark], as: UTF8.self)
        query = String(decoding: bytes[(mark + 1)...], as: UTF8.self)
        var parameters: [Parameter] = []
        var start = mark + 1
        if start < bytes.count {
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
                let pair = bytes[start..<end]
                if let eq = pair.firstIndex(of: UInt8(ascii: "=")) {
                    parameters.append(Parameter(
                        name: String(decoding: bytes[start..<eq], as: UTF8.self),
                        value: String(decoding: bytes[(eq + 1)..<end], as: UTF8.self), range: start..<end))
                } else {
                    parameters.append(Parameter(
                        name: String(decoding: pair, as: UTF8.self), value: nil, range: start..<end))
                }
                start = end + 1
            }
        }
        self.parameters = parameters
    }

    /// The parameters named `name`.
    public func values(_ name: String) -> [Parameter] {
        parameters.filter { $0.name == name }
    }

    /// The path with each named parameter set: the first occurrence replaced,
    /// later ones removed, missing ones appended in the given order.
    public static func setting(_ pairs: [(String, String)], in path: String) -> String {
        let parsed = PathQuery(path)
        var kept: [String] = []
        var done: Set<String> = []
        for parameter in parsed.parameters {
            if let pair = pairs.first(where: { $0.0 == parameter.name }) {
                if done.insert(pair.0).inserted { kept.append(pair.0 + "=" + pair.1) }
            } else if !(parameter.name.isEmpty && parameter.value == nil) {
                kept.append(parameter.name + (parameter.value.map { "=" + $0 } ?? ""))
            }
        }
        for pair in pairs where !done.contains(pair.0) { kept.append(pair.0 + "=" + pair.1) }
        return parsed.page + "?" + kept.joined(separator: "&")
    }
}
