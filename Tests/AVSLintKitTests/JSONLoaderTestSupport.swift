@testable import AVSLintKit

/// Loads `text` as a JSON file named `t.json`.
func loadJSON(_ text: String, limits: LoadLimits = .standard) -> LoadResult {
    JSONLoader.load(SourceFile(path: "t.json", text: text), limits: limits)
}

/// Loads raw bytes as a JSON file named `t.json`.
func loadJSON(bytes: [UInt8], limits: LoadLimits = .standard) -> LoadResult {
    JSONLoader.load(SourceFile(path: "t.json", bytes: bytes), limits: limits)
}

/// `rule line:column message` for each diagnostic, the form tests compare.
func summary(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" }
}

/// `line:column-line:column` of a span.
func describe(_ span: Span) -> String {
    "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
}
