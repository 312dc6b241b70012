/// A `pattern` regular expression, compiled once, matched as an unanchored
/// search over Unicode scalars. `\d` and `\w` are ASCII-only, as in
/// ECMA-262 (the consumer is JavaScript).
///
/// Two engines: a pattern in the common subset (`ScalarPatternParser`)
/// runs on `ScalarPattern`, and the stdlib `Regex` is then never built;
/// any other pattern is built and run by the stdlib `Regex`. Building a
/// `Regex` costs far more than compiling a `ScalarPattern`, and matching
/// with it costs about ten times as much, while every pattern of the launch
/// schema and the shipped rules is in the subset.
///
/// A final class: `patternProperties` hands its patterns around for every
/// key it checks, and a reference costs one retain.
final class SchemaPattern: @unchecked Sendable {
    // `Regex` is immutable after construction (its lowered program is
    // initialized once, atomically); matching is safe from any thread.
    let source: String
    private let engine: Engine

    private enum Engine {
        case subset(ScalarPattern)
        case stdlib(Regex<AnyRegexOutput>)
    }

    /// Compiles `source`; nil when it is not a valid regular expression.
    init?(_ source: String) {
        self.source = source
        if let program = ScalarPattern(source) {
            engine = .subset(program)
        } else if let regex = Self.stdlibRegex(source) {
            engine = .stdlib(regex)
        } else {
            return nil
        }
    }

    /// A pattern already compiled for the subset engine.
    init(source: String, program: ScalarPattern) {
        self.source = source
        engine = .subset(program)
    }

    /// A Swift expression that builds this pattern (`SchemaProgramSource`):
    /// the subset program as compiled, or `source` compiled again for the
    /// stdlib engine.
    var swiftSource: String {
        switch engine {
        case .subset(let program):
            return "SchemaPattern(source: \(SwiftSource.string(source)), program: \(program.swiftSource))"
        case .stdlib:
            return "SchemaPattern(\(SwiftSource.string(source)))!"
        }
    }

    /// True when the subset engine runs this pattern.
    var runsOnSubset: Bool {
        if case .subset = engine { return true }
        return false
    }

    /// True when the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        switch engine {
        case .subset(let program):
            if let result = program.matches(text) { return result }
            // A text too large for the bounded search: the stdlib reads the
            // subset alike, and such texts are too rare to keep a `Regex` for.
            guard let regex = Self.stdlibRegex(source) else { return false }
            return (try? regex.firstMatch(in: text)) != nil
        case .stdlib(let regex):
            return (try? regex.firstMatch(in: text)) != nil
        }
    }

    /// The stdlib `Regex` for `source` with ECMA-262's meaning of `\d` and
    /// `\w`, matched once so that it is fully compiled; nil when invalid.
    private static func stdlibRegex(_ source: String) -> Regex<AnyRegexOutput>? {
        guard let parsed = try? Regex(source) else { return nil }
        let regex = parsed.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
        do { _ = try regex.firstMatch(in: "") } catch { return nil }
        return regex
    }
}
