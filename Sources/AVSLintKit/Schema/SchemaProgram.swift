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

    /// A schema object with its compiled keywords (and, from generated
    /// source, the keys it declares).
    init(resource: Int, type: TypeKeyword? = nil, enumConst: EnumConstKeywords? = nil, numeric: NumericKeywords? = nil,
         string: StringKeywords? = nil, object: ObjectKeywords? = nil, array: ArrayKeywords? = nil, ref: RefKeywords? = nil,
         combinators: CombinatorKeywords? = nil, conditional: ConditionalKeywords? = nil, declaredKeys: [String] = []) {
        self.declaredKeys = declaredKeys
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
/// A final class: every validation starts an evaluator that holds the
/// program, and a reference costs one retain where the struct's tables cost
/// one each. The keyword classes it reaches (`ArrayKeywords` …
/// `StringKeywords`) are classes for the same reason. All their fields are
/// `let`, which also spares every read the exclusivity check a `var` field
/// of a class costs.
final class SchemaProgram: Sendable {
    /// Every compiled schema; subschemas refer to each other by index.
    let schemas: [CompiledSchema]
    /// By resource id: `$dynamicAnchor` name → schema index.
    let dynamicAnchors: [[String: Int]]
    /// True when some `$dynamicRef` needs the dynamic scope.
    let usesDynamicScope: Bool
    /// True when `unevaluatedProperties`/`unevaluatedItems` occur, so
    /// evaluation must collect annotations.
    let needsAnnotations: Bool
    /// The entry point.
    let root: Int

    init(schemas: [CompiledSchema], dynamicAnchors: [[String: Int]], usesDynamicScope: Bool, needsAnnotations: Bool, root: Int) {
        self.schemas = schemas
        self.dynamicAnchors = dynamicAnchors
        self.usesDynamicScope = usesDynamicScope
        self.needsAnnotations = needsAnnotations
        self.root = root
    }
}
