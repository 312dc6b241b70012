/// A schema location: a document and a JSON Pointer from its root.
struct SchemaLocation: Hashable, Sendable {
    var document: Int
    var pointer: String
}

/// Where a subschema is being compiled: its location, its base URI (after
/// its own `$id`) and the id of the schema resource that holds it.
struct SchemaSite {
    var location: SchemaLocation
    var base: String
    var resource: Int

    /// The location of a child reached by `tokens` (unescaped).
    func child(_ tokens: String...) -> SchemaLocation {
        var pointer = location.pointer
        for token in tokens { pointer = JSONPointer.appending(pointer, key: token) }
        return SchemaLocation(document: location.document, pointer: pointer)
    }
}

/// Compiles schema documents into a `SchemaProgram`: registers `$id`,
/// `$anchor` and `$dynamicAnchor` of every document, then compiles from the
/// root, resolving each `$ref` to a schema index (compiled once, memoized
/// by location, so cycles terminate).
struct SchemaCompiler {
    /// The schemas compiled so far (`SchemaProgram.schemas`).
    var schemas: [CompiledSchema] = []
    /// By resource id: `$dynamicAnchor` name → schema index.
    var dynamicAnchors: [[String: Int]] = []
    /// Some `$dynamicRef` needs the dynamic scope.
    var usesDynamicScope = false
    /// Some `unevaluated*` keyword needs annotations.
    var needsAnnotations = false
    var documents: [Node] = []
    var documentURIs: [String] = []
    /// Documents given by URI and not yet registered.
    var pending: [String: Node]
    /// Absolute URI without fragment → location of the resource root.
    var resources: [String: SchemaLocation] = [:]
    /// `uri#name` → location.
    var anchors: [String: SchemaLocation] = [:]
    /// Resource URI → dynamic anchor name → location.
    var dynamicAnchorLocations: [String: [String: SchemaLocation]] = [:]
    /// By document: pointer → schema index.
    var memo: [[String: Int]] = []
    var resourceIDs: [String: Int] = [:]
    var resourceURIs: [String] = []
    /// True when the root schema declares the format-assertion vocabulary
    /// (itself or through its metaschema), so `format` asserts.
    var assertsFormat = false

    static let defaultBase = "https://avslint.invalid/schema.json"
    /// Deepest schema nesting compiled (pointer tokens), so a hostile
    /// schema cannot overflow the stack.
    static let maxNesting = 256

    init(resources: [String: Node]) {
        var normalized: [String: Node] = [:]
        for (uri, node) in resources { normalized[URIReference.stripFragment(uri)] = node }
        pending = normalized
    }

    // MARK: - Entry

    mutating func compileRoot(_ schema: Node, baseURI: String) throws -> SchemaProgram {
        let base = baseURI.isEmpty ? Self.defaultBase : URIReference.stripFragment(baseURI)
        pending[base] = nil
        let metaschema = schema["$schema"]?.string.flatMap { pending[URIReference.stripFragment($0)] }
        assertsFormat = SchemaFormat.declaresAssertion(schema) || SchemaFormat.declaresAssertion(metaschema)
        let document = register(schema, uri: base)
        let root = try compile(schema, at: SchemaLocation(document: document, pointer: ""), parentBase: base)
        try compileDynamicAnchors()
        computeDeclaredKeys()
        return SchemaProgram(schemas: schemas, dynamicAnchors: dynamicAnchors, usesDynamicScope: usesDynamicScope,
                             needsAnnotations: needsAnnotations, root: root)
    }

    /// Adds a document and scans it for identifiers.
    mutating func register(_ node: Node, uri: String) -> Int {
        let document = documents.count
        documents.append(node)
        documentURIs.append(uri)
        memo.append([:])
        let location = SchemaLocation(document: document, pointer: "")
        if resources[uri] == nil { resources[uri] = location }
        scan(node, at: location, base: uri)
        return document
    }

    /// Every resource that got compiled has its dynamic anchors compiled
    /// too, so the dynamic scope can find them; repeats until no new
    /// resource appears.
    mutating func compileDynamicAnchors() throws {
        var done = 0
        while done < resourceURIs.count {
            let resource = done
            done += 1
            guard let names = dynamicAnchorLocations[resourceURIs[resource]] else { continue }
            for (name, location) in names.sorted(by: { $0.key < $1.key }) {
                let index = try compile(at: location)
                dynamicAnchors[resource][name] = index
            }
        }
    }

    func resourceID(_ uri: String) -> Int? { resourceIDs[uri] }

    mutating func makeResourceID(_ uri: String) -> Int {
        if let id = resourceIDs[uri] { return id }
        let id = resourceURIs.count
        resourceIDs[uri] = id
        resourceURIs.append(uri)
        dynamicAnchors.append([:])
        return id
    }

    // MARK: - Scanning for identifiers

    /// How a keyword holds subschemas.
    enum SubschemaShape {
        /// One subschema.
        case single
        /// A mapping of names to subschemas.
        case map
        /// An array of subschemas.
        case array
    }

