import EmbedCore

/// Swift source that rebuilds a compiled schema without reading or
/// compiling its JSON: how the embedded schemas reach a start
/// (`EmbeddedPrograms`). Each keyword group renders its own part
/// (`swiftSource`); this holds the shared pieces and the program itself.
enum SwiftSource {
    /// A one-line string literal that keeps every scalar.
    static func string(_ text: String) -> String {
        SwiftStringLiteral.of(text)
    }

    /// `nil`, or the value rendered.
    static func optional<T>(_ value: T?, _ render: (T) -> String) -> String {
        value.map(render) ?? "nil"
    }

    /// `nil`, or the integer.
    static func optional(_ value: Int?) -> String {
        value.map(String.init) ?? "nil"
    }

    /// An array literal of the rendered values.
    static func array<T>(_ values: [T], _ render: (T) -> String) -> String {
        "[" + values.map(render).joined(separator: ", ") + "]"
    }

    /// An array literal of strings.
    static func strings(_ values: [String]) -> String {
        array(values, string)
    }

    /// An array literal of integers.
    static func ints(_ values: [Int]) -> String {
        array(values) { String($0) }
    }

    /// Labelled arguments, leaving out those whose value is the default.
    static func arguments(_ pairs: [(label: String, value: String, isDefault: Bool)]) -> String {
        pairs.filter { !$0.isDefault }.map { "\($0.label): \($0.value)" }.joined(separator: ", ")
    }

    /// A number as it was written.
    static func number(_ number: Number) -> String {
        switch number.kind {
        case .finite: return "Number(decimal: \(string(number.text)))!"
        case .infinity: return "Number(special: .infinity, text: \(string(number.text)))"
        case .negativeInfinity: return "Number(special: .negativeInfinity, text: \(string(number.text)))"
        case .nan: return "Number(special: .nan, text: \(string(number.text)))"
        }
    }

    /// A node with its span and flags (`enum` and `const` values).
    static func node(_ node: Node) -> String {
        let span = "EmbeddedPrograms.span(\(position(node.span.start)), \(position(node.span.end)))"
        let value: String
        switch node.value {
        case .computed: value = ".computed"
        case .scalar(let scalar): value = ".scalar(\(self.scalar(scalar)))"
        case .sequence(let items): value = ".sequence(\(array(items, self.node)))"
        case .mapping(let members):
            value = ".mapping(" + array(members) { "Member(key: \(self.node($0.key)), value: \(self.node($0.value)))" } + ")"
        }
        var flags = ""
        if node.isOpen { flags += ", isOpen: true" }
        if node.keysAreUnique { flags += ", keysAreUnique: true" }
        return "EmbeddedPrograms.node(\(value), \(span)\(flags))"
    }

    private static func position(_ position: Position) -> String {
        "\(position.line), \(position.column), \(position.offset)"
    }

    private static func scalar(_ scalar: Scalar) -> String {
        let value: String
        switch scalar.value {
        case .null: value = ".null"
        case .bool(let flag): value = ".bool(\(flag))"
        case .number(let number): value = ".number(\(self.number(number)))"
        case .string(let text): value = ".string(\(string(text)))"
        }
        return "Scalar(\(value), text: \(string(scalar.text)), style: .\(scalar.style))"
    }
}

extension CompiledSchema {
    /// A Swift expression that builds this schema.
    var swiftSource: String {
        if let constant {
            return "CompiledSchema(constant: \(constant), resource: \(resource))"
        }
        let arguments = SwiftSource.arguments([
            ("resource", String(resource), false),
            ("type", SwiftSource.optional(type, \.swiftSource), type == nil),
            ("enumConst", SwiftSource.optional(enumConst, \.swiftSource), enumConst == nil),
            ("numeric", SwiftSource.optional(numeric, \.swiftSource), numeric == nil),
            ("string", SwiftSource.optional(string, \.swiftSource), string == nil),
            ("object", SwiftSource.optional(object, \.swiftSource), object == nil),
            ("array", SwiftSource.optional(array, \.swiftSource), array == nil),
            ("ref", SwiftSource.optional(ref, \.swiftSource), ref == nil),
            ("combinators", SwiftSource.optional(combinators, \.swiftSource), combinators == nil),
            ("conditional", SwiftSource.optional(conditional, \.swiftSource), conditional == nil),
            ("declaredKeys", SwiftSource.strings(declaredKeys), declaredKeys.isEmpty),
        ])
        return "CompiledSchema(\(arguments))"
    }
}

extension SchemaProgram {
    /// The statements of a function body that builds and returns this program.
    func swiftSource(indent: String) -> String {
        var out = "\(indent)var schemas: [CompiledSchema] = []\n"
        out += "\(indent)schemas.reserveCapacity(\(schemas.count))\n"
        for schema in schemas {
            out += "\(indent)schemas.append(\(schema.swiftSource))\n"
        }
        let anchors = SwiftSource.array(dynamicAnchors) { table in
            table.isEmpty ? "[:]" : "[" + table.sorted { $0.key < $1.key }.map { "\(SwiftSource.string($0.key)): \($0.value)" }
                .joined(separator: ", ") + "]"
        }
        out += "\(indent)return SchemaProgram(schemas: schemas, dynamicAnchors: \(anchors), "
        out += "usesDynamicScope: \(usesDynamicScope), needsAnnotations: \(needsAnnotations), root: \(root))\n"
        return out
    }
}
