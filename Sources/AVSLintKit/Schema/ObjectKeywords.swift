/// The keywords that apply to objects: `properties`, `patternProperties`,
/// `additionalProperties`, `propertyNames`, `required`, `minProperties`,
/// `maxProperties`, `dependentRequired`, `dependentSchemas` and
/// `unevaluatedProperties`.
final class ObjectKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("properties", "patternProperties", "additionalProperties", "required", "minProperties",
        "maxProperties", "dependentRequired", "dependentSchemas", "propertyNames", "unevaluatedProperties")

    let properties: [String: Int]
    /// `properties` in schema order, searched instead of hashing when it is short.
    let propertyList: [(name: String, schema: Int)]
    /// Names in `properties`, sorted (for messages).
    let propertyNames: [String]
    let patternProperties: [(pattern: SchemaPattern, schema: Int)]
    let additionalProperties: Int?
    let additionalIsFalse: Bool
    let propertyNamesSchema: Int?
    let required: [String]
    let minProperties, maxProperties: Int?
    let dependentRequired: [(name: String, required: [String])]
    let dependentSchemas: [(name: String, schema: Int)]
    let unevaluatedProperties: Int?
    let unevaluatedIsFalse: Bool

    /// Compiles the object keywords of the schema object `node`; nil when it has none.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        var any = false
        var properties: [String: Int] = [:]
        var propertyList: [(name: String, schema: Int)] = []
        if let value = node["properties"] {
            any = true
            guard let members = value.members else { throw compiler.error(site, .malformed(keyword: "properties", expected: "an object")) }
            for member in InstanceValue.effectiveMembers(members, of: value) {
                let schema = try compiler.subschema(member.value, site, "properties", member.name)
                properties[member.name] = schema
                propertyList.append((member.name, schema))
            }
        }
        self.properties = properties
        self.propertyList = propertyList
        propertyNames = properties.keys.sorted()
        var patternProperties: [(pattern: SchemaPattern, schema: Int)] = []
        if let value = node["patternProperties"] {
            any = true
            guard let members = value.members else { throw compiler.error(site, .malformed(keyword: "patternProperties", expected: "an object")) }
            for member in InstanceValue.effectiveMembers(members, of: value) {
                guard let pattern = SchemaPattern(member.name) else {
                    throw compiler.error(site, .invalidPatternName(member.name))
                }
                patternProperties.append((pattern, try compiler.subschema(member.value, site, "patternProperties", member.name)))
            }
        }
        self.patternProperties = patternProperties
        let additionalNode = node["additionalProperties"]
        additionalProperties = try additionalNode.map { try compiler.subschema($0, site, "additionalProperties") }
        additionalIsFalse = additionalNode.map(Self.isFalse) ?? false
        propertyNamesSchema = try node["propertyNames"].map { try compiler.subschema($0, site, "propertyNames") }
        let requiredNode = node["required"]
        required = try requiredNode.map { try compiler.strings($0, site, "required") } ?? []
        minProperties = try node["minProperties"].map { try compiler.count($0, site, "minProperties") }
        maxProperties = try node["maxProperties"].map { try compiler.count($0, site, "maxProperties") }
        let dependentRequiredNode = node["dependentRequired"]
        dependentRequired = try dependentRequiredNode.map { value in
            guard let members = value.members else { throw compiler.error(site, .malformed(keyword: "dependentRequired", expected: "an object")) }
            return try members.map { ($0.name, try compiler.strings($0.value, site, "dependentRequired")) }
        } ?? []
        let dependentSchemasNode = node["dependentSchemas"]
        dependentSchemas = try dependentSchemasNode.map { value in
            guard let members = value.members else { throw compiler.error(site, .malformed(keyword: "dependentSchemas", expected: "an object")) }
            return try members.map { ($0.name, try compiler.subschema($0.value, site, "dependentSchemas", $0.name)) }
        } ?? []
        let unevaluatedNode = node["unevaluatedProperties"]
        unevaluatedProperties = try unevaluatedNode.map { try compiler.subschema($0, site, "unevaluatedProperties") }
        unevaluatedIsFalse = unevaluatedNode.map(Self.isFalse) ?? false
        if unevaluatedNode != nil { compiler.needsAnnotations = true }
        guard any || additionalNode != nil || propertyNamesSchema != nil || requiredNode != nil || minProperties != nil
            || maxProperties != nil || dependentRequiredNode != nil || dependentSchemasNode != nil || unevaluatedNode != nil else {
            return nil
        }
    }

    /// The keywords as given; `properties` is built from `propertyList`
    /// (names unique), and `propertyNames` holds its names sorted.
    init(propertyList: [(name: String, schema: Int)] = [], propertyNames: [String] = [],
         patternProperties: [(pattern: SchemaPattern, schema: Int)] = [], additionalProperties: Int? = nil,
         additionalIsFalse: Bool = false, propertyNamesSchema: Int? = nil, required: [String] = [], minProperties: Int? = nil,
         maxProperties: Int? = nil, dependentRequired: [(name: String, required: [String])] = [],
         dependentSchemas: [(name: String, schema: Int)] = [], unevaluatedProperties: Int? = nil,
         unevaluatedIsFalse: Bool = false) {
        var properties: [String: Int] = [:]
        properties.reserveCapacity(propertyList.count)
        for entry in propertyList { properties[entry.name] = entry.schema }
        self.properties = properties
        self.propertyList = propertyList
        self.propertyNames = propertyNames
        self.patternProperties = patternProperties
        self.additionalProperties = additionalProperties
        self.additionalIsFalse = additionalIsFalse
        self.propertyNamesSchema = propertyNamesSchema
        self.required = required
        self.minProperties = minProperties
        self.maxProperties = maxProperties
        self.dependentRequired = dependentRequired
        self.dependentSchemas = dependentSchemas
        self.unevaluatedProperties = unevaluatedProperties
        self.unevaluatedIsFalse = unevaluatedIsFalse
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        let named = { (list: [(name: String, schema: Int)]) in
            SwiftSource.array(list) { "(\(SwiftSource.string($0.name)), \($0.schema))" }
        }
        let arguments = SwiftSource.arguments([
            ("propertyList", named(propertyList), propertyList.isEmpty),
            ("propertyNames", SwiftSource.strings(propertyNames), propertyNames.isEmpty),
            ("patternProperties", SwiftSource.array(patternProperties) { "(\($0.pattern.swiftSource), \($0.schema))" },
             patternProperties.isEmpty),
            ("additionalProperties", SwiftSource.optional(additionalProperties), additionalProperties == nil),
            ("additionalIsFalse", "true", !additionalIsFalse),
            ("propertyNamesSchema", SwiftSource.optional(propertyNamesSchema), propertyNamesSchema == nil),
            ("required", SwiftSource.strings(required), required.isEmpty),
            ("minProperties", SwiftSource.optional(minProperties), minProperties == nil),
            ("maxProperties", SwiftSource.optional(maxProperties), maxProperties == nil),
            ("dependentRequired", SwiftSource.array(dependentRequired) { "(\(SwiftSource.string($0.name)), \(SwiftSource.strings($0.required)))" },
             dependentRequired.isEmpty),
            ("dependentSchemas", named(dependentSchemas), dependentSchemas.isEmpty),
            ("unevaluatedProperties", SwiftSource.optional(unevaluatedProperties), unevaluatedProperties == nil),
            ("unevaluatedIsFalse", "true", !unevaluatedIsFalse),
        ])
        return "ObjectKeywords(\(arguments))"
    }

    /// The subschema `properties` gives for `name`. A few names are compared
    /// one by one: cheaper than hashing the key.
    func property(_ name: String) -> Int? {
        guard propertyList.count <= 8 else { return properties[name] }
        for entry in propertyList where entry.name == name { return entry.schema }
        return nil
    }

    static func isFalse(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node.value, case .bool(false) = scalar.value { return true }
        return false
    }

    /// `unknown key 'x'; did you mean 'y'?`, or the allowed keys, sorted.
    static func unknownKeyMessage(_ name: String, suggestion: String?, allowed: [String], patterns: [String]) -> String {
        if let suggestion {
            return "unknown key '\(name)'; did you mean '\(suggestion)'?"
        }
        var parts: [String] = []
        if !allowed.isEmpty { parts.append("allowed keys: " + allowed.map { "'\($0)'" }.joined(separator: ", ")) }
        if !patterns.isEmpty {
            parts.append((allowed.isEmpty ? "keys must match " : "or keys matching ") + patterns.map { "'\($0)'" }.joined(separator: ", "))
        }
        if parts.isEmpty { return "unknown key '\(name)'; no keys are allowed here" }
        return "unknown key '\(name)'; " + parts.joined(separator: " ")
    }
}

