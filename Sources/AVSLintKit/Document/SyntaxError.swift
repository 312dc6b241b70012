/// Why a loader cannot read a text, and the bytes that show it: what the
/// JSON and JavaScript loaders share. Each words its own reasons
/// (`JSONSyntaxReason`, `JSSyntaxReason`); `LoadLimits.Exceeded` words the limits.
struct SyntaxError<Reason: SyntaxReason>: Error {
    /// What went wrong: the text breaks the syntax, or it goes past a limit.
    enum Problem: Sendable {
        case syntax(Reason)
        case limit(LoadLimits.Exceeded)
    }

    /// What went wrong.
    var problem: Problem
    /// First byte of the offending text.
    var start: Int
    /// Just past the offending text (equal to `start` at end of file).
    var end: Int

    /// The text breaks the syntax at `start..<end`.
    init(_ reason: Reason, _ start: Int, _ end: Int) {
        self.init(problem: .syntax(reason), start: start, end: end)
    }

    /// The text goes past a limit at `start..<end`.
    init(_ exceeded: LoadLimits.Exceeded, _ start: Int, _ end: Int) {
        self.init(problem: .limit(exceeded), start: start, end: end)
    }

    private init(problem: Problem, start: Int, end: Int) {
        self.problem = problem
        self.start = start
        self.end = max(start, end)
    }

    /// The syntax reason; nil for a limit.
    var reason: Reason? {
        if case .syntax(let reason) = problem { return reason }
        return nil
    }

    /// `document-too-complex` for a limit, else `syntax-error`.
    var ruleID: String {
        reason == nil ? BuiltinRule.documentTooComplex : BuiltinRule.syntaxError
    }

    /// The finding's message.
    var message: String {
        switch problem {
        case .syntax(let reason): return reason.message
        case .limit(let exceeded): return exceeded.message
        }
    }
}

/// What one loader's syntax errors can say.
protocol SyntaxReason: Sendable {
    /// The finding's message.
    var message: String { get }
}
