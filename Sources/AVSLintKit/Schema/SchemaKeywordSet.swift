/// Schema keywords as bits. The compiler reads a schema object's keys once
/// into a set, and runs a keyword group only when the object holds one of
/// its keywords, instead of looking each keyword up by name.
struct SchemaKeywordSet: OptionSet, Sendable {
    let rawValue: UInt64

    /// Every keyword a keyword group reads, one bit each (at most 64).
    private static let bits: [String: UInt64] = {
        let names = [
            "type", "enum", "const",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "minLength", "maxLength", "pattern", "format",
            "properties", "patternProperties", "additionalProperties", "required", "minProperties",
            "maxProperties", "dependentRequired", "dependentSchemas", "propertyNames", "unevaluatedProperties",
            "items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems",
            "uniqueItems", "unevaluatedItems",
            "$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$defs",
        ]
        var table: [String: UInt64] = [:]
        for (index, name) in names.enumerated() { table[name] = 1 << UInt64(index) }
        return table
    }()

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// These keywords; each must be one of `bits`.
    init(_ names: String...) {
        var raw: UInt64 = 0
        for name in names {
            guard let bit = Self.bits[name] else { preconditionFailure("SchemaKeywordSet has no bit for '\(name)'") }
            raw |= bit
        }
        rawValue = raw
    }

    /// The keywords the schema object `node` holds (other keys are left out).
    init(keysOf node: Node) {
        var raw: UInt64 = 0
        for member in node.members ?? [] { raw |= Self.bits[member.name] ?? 0 }
        rawValue = raw
    }

    /// `$defs`, which the compiler compiles itself.
    static let defs = SchemaKeywordSet("$defs")

    /// True when the two sets share a keyword.
    func overlaps(_ other: SchemaKeywordSet) -> Bool { !isDisjoint(with: other) }
}