extension SchemaEvaluator {
    /// The object keywords except `unevaluatedProperties`.
    mutating func checkObject(_ keywords: ObjectKeywords, _ node: Node, _ members: [Member], _ context: InstanceContext,
                              _ annotations: inout Annotations) -> Bool {
        let effective = InstanceValue.effectiveMembers(members, of: node)
        let track = program.needsAnnotations
        var valid = true
        // A schema that only says which keys must be there (`required`,
        // counts, dependencies) has nothing to do per member.
        let visitsMembers = track || !keywords.properties.isEmpty || !keywords.patternProperties.isEmpty
            || keywords.additionalProperties != nil || keywords.propertyNamesSchema != nil
        // By index: each member is read where it is, not copied out.
        for i in effective.indices where visitsMembers {
            let name = effective[i].name
            var matched = false
            if let schema = keywords.property(name) {
                matched = true
                var sub = Annotations()
                if !evaluate(schema, effective[i].value, child(context, key: name, keySpan: effective[i].key.span), &sub) {
                    valid = false
                    if !collect { return false }
                }
            }
            for (pattern, schema) in keywords.patternProperties where pattern.matches(name) {
                matched = true
                var sub = Annotations()
                if !evaluate(schema, effective[i].value, child(context, key: name, keySpan: effective[i].key.span), &sub) {
                    valid = false
                    if !collect { return false }
                }
            }
            if !matched, let schema = keywords.additionalProperties {
                matched = true
                if keywords.additionalIsFalse {
                    valid = false
                    if !collect { return false }
                    let suggestion = EditDistance.suggestion(for: name, among: keywords.propertyNames)
                    report("unknown-key", ObjectKeywords.unknownKeyMessage(name, suggestion: suggestion, allowed: keywords.propertyNames,
                                                                         patterns: keywords.patternProperties.map(\.pattern.source)),
                           at: effective[i].key.span, JSONPointer.appending(context.path, key: name), suggestion: suggestion)
                } else {
                    var sub = Annotations()
                    if !evaluate(schema, effective[i].value, child(context, key: name, keySpan: effective[i].key.span), &sub) {
                        valid = false
                        if !collect { return false }
                    }
                }
            }
            if track, matched { annotations.properties.insert(name) }
            if let schema = keywords.propertyNamesSchema {
                var sub = Annotations()
                let keyContext = child(context, key: name, keySpan: nil)
                if !evaluate(schema, InstanceValue.keyNode(effective[i]), keyContext, &sub) {
                    valid = false
                    if !collect { return false }
                }
            }
        }
        if node.isOpen, !doubtPasses, !openMappingCertainlyPasses(keywords, effective) {
            // Keys the object may hide could fail `properties`,
            // `additionalProperties`, `propertyNames` or `maxProperties`.
            _ = doubt()
            valid = false
            if !collect { return false }
        }
        if !keywords.required.isEmpty || !keywords.dependentRequired.isEmpty || !keywords.dependentSchemas.isEmpty {
            let present = PresentKeys(effective)
            for name in keywords.required where !present.contains(name) {
                // An open object may have the key after all.
                if node.isOpen, doubt() { continue }
                valid = false
                if !collect { return false }
                report("required", "missing required key '\(name)'", at: ownerSpan(node, context), context.path)
            }
            for (name, required) in keywords.dependentRequired where present.contains(name) || (node.isOpen && !doubtPasses) {
                for other in required where !present.contains(other) {
                    if node.isOpen, doubt() { continue }
                    valid = false
                    if !collect { return false }
                    report("dependentRequired", "missing key '\(other)', required when '\(name)' is present",
                           at: ownerSpan(node, context), context.path)
                }
            }
            for (name, schema) in keywords.dependentSchemas where present.contains(name) || (node.isOpen && !doubtPasses) {
                if !evaluateInPlace(schema, node, context, &annotations) {
                    valid = false
                    if !collect { return false }
                }
            }
        }
        let count = effective.count
        if let minimum = keywords.minProperties, count < minimum, !(node.isOpen && doubt()) {
            valid = false
            report("minProperties", "the object has \(count) \(count == 1 ? "key" : "keys"); the minimum is \(minimum)", at: node.span, context.path)
        }
        if let maximum = keywords.maxProperties, count > maximum {
            valid = false
            report("maxProperties", "the object has \(count) keys; the maximum is \(maximum)", at: node.span, context.path)
        }
        return valid
    }

