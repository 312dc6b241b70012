/// Where in the instance evaluation is, and how deep.
struct InstanceContext {
    /// JSON Pointer of the node (only kept up to date while collecting findings).
    var path: String
    /// The span of the key whose value the node is.
    var keySpan: Span?
    /// Evaluation depth, for the recursion guard.
    var depth = 0
    /// In-place steps (`$ref`, `allOf`, …) since the last descent into the instance.
    var inPlace = 0

    /// The context of the same node in a subschema applied in place.
    var inPlaceStep: InstanceContext {
        var next = self
        next.depth += 1
        next.inPlace += 1
        return next
    }
}

/// What a schema evaluated at one instance location, for `unevaluated*`.
struct Annotations {
    /// Property names evaluated.
    var properties: Set<String> = []
    /// Number of leading items evaluated (`Int.max`: all).
    var items = 0
    /// Further item indices evaluated (by `contains`).
    var itemIndices: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        properties.formUnion(other.properties)
        items = max(items, other.items)
        itemIndices.formUnion(other.itemIndices)
    }
}

/// A finding plus what a branch-merging combinator needs to know.
struct RawFinding {
    var finding: SchemaFinding
    /// For a `type` finding: the expected type phrases, to merge `anyOf` branches.
    var expectedTypes: [String] = []
}

/// Runs a `SchemaProgram` over an instance.
struct SchemaEvaluator {
    let program: SchemaProgram
    /// False while only a yes/no answer is wanted (fast path, no messages).
    var collect: Bool
    var findings: [RawFinding] = []
    /// Resource ids entered, outermost first (for `$dynamicRef`).
    var scope: [Int] = []
    /// How a keyword settles what an open mapping may hide (a key it may
    /// or may not have): true where passing is the cautious answer (a
    /// failure would be a finding), false where failing is (a rule's
    /// `when`). `not` turns it round, so the doubt always lands on the side
    /// that reports nothing.
    var doubtPasses = true
    /// How many times a doubt was settled so far: tells `if` and `oneOf`
    /// whether a subschema's answer was certain.
    var doubts = 0

    /// Deepest evaluation (instance levels plus in-place steps). Swift
    /// concurrency threads have small stacks (512 kB on Linux); a debug
    /// build overflows near 1 200, so this stays well below. Launch configs
    /// nest a handful of levels.
    static let maxDepth = 384
    /// Most in-place steps (`$ref`, `allOf`, …) without descending into the
    /// instance: more means a reference cycle.
    static let maxInPlace = 64

    init(program: SchemaProgram, collect: Bool) {
        self.program = program
        self.collect = collect
    }

    /// Records a finding when collecting.
    mutating func report(_ keyword: String, _ message: @autoclosure () -> String, at span: Span, _ path: String,
                         expectedTypes: [String] = [], suggestion: String? = nil) {
        guard collect else { return }
        findings.append(RawFinding(finding: SchemaFinding(keyword: keyword, message: message(), span: span, instancePath: path,
                                                          suggestion: suggestion),
                                   expectedTypes: expectedTypes))
    }

    /// The context of a child of the node at `context`.
    func child(_ context: InstanceContext, key: String, keySpan: Span?) -> InstanceContext {
        InstanceContext(path: collect ? JSONPointer.appending(context.path, key: key) : "", keySpan: keySpan,
                        depth: context.depth + 1, inPlace: 0)
    }

    /// The context of item `index` of the node at `context`.
    func child(_ context: InstanceContext, index: Int) -> InstanceContext {
        InstanceContext(path: collect ? JSONPointer.appending(context.path, index: index) : "", keySpan: nil,
                        depth: context.depth + 1, inPlace: 0)
    }

