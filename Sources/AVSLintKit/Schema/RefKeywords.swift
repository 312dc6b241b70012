/// `$ref` and `$dynamicRef`, resolved to schema indices at compile time.
struct RefKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("$ref", "$dynamicRef")

    /// The `$ref` target.
    var ref: Int?
    /// The `$dynamicRef` target as resolved statically.
    var dynamicRef: Int?
    /// The anchor name to look up in the dynamic scope, when the static
    /// target carries a `$dynamicAnchor` of that name.
    var dynamicName: String?

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        "RefKeywords(ref: \(SwiftSource.optional(ref)), dynamicRef: \(SwiftSource.optional(dynamicRef)), "
            + "dynamicName: \(SwiftSource.optional(dynamicName, SwiftSource.string)))"
    }

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> RefKeywords? {
        var result = RefKeywords()
        if let value = node["$ref"] {
            guard let text = value.string else { throw compiler.error(site, .malformed(keyword: "$ref", expected: "a string")) }
            result.ref = try compiler.resolveReference(text, site, "$ref")
        }
        if let value = node["$dynamicRef"] {
            guard let text = value.string else { throw compiler.error(site, .malformed(keyword: "$dynamicRef", expected: "a string")) }
            let location = try compiler.referenceLocation(text, site, "$dynamicRef")
            result.dynamicRef = try compiler.compile(at: location)
            let fragment = URIReference.fragment(of: URIReference.resolve(text, against: site.base))
            if !fragment.isEmpty, !fragment.hasPrefix("/"),
               let targetNode = JSONPointerWalk.node(in: compiler.documents[location.document], pointer: location.pointer),
               targetNode["$dynamicAnchor"]?.string == fragment {
                result.dynamicName = fragment
                compiler.usesDynamicScope = true
            }
        }
        return result.ref == nil && result.dynamicRef == nil ? nil : result
    }
}

extension SchemaCompiler {
    /// Resolves a reference against the site's base URI and compiles its
    /// target: a resource root, a JSON Pointer fragment within a resource,
    /// or an anchor. Documents given as resources are registered on first
    /// need; the network is never used.
    mutating func resolveReference(_ reference: String, _ site: SchemaSite, _ keyword: String) throws -> Int {
        try compile(at: referenceLocation(reference, site, keyword))
    }

    /// The location a reference names (see `resolveReference`).
    mutating func referenceLocation(_ reference: String, _ site: SchemaSite, _ keyword: String) throws -> SchemaLocation {
        let absolute = URIReference.resolve(reference, against: site.base)
        let uri = URIReference.stripFragment(absolute)
        let fragment = URIReference.fragment(of: absolute)
        if resources[uri] == nil, let document = pending.removeValue(forKey: uri) {
            _ = register(document, uri: uri)
        }
        if resources[uri] == nil || (!fragment.isEmpty && !fragment.hasPrefix("/") && anchors[uri + "#" + fragment] == nil) {
            // An identifier may be declared inside another given document.
            for key in pending.keys.sorted() {
                if let document = pending.removeValue(forKey: key) { _ = register(document, uri: key) }
            }
        }
        guard let resource = resources[uri] else {
            throw error(site, .unavailable(keyword: keyword, reference: reference))
        }
        let location: SchemaLocation
        if fragment.isEmpty {
            location = resource
        } else if fragment.hasPrefix("/") {
            location = SchemaLocation(document: resource.document, pointer: resource.pointer + fragment)
        } else if let anchored = anchors[uri + "#" + fragment] {
            location = anchored
        } else {
            throw error(site, .unknownAnchor(keyword: keyword, anchor: fragment))
        }
        guard JSONPointerWalk.node(in: documents[location.document], pointer: location.pointer) != nil else {
            throw error(site, .missingTarget(keyword: keyword, reference: reference))
        }
        return location
    }
}

// MARK: - Evaluation

extension SchemaEvaluator {
    /// `$ref` applies its target in place; `$dynamicRef` first looks for
    /// the outermost resource in the dynamic scope with a matching
    /// `$dynamicAnchor`.
    mutating func checkRef(_ keywords: RefKeywords, _ node: Node, _ context: InstanceContext, _ annotations: inout Annotations) -> Bool {
        var valid = true
        if let target = keywords.ref, !evaluateInPlace(target, node, context, &annotations) {
            valid = false
            if !collect { return false }
        }
        if var target = keywords.dynamicRef {
            if let name = keywords.dynamicName {
                for resource in scope {
                    if let anchored = program.dynamicAnchors[resource][name] {
                        target = anchored
                        break
                    }
                }
            }
            if !evaluateInPlace(target, node, context, &annotations) { valid = false }
        }
        return valid
    }
}
