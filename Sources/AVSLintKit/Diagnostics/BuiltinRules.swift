/// Ids of the findings that no rule file declares: the loaders', the schema
/// validator's, the configuration's and the suppression machinery's own.
/// Their documentation is `BuiltinRuleInfos`; `RuleRegistry` lists both.
public enum BuiltinRule {
    /// The file cannot be read as YAML, JSON or JavaScript.
    public static let syntaxError = "syntax-error"
    /// A mapping repeats a key.
    public static let duplicateKey = "duplicate-key"
    /// Nesting, alias expansion or key size went past a limit.
    public static let documentTooComplex = "document-too-complex"
    /// A suppression comment suppressed nothing.
    public static let unusedSuppression = "unused-suppression"
    /// The schema a file names through `$schema` or a modeline cannot be used.
    public static let schemaAssociation = "schema/association"
    /// `.avslint.yaml` names a rule id that does not exist.
    public static let unknownRule = "config/unknown-rule"
    /// A JavaScript literal holds values computed at run time (`--verbose`).
    public static let computedValues = "javascript/computed-values"
    /// The launch signature was not checked: no secret in the environment.
    public static let signUnchecked = "miniprogram/sign-unchecked"

    /// The id of a failing schema keyword: `schema/` and the keyword in
    /// kebab-case (`minLength` → `schema/min-length`).
    public static func schema(_ keyword: String) -> String {
        var id = "schema/"
        // Keywords are ASCII; a scalar outside A-Z is kept as it is.
        for scalar in keyword.unicodeScalars {
            if ("A"..."Z").contains(scalar) {
                id += "-"
                id.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                id.unicodeScalars.append(scalar)
            }
        }
        return id
    }
}
