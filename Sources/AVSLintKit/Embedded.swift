/// The schema and rule files compiled into the binary (from `schemas/` and
/// `rules/` at build time).
public enum Embedded {
    /// Every embedded file: its path relative to the package root and its text.
    public static var files: [(path: String, text: String)] { EmbeddedFiles.all }

    /// Each embedded rule file without its `description` and `examples`:
    /// what linting needs. Its `.lint.json` sibling in `rules/` (path and
    /// text), or the whole YAML while it has none.
    public static var ruleLintParts: [(path: String, text: String)] { EmbeddedFiles.ruleLintParts }

    /// The text of one embedded file, by its path relative to the package root.
    public static func text(_ path: String) -> String? {
        EmbeddedFiles.all.first { $0.path == path }?.text
    }
}
