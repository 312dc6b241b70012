/// `path-format`: a mini-program page path must be non-empty, hold no
/// whitespace, and have a well-formed query (one `?`, no empty `&&` pairs,
/// no pair without a name, `%` followed by two hex digits).
///
/// Template values: `{{problem}}` (what is wrong).
public struct PathFormatFunction: RuleFunction {
    public static let name = "path-format"

    public init(options: NoOptions) {}

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let path = context.selection.node.string else { return [] }
        guard let problem = Self.problem(path) else { return [] }
        return [RuleFunctionResult(values: ["problem": problem])]
    }

    /// What is wrong with a path, or nil.
    static func problem(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.unicodeScalars.contains(where: { $0.isASCII ? ($0 == " " || ($0.value >= 0x09 && $0.value <= 0x0D)) : $0.properties.isWhitespace }) {
            return "contains whitespace"
        }
        let bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "?") { return "has a query but no page" }
        if bytes.filter({ $0 == UInt8(ascii: "?") }).count > 1 { return "has more than one '?'" }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, bytes[i + 1].isHexDigit, bytes[i + 2].isHexDigit else {
                    return "has a '%' not followed by two hex digits"
                }
            }
            i += 1
        }
        let query = PathQuery(path)
        guard let text = query.query else { return nil }
        if text.isEmpty { return "ends with an empty query" }
        for parameter in query.parameters {
            if parameter.name.isEmpty && parameter.value == nil { return "has an empty query parameter ('&&' or a trailing '&')" }
            if parameter.name.isEmpty { return "has a query parameter without a name" }
        }
        return nil
    }
}

extension UInt8 {
    var isHexDigit: Bool {
        (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x46) || (self >= 0x61 && self <= 0x66)
    }
}
