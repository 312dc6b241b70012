@testable import AVSLintKit

/// Loads YAML text for the loader tests.
func loadYAML(_ text: String, limits: LoadLimits = .standard) -> LoadResult {
    YAMLLoader.load(SourceFile(path: "t.yaml", text: text), limits: limits)
}

/// Loads raw bytes for the loader tests.
func loadYAML(bytes: [UInt8], limits: LoadLimits = .standard) -> LoadResult {
    YAMLLoader.load(SourceFile(path: "t.yaml", bytes: bytes), limits: limits)
}

/// `line:column-line:column` of a span.
func where_(_ span: Span) -> String {
    "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
}

/// `rule line:column message` of each diagnostic.
func findings(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" }
}