    /// Every keyword whose value holds subschemas.
    static let subschemaKeywords: [String: SubschemaShape] = [
        "additionalProperties": .single, "propertyNames": .single, "items": .single, "contains": .single,
        "not": .single, "if": .single, "then": .single, "else": .single,
        "unevaluatedItems": .single, "unevaluatedProperties": .single,
        "properties": .map, "patternProperties": .map, "$defs": .map, "definitions": .map, "dependentSchemas": .map,
        "allOf": .array, "anyOf": .array, "oneOf": .array, "prefixItems": .array,
    ]

    mutating func scan(_ node: Node, at location: SchemaLocation, base parentBase: String, depth: Int = 0) {
        guard let members = node.members, depth <= Self.maxNesting else { return }
        var base = parentBase
        if let id = node["$id"]?.string {
            base = URIReference.stripFragment(URIReference.resolve(id, against: parentBase))
            if resources[base] == nil { resources[base] = location }
        }
        if let anchor = node["$anchor"]?.string {
            anchors[base + "#" + anchor] = location
        }
        if let anchor = node["$dynamicAnchor"]?.string {
            if anchors[base + "#" + anchor] == nil { anchors[base + "#" + anchor] = location }
            dynamicAnchorLocations[base, default: [:]][anchor] = location
        }
        for member in members {
            guard let shape = Self.subschemaKeywords[member.name] else { continue }
            let here = JSONPointer.appending(location.pointer, key: member.name)
            switch shape {
            case .single:
                scan(member.value, at: SchemaLocation(document: location.document, pointer: here), base: base, depth: depth + 1)
            case .map:
                for child in member.value.members ?? [] {
                    scan(child.value, at: SchemaLocation(document: location.document, pointer: JSONPointer.appending(here, key: child.name)), base: base, depth: depth + 2)
                }
            case .array:
                for (i, item) in (member.value.items ?? []).enumerated() {
                    scan(item, at: SchemaLocation(document: location.document, pointer: JSONPointer.appending(here, index: i)), base: base, depth: depth + 2)
                }
            }
        }
    }

    // MARK: - Compiling

    /// Compiles the schema at `location` (found by pointer from its
    /// document root), with the base URI its ancestors give it.
    mutating func compile(at location: SchemaLocation) throws -> Int {
        if let index = memo[location.document][location.pointer] { return index }
        guard let node = JSONPointerWalk.node(in: documents[location.document], pointer: location.pointer) else {
            throw SchemaError(location: describe(location), problem: .noSchema)
        }
        let base = JSONPointerWalk.base(in: documents[location.document], pointer: location.pointer,
                                        documentURI: documentURIs[location.document])
        return try compile(node, at: location, parentBase: base)
    }

    /// Compiles `node` (memoized by location).
    mutating func compile(_ node: Node, at location: SchemaLocation, parentBase: String) throws -> Int {
        if let index = memo[location.document][location.pointer] { return index }
        // A pointer no longer than the limit cannot hold more tokens than it.
        guard location.pointer.utf8.count <= Self.maxNesting
                || location.pointer.utf8.lazy.filter({ $0 == UInt8(ascii: "/") }).count <= Self.maxNesting else {
            throw SchemaError(location: describe(location), problem: .nestsTooDeeply(limit: Self.maxNesting))
        }
        let index = schemas.count
        memo[location.document][location.pointer] = index
        schemas.append(CompiledSchema(constant: true))
        let schema: CompiledSchema
        switch node.value {
        case .scalar(let scalar):
            guard case .bool(let flag) = scalar.value else {
                throw SchemaError(location: describe(location), problem: .notASchema)
            }
            schema = CompiledSchema(constant: flag, resource: makeResourceID(parentBase))
        case .mapping:
            var base = parentBase
            if let idNode = node["$id"] {
                guard let id = idNode.string else { throw SchemaError(location: describe(location), problem: .malformed(keyword: "$id", expected: "a string")) }
                base = URIReference.stripFragment(URIReference.resolve(id, against: parentBase))
            }
            let site = SchemaSite(location: location, base: base, resource: makeResourceID(base))
            let present = SchemaKeywordSet(keysOf: node)
            let type = try present.overlaps(TypeKeyword.keywords) ? TypeKeyword.compile(node, site, &self) : nil
            let enumConst = try present.overlaps(EnumConstKeywords.keywords) ? EnumConstKeywords(node, site, &self) : nil
            let numeric = try present.overlaps(NumericKeywords.keywords) ? NumericKeywords(node, site, &self) : nil
            let string = try present.overlaps(StringKeywords.keywords) ? StringKeywords(node, site, &self) : nil
            let object = try present.overlaps(ObjectKeywords.keywords) ? ObjectKeywords(node, site, &self) : nil
            let array = try present.overlaps(ArrayKeywords.keywords) ? ArrayKeywords(node, site, &self) : nil
            let ref = try present.overlaps(RefKeywords.keywords) ? RefKeywords.compile(node, site, &self) : nil
            let combinators = try present.overlaps(CombinatorKeywords.keywords) ? CombinatorKeywords(node, site, &self) : nil
            let conditional = try present.overlaps(ConditionalKeywords.keywords) ? ConditionalKeywords.compile(node, site, &self) : nil
            // `$defs` are compiled too, so a bad pattern anywhere is caught now.
            if present.contains(.defs), let defs = node["$defs"]?.members {
                for def in defs { _ = try subschema(def.value, site, "$defs", def.name) }
            }
            schema = CompiledSchema(
                resource: site.resource, type: type, enumConst: enumConst, numeric: numeric, string: string, object: object,
                array: array, ref: ref, combinators: combinators, conditional: conditional)
        default:
            throw SchemaError(location: describe(location), problem: .notASchema)
        }
        schemas[index] = schema
        return index
    }

