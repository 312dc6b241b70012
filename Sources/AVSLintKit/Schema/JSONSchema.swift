/// A compiled JSON Schema (draft 2020-12) that validates `Node` trees and
/// reports positioned findings.
///
/// Compile once and share: the value is immutable and thread-safe. Every
/// `$ref` is resolved to a compiled subschema at compile time; documents
/// named by remote references come from `resources`, never the network.
/// The annotation keywords never assert; `format` asserts only where the
/// schema declares the format-assertion vocabulary. Computed instance
/// nodes (run-time JavaScript values) satisfy every keyword.
public struct JSONSchema: Sendable {
    let program: SchemaProgram
    /// The allowed types (a `TypeKeyword.allowed` bit set) when the root
    /// schema says nothing but `type` (a rule's `when: {type: integer}`):
    /// such a schema is settled without an evaluator.
    let onlyTypes: UInt8?

    /// Compiles a schema.
    /// - Parameters:
    ///   - schema: the schema document (an object or a boolean).
    ///   - baseURI: the URI the schema was retrieved from, for relative references.
    ///   - resources: further schema documents by URI, for `$ref` across documents.
    /// - Throws: `SchemaError` for a malformed keyword, an invalid `pattern`
    ///   or an unresolvable reference.
    public init(_ schema: Node, baseURI: String = "", resources: [String: Node] = [:]) throws {
        var compiler = SchemaCompiler(resources: resources)
        self.init(program: try compiler.compileRoot(schema, baseURI: baseURI))
    }

    /// A schema compiled before (`EmbeddedPrograms`).
    init(program: SchemaProgram) {
        self.program = program
        onlyTypes = program.schemas[program.root].onlyType?.allowed
    }

    /// Validates `instance` and returns every finding, in evaluation order
    /// (callers sort diagnostics by position).
    /// - Parameters:
    ///   - instance: the node to check.
    ///   - path: the JSON Pointer of `instance` within its document.
    ///   - keySpan: the span of the key whose value `instance` is, if any:
    ///     a missing required key of the root mapping is reported there
    ///     (else at the mapping's start).
    /// - Returns: the findings; empty when the instance is valid.
    public func validate(_ instance: Node, at path: String = "", keySpan: Span? = nil) -> [SchemaFinding] {
        // Most instances are valid: a pass that builds no paths or messages
        // settles them, and only a failing one is walked again for findings.
        if isValid(instance) { return [] }
        var evaluator = SchemaEvaluator(program: program, collect: true)
        var annotations = Annotations()
        _ = evaluator.evaluate(program.root, instance, InstanceContext(path: path, keySpan: keySpan), &annotations)
        return evaluator.findings.map(\.finding)
    }

    /// True when `instance` satisfies the schema (stops at the first failure, builds no messages).
    /// What an open mapping (`Node.isOpen`) may hide counts as satisfying
    /// it: a finding needs certainty.
    public func isValid(_ instance: Node) -> Bool {
        evaluate(instance, doubtPasses: true)
    }

    /// True when `instance` certainly satisfies the schema: what an open
    /// mapping may hide counts as failing. This is how a rule's `when`
    /// is asked, so a rule applies only where its condition surely holds.
    public func matches(_ instance: Node) -> Bool {
        evaluate(instance, doubtPasses: false)
    }

    private func evaluate(_ instance: Node, doubtPasses: Bool) -> Bool {
        if let onlyTypes {
            guard let kind = JSONKind.of(instance) else { return true }
            return TypeKeyword.allows(kind, in: onlyTypes)
        }
        var evaluator = SchemaEvaluator(program: program, collect: false)
        evaluator.doubtPasses = doubtPasses
        var annotations = Annotations()
        return evaluator.evaluate(program.root, instance, InstanceContext(path: "", keySpan: nil), &annotations)
    }
}
