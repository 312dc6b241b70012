/// One compiled schema object (or boolean schema). Subschemas are indices
/// into `SchemaProgram.schemas`, so recursive references are plain cycles
/// of indices.
///
/// A final class so the evaluator reaches a schema's keywords through one
/// reference instead of copying (and retaining) every keyword table on each
/// visit.
final class CompiledSchema: @unchecked Sendable {
    // Sound: the keywords are constants; only `declaredKeys` is written, by
    // the compiler on one thread before `JSONSchema.init` returns, and only
    // then is the program shared. Constant keywords also let the evaluator
    // read them in place, without a copy and its retains.
    /// `true` (or an empty object) accepts all; `false` rejects all.
    let constant: Bool?
    /// The schema resource (by id) that holds this schema.
    let resource: Int
    let type: TypeKeyword?
    let enumConst: EnumConstKeywords?
    let numeric: NumericKeywords?
    let string: StringKeywords?
    let object: ObjectKeywords?
    let array: ArrayKeywords?
    let ref: RefKeywords?
    let combinators: CombinatorKeywords?
    let conditional: ConditionalKeywords?
    /// `type` when it is the only keyword that asserts anything here.
    let onlyType: TypeKeyword?
    /// Property names this schema and its in-place subschemas declare (for
    /// messages and for ranking `anyOf` branches).
    var declaredKeys: [String] = []

    /// A boolean schema (or an object without assertions, when `constant` is true).
    init(constant: Bool, resource: Int = 0) {
        self.constant = constant
        self.resource = resource
        type = nil
        enumConst = nil
        numeric = nil
        string = nil
        object = nil
        array = nil
        ref = nil
        combinators = nil
        conditional = nil
        onlyType = nil
    }

    /// A schema object with its compiled keywords.
    init(resource: Int, type: TypeKeyword?, enumConst: EnumConstKeywords?, numeric: NumericKeywords?,
         string: StringKeywords?, object: ObjectKeywords?, array: ArrayKeywords?, ref: RefKeywords?,
         combinators: CombinatorKeywords?, conditional: ConditionalKeywords?) {
        self.resource = resource
        self.type = type
        self.enumConst = enumConst
        self.numeric = numeric
        self.string = string
        self.object = object
        self.array = array
        self.ref = ref
        self.combinators = combinators
        self.conditional = conditional
        let othersAssert = enumConst != nil || numeric != nil || string != nil || object != nil || array != nil
            || ref != nil || combinators != nil || conditional != nil
        // An object with no assertion accepts everything.
        constant = type != nil || othersAssert ? nil : true
        onlyType = othersAssert ? nil : type
    }
}

/// The compiled, immutable form of a schema and everything it references.
///
/// Shared between threads although its fields (and those of the keyword
/// classes, `ArrayKeywords` … `StringKeywords`) are `var`: only
/// `SchemaCompiler` writes them, on one thread, before `JSONSchema.init`
/// returns; after that they are only read. Classes, not structs: the
/// evaluator reaches them for every node it visits, and a reference costs
/// one retain where a copy of a struct costs one per table it holds.
final class SchemaProgram: @unchecked Sendable {
    var schemas: [CompiledSchema] = []
    /// By resource id: `$dynamicAnchor` name → schema index.
    var dynamicAnchors: [[String: Int]] = []
    /// True when some `$dynamicRef` needs the dynamic scope.
    var usesDynamicScope = false
    /// True when `unevaluatedProperties`/`unevaluatedItems` occur, so
    /// evaluation must collect annotations.
    var needsAnnotations = false
    /// The entry point.
    var root = 0

    init() {}
}