    /// Compiles the subschema `node` found under `tokens` below `site`.
    mutating func subschema(_ node: Node, _ site: SchemaSite, _ tokens: String...) throws -> Int {
        var location = site.location
        for token in tokens { location.pointer = JSONPointer.appending(location.pointer, key: token) }
        return try compile(node, at: location, parentBase: site.base)
    }

    /// Compiles each item of an array of subschemas under `keyword`.
    mutating func subschemaArray(_ node: Node, _ site: SchemaSite, _ keyword: String) throws -> [Int] {
        guard let items = node.items, !items.isEmpty else {
            throw error(site, .malformed(keyword: keyword, expected: "a non-empty array of schemas"))
        }
        var result: [Int] = []
        for (i, item) in items.enumerated() { result.append(try subschema(item, site, keyword, String(i))) }
        return result
    }

    // MARK: - Keyword values

    /// `problem` at its keyword below `site`.
    func error(_ site: SchemaSite, _ problem: SchemaError.Problem) -> SchemaError {
        SchemaError(location: describe(problem.keyword.map { site.child($0) } ?? site.location), problem: problem)
    }

    func describe(_ location: SchemaLocation) -> String {
        documentURIs[location.document] + "#" + location.pointer
    }

    /// A non-negative integer keyword value (`2` or `2.0`).
    func count(_ node: Node, _ site: SchemaSite, _ keyword: String) throws -> Int {
        guard case .scalar(let scalar) = node.value, case .number(let number) = scalar.value,
              let value = number.isInteger ? (number.intValue ?? Int.max) : nil, !number.isNegative else {
            throw error(site, .malformed(keyword: keyword, expected: "a non-negative integer"))
        }
        return value
    }

    /// A boolean keyword value.
    func bool(_ node: Node, _ site: SchemaSite, _ keyword: String) throws -> Bool {
        guard case .scalar(let scalar) = node.value, case .bool(let flag) = scalar.value else {
            throw error(site, .malformed(keyword: keyword, expected: "a boolean"))
        }
        return flag
    }

    /// A number keyword value.
    func number(_ node: Node, _ site: SchemaSite, _ keyword: String) throws -> Number {
        guard case .scalar(let scalar) = node.value, case .number(let number) = scalar.value else {
            throw error(site, .malformed(keyword: keyword, expected: "a number"))
        }
        return number
    }

    /// An array of unique strings.
    func strings(_ node: Node, _ site: SchemaSite, _ keyword: String) throws -> [String] {
        guard let items = node.items else { throw error(site, .malformed(keyword: keyword, expected: "an array of strings")) }
        var result: [String] = []
        for item in items {
            guard let text = item.string else { throw error(site, .malformed(keyword: keyword, expected: "an array of strings")) }
            result.append(text)
        }
        return result
    }
}

// MARK: - Declared keys

extension SchemaCompiler {
    /// Fills `declaredKeys` of every schema: its `properties` names and
    /// those of the subschemas it applies in place, sorted.
    mutating func computeDeclaredKeys() {
        // visitedBy[i] == index: schema i was reached from `index` already.
        var visitedBy = [Int](repeating: -1, count: schemas.count)
        for index in schemas.indices {
            let start = schemas[index]
            // A schema that applies nothing in place declares no keys of its own.
            guard start.object != nil || start.ref != nil || start.combinators != nil || start.conditional != nil else { continue }
            var keys = Set<String>()
            var stack = [index]
            while let current = stack.popLast() {
                guard visitedBy[current] != index else { continue }
                visitedBy[current] = index
                let schema = schemas[current]
                if let object = schema.object {
                    keys.formUnion(object.propertyNames)
                    stack += object.dependentSchemas.map(\.schema)
                }
                if let ref = schema.ref { stack += [ref.ref, ref.dynamicRef].compactMap { $0 } }
                if let combinators = schema.combinators { stack += combinators.allOf + combinators.anyOf + combinators.oneOf }
                if let conditional = schema.conditional {
                    stack += [conditional.condition, conditional.then, conditional.otherwise].compactMap { $0 }
                }
            }
            schemas[index].declaredKeys = keys.sorted()
        }
    }
}