    /// True when no key an open object may hide could fail `keywords`:
    /// every `properties` entry it lacks accepts anything, and nothing
    /// limits further keys.
    private func openMappingCertainlyPasses(_ keywords: ObjectKeywords, _ members: [Member]) -> Bool {
        if keywords.maxProperties != nil || keywords.propertyNamesSchema != nil || keywords.unevaluatedProperties != nil { return false }
        if let additional = keywords.additionalProperties, program.schemas[additional].constant != true { return false }
        if !keywords.patternProperties.isEmpty { return false }
        let present = PresentKeys(members)
        for entry in keywords.propertyList where !present.contains(entry.name) {
            if program.schemas[entry.schema].constant != true { return false }
        }
        return true
    }

    /// `unevaluatedProperties`: the members no other keyword of this schema
    /// (or its passing in-place subschemas) evaluated.
    mutating func checkUnevaluatedProperties(_ keywords: ObjectKeywords, _ declaredKeys: [String], _ node: Node, _ members: [Member],
                                             _ context: InstanceContext, _ annotations: inout Annotations) -> Bool {
        guard let schema = keywords.unevaluatedProperties else { return true }
        var valid = true
        for member in InstanceValue.effectiveMembers(members, of: node) where !annotations.properties.contains(member.name) {
            let name = member.name
            if keywords.unevaluatedIsFalse {
                valid = false
                if !collect { return false }
                let suggestion = EditDistance.suggestion(for: name, among: declaredKeys)
                report("unknown-key", ObjectKeywords.unknownKeyMessage(name, suggestion: suggestion, allowed: declaredKeys, patterns: []),
                       at: member.key.span, JSONPointer.appending(context.path, key: name), suggestion: suggestion)
            } else {
                var sub = Annotations()
                if !evaluate(schema, member.value, child(context, key: name, keySpan: member.key.span), &sub) {
                    valid = false
                    if !collect { return false }
                }
            }
        }
        if valid { for member in members { annotations.properties.insert(member.name) } }
        return valid
    }
}

/// The keys an object has, for `required` and `dependent*`: a linear scan
/// for the few keys most objects have, a set for large ones.
struct PresentKeys {
    private let members: [Member]
    private let set: Set<String>?

    init(_ members: [Member]) {
        self.members = members
        set = members.count > 16 ? Set(members.map(\.name)) : nil
    }

    func contains(_ name: String) -> Bool {
        if let set { return set.contains(name) }
        for i in members.indices where members[i].isNamed(name) { return true }
        return false
    }
}
