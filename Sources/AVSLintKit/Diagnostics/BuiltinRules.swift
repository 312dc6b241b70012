/// Ids of the findings that no rule file declares: the loaders' and the
/// suppression machinery's own.
public enum BuiltinRule {
    /// The file cannot be read as YAML, JSON or JavaScript.
    public static let syntaxError = "syntax-error"
    /// A mapping repeats a key.
    public static let duplicateKey = "duplicate-key"
    /// Nesting, alias expansion or key size went past a limit.
    public static let documentTooComplex = "document-too-complex"
    /// A suppression comment suppressed nothing.
    public static let unusedSuppression = "unused-suppression"
}