    /// Evaluates schema `index` against `node`; adds what it evaluated to
    /// `annotations` (the caller discards them when this returns false).
    mutating func evaluate(_ index: Int, _ node: Node, _ context: InstanceContext, _ annotations: inout Annotations) -> Bool {
        if node.isComputed { return true }
        let schema = program.schemas[index]
        if let constant = schema.constant {
            if !constant {
                if let keySpan = context.keySpan, let key = context.path.split(separator: "/").last {
                    report("disallowed", "key '\(JSONPointerWalk.tokens("/" + key).first ?? "")' is not allowed here", at: keySpan, context.path)
                } else {
                    report("disallowed", "no value is allowed here", at: node.span, context.path)
                }
            }
            return constant
        }
        guard context.inPlace < Self.maxInPlace else {
            report("ref", "the schema refers to itself without end", at: node.span, context.path)
            return false
        }
        guard context.depth < Self.maxDepth else {
            report("depth", "the value nests too deeply to validate", at: node.span, context.path)
            return false
        }
        var pushed = false
        if program.usesDynamicScope, scope.last != schema.resource {
            scope.append(schema.resource)
            pushed = true
        }
        defer { if pushed { scope.removeLast() } }

        if let type = schema.type, !checkType(type, node, context) { return false }
        var valid = true
        if let enumConst = schema.enumConst {
            valid = checkEnumConst(enumConst, node, context)
            if !valid, !collect { return false }
        }
        switch node.value {
        case .scalar(let scalar):
            switch scalar.value {
            case .number(let number):
                if let numeric = schema.numeric { valid = checkNumeric(numeric, number, node, context) && valid }
            case .string(let text):
                if let string = schema.string { valid = checkString(string, text, node, context) && valid }
            default:
                break
            }
        case .mapping(let members):
            if let object = schema.object { valid = checkObject(object, node, members, context, &annotations) && valid }
        case .sequence(let items):
            if let array = schema.array { valid = checkArray(array, node, items, context, &annotations) && valid }
        case .computed:
            break
        }
        if !valid, !collect { return false }
        if let ref = schema.ref {
            valid = checkRef(ref, node, context, &annotations) && valid
            if !valid, !collect { return false }
        }
        if let combinators = schema.combinators {
            valid = checkCombinators(combinators, node, context, &annotations) && valid
            if !valid, !collect { return false }
        }
        if let conditional = schema.conditional {
            valid = checkConditional(conditional, node, context, &annotations) && valid
            if !valid, !collect { return false }
        }
        if program.needsAnnotations {
            switch node.value {
            case .mapping(let members):
                if let object = schema.object, object.unevaluatedProperties != nil {
                    valid = checkUnevaluatedProperties(object, schema.declaredKeys, node, members, context, &annotations) && valid
                }
            case .sequence(let items):
                if let array = schema.array, array.unevaluatedItems != nil {
                    valid = checkUnevaluatedItems(array, node, items, context, &annotations) && valid
                }
            default:
                break
            }
        }
        return valid
    }

    /// Evaluates a subschema in place (same instance); merges its
    /// annotations when it passes.
    mutating func evaluateInPlace(_ index: Int, _ node: Node, _ context: InstanceContext, _ annotations: inout Annotations) -> Bool {
        var sub = Annotations()
        let valid = evaluate(index, node, context.inPlaceStep, &sub)
        if valid, program.needsAnnotations { annotations.merge(sub) }
        return valid
    }

    /// Settles a doubt: the answer `doubtPasses` gives, counted.
    mutating func doubt() -> Bool {
        doubts += 1
        return doubtPasses
    }

    /// A subschema's answer, quietly, in three values: true, false, or nil
    /// when it turns on what an open mapping may hide.
    mutating func certainly(_ index: Int, _ node: Node, _ context: InstanceContext, _ annotations: inout Annotations) -> Bool? {
        let before = doubts
        let answer = quietly(index, node, context, &annotations)
        guard doubts != before else { return answer }
        doubtPasses.toggle()
        var other = Annotations()
        let flipped = quietly(index, node, context, &other)
        doubtPasses.toggle()
        return answer == flipped ? answer : nil
    }

    /// Evaluates a subschema without reporting anything.
    mutating func quietly(_ index: Int, _ node: Node, _ context: InstanceContext, _ annotations: inout Annotations) -> Bool {
        let saved = collect
        collect = false
        defer { collect = saved }
        return evaluate(index, node, context.inPlaceStep, &annotations)
    }

    /// The span a finding about the mapping `node` as a whole points at:
    /// its key, or its start at the root or in a list.
    func ownerSpan(_ node: Node, _ context: InstanceContext) -> Span {
        context.keySpan ?? Span(at: node.span.start)
    }
}
