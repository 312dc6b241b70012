/// A `pattern` regular expression, compiled once, matched as an unanchored
/// search over Unicode scalars. `\d` and `\w` are ASCII-only, as in
/// ECMA-262 (the consumer is JavaScript). Patterns in the common subset run
/// on our own `ScalarPattern` (several times faster); the others, and texts
/// too large for its bounded search, on the stdlib `Regex`.
struct SchemaPattern: @unchecked Sendable {
    // `Regex` is immutable after construction (its lowered program is
    // initialized once, atomically); matching is safe from any thread.
    let source: String
    private let regex: Regex<AnyRegexOutput>
    /// Our matcher, when the pattern is in its subset.
    let program: ScalarPattern?

    /// Compiles `source`; nil when the stdlib cannot parse it.
    init?(_ source: String) {
        guard let parsed = try? Regex(source) else { return nil }
        regex = parsed.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
        self.source = source
        program = ScalarPattern(source)
        // Match once now so the regex is fully compiled at schema compile time.
        do { _ = try regex.firstMatch(in: "") } catch { return nil }
    }

    /// True when the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        if let program, let result = program.matches(text) { return result }
        return (try? regex.firstMatch(in: text)) != nil
    }
}
