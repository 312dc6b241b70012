@testable import AVSLintKit

/// Loads `text` as a JSON file named `t.json`.
func jsonLoad(_ text: String, limits: LoadLimits = .standard) -> LoadResult {
    JSONLoader.load(SourceFile(path: "t.json", text: text), limits: limits)
}

/// Loads raw bytes as a JSON file named `t.json`.
func jsonLoad(bytes: [UInt8], limits: LoadLimits = .standard) -> LoadResult {
    JSONLoader.load(SourceFile(path: "t.json", bytes: bytes), limits: limits)
}

/// `rule line:column message` for each diagnostic, the form tests compare.
func jsonFindings(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" }
}

/// `line:column-line:column` of a span.
func jsonSpanText(_ span: Span) -> String {
    "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
}

/// A compact canonical rendering of a node: keys and strings as Swift
/// debug strings, numbers as their source text.
func jsonTree(_ node: Node?) -> String {
    guard let node else { return "<none>" }
    switch node.value {
    case .mapping(let members):
        return "{" + members.map { jsonTree($0.key) + ":" + jsonTree($0.value) }.joined(separator: ",") + "}"
    case .sequence(let items):
        return "[" + items.map(jsonTree).joined(separator: ",") + "]"
    case .computed:
        return "<computed>"
    case .scalar(let scalar):
        switch scalar.value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.text
        case .string(let text): return text.debugDescription
        }
    }
}
