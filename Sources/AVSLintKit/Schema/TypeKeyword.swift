/// `type`: one JSON type name or a list of them.
struct TypeKeyword: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("type")

    /// Bit set of allowed `JSONKind` raw values.
    var allowed: UInt8
    /// The allowed types as message phrases, in schema order.
    var phrases: [String]

    /// A Swift expression that builds this keyword (`SchemaProgramSource`).
    var swiftSource: String {
        "TypeKeyword(allowed: \(allowed), phrases: \(SwiftSource.strings(phrases)))"
    }

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> TypeKeyword? {
        guard let value = node["type"] else { return nil }
        var names: [String]
        if let name = value.string {
            names = [name]
        } else if value.items != nil {
            names = try compiler.strings(value, site, "type")
        } else {
            throw compiler.error(site, .malformed(keyword: "type", expected: "a type name or an array of them"))
        }
        var allowed: UInt8 = 0
        var phrases: [String] = []
        for name in names {
            guard let kind = JSONKind(name: name) else { throw compiler.error(site, .unknownType(name)) }
            allowed |= kind.rawValue
            phrases.append(kind.phrase)
        }
        return TypeKeyword(allowed: allowed, phrases: phrases)
    }

    /// True when a value of `kind` is allowed (an integer is also a number).
    func allows(_ kind: JSONKind) -> Bool {
        Self.allows(kind, in: allowed)
    }

    /// True when a value of `kind` is allowed by the bit set `allowed`.
    static func allows(_ kind: JSONKind, in allowed: UInt8) -> Bool {
        allowed & kind.rawValue != 0 || (kind == .integer && allowed & JSONKind.number.rawValue != 0)
    }

    /// "a string", "a string or null", "an object, an array or null".
    static func list(_ phrases: [String]) -> String {
        var unique: [String] = []
        for phrase in phrases where !unique.contains(phrase) { unique.append(phrase) }
        guard unique.count > 1, let last = unique.last else { return unique.first ?? "nothing" }
        return unique.dropLast().joined(separator: ", ") + " or " + last
    }
}

extension SchemaEvaluator {
    /// `type`: reported at the value, e.g. `expected a string, got the integer 13312223333`.
    mutating func checkType(_ type: TypeKeyword, _ node: Node, _ context: InstanceContext) -> Bool {
        guard let kind = JSONKind.of(node), !type.allows(kind) else { return true }
        report("type", "expected \(TypeKeyword.list(type.phrases)), got \(InstanceValue.describe(node))",
               at: node.span, context.path, expectedTypes: type.phrases)
        return false
    }
}
