/// One finding: what is wrong, where, and under which rule.
public struct Diagnostic: Sendable, Hashable {
    /// The rule's stable id (`syntax-error`, `schema/type`, `navigate/type-mismatch`).
    public var ruleID: String
    /// How serious it is.
    public var severity: Severity
    /// One short English sentence.
    public var message: String
    /// The file as named on the command line.
    public var file: String
    /// Where it points.
    public var span: Span
    /// JSON Pointer of the node within its document ("" for the root).
    public var instancePath: String
    /// Other places that explain the finding (the first of two duplicate keys).
    public var related: [Related]
    /// A safe edit that resolves the finding, if there is one.
    public var fix: Fix?

    /// Creates a diagnostic.
    public init(
        ruleID: String, severity: Severity, message: String, file: String, span: Span,
        instancePath: String = "", related: [Related] = [], fix: Fix? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.file = file
        self.span = span
        self.instancePath = instancePath
        self.related = related
        self.fix = fix
    }

    /// The order every reporter prints in: file, line, column, rule, message.
    public static func sortOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.span.start.line != b.span.start.line { return a.span.start.line < b.span.start.line }
        if a.span.start.column != b.span.start.column { return a.span.start.column < b.span.start.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}

/// A secondary location of a diagnostic.
public struct Related: Sendable, Hashable {
    /// Where.
    public var span: Span
    /// What is there ("first defined here").
    public var message: String

    /// Creates a related location.
    public init(span: Span, message: String) {
        self.span = span
        self.message = message
    }
}

/// A safe fix: byte-range edits on the source that resolve a finding.
public struct Fix: Sendable, Hashable {
    /// What the fix does ("rename to 'surveryEndNavigate'").
    public var description: String
    /// Non-overlapping edits, in file order.
    public var edits: [Edit]

    /// Creates a fix.
    public init(description: String, edits: [Edit]) {
        self.description = description
        self.edits = edits
    }
}

/// Replace the bytes `start..<end` of the original file with `replacement`.
public struct Edit: Sendable, Hashable {
    /// First byte replaced.
    public var start: Int
    /// Just past the last byte replaced.
    public var end: Int
    /// The new text.
    public var replacement: String

    /// Creates an edit.
    public init(start: Int, end: Int, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}
