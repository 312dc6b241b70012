@testable import AVSLintKit

/// Loads `text` as a script named `path`.
func jsLoad(_ text: String, path: String = "t.js", limits: LoadLimits = .standard) -> LoadResult {
    JSLoader.load(SourceFile(path: path, text: text), limits: limits)
}

/// `rule line:column message` for each diagnostic.
func jsFindings(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.ruleID) \($0.span.start.line):\($0.span.start.column) \($0.message)" }
}

/// The documents' trees, rendered by `jsonTree`.
func jsTrees(_ result: LoadResult) -> [String] {
    result.documents.map { jsonTree($0.root) }
}
