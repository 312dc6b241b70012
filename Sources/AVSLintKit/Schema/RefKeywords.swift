// MARK: - $ref / $dynamicRef keywords

/// `$ref` and `$dynamicRef`, resolved to schema indices at compile time.
struct RefKeywords: Sendable {
    /// The `$ref` target.
    var ref: Int?
    /// The `$dynamicRef` target as resolved statically.
    var dynamicRef: Int?
    /// The anchor name to look up in the dynamic scope, when the static
    /// target carries a `$dynamicAnchor` of that name.
    var dynamicName: String?

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> RefKeywords? {
        var result = RefKeywords()
        if let value = node["$ref"] {
            guard let text = value.string else { throw compiler.error(site, "$ref", "must be a string") }
            result.ref = try compiler.resolveReference(text, site, "$ref")
        }
        if let value = node["$dynamicRef"] {
            guard let text = value.string else { throw compiler.error(site, "$dynamicRef", "must be a string") }
            let location = try compiler.referenceLocation(text, site, "$dynamicRef")
            result.dynamicRef = try compiler.compile(at: location)
            let fragment = URIReference.fragment(of: URIReference.resolve(text, against: site.base))
            if !fragment.isEmpty, !fragment.hasPrefix("/"),
               let targetNode = JSONPointerWalk.node(in: compiler.documents[location.document], pointer: location.pointer),
               targetNode["$dynamicAnchor"]?.string == fragment {
                result.dynamicName = fragment
                compiler.program.usesDynamicScope = true
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
            throw error(site, keyword, "refers to '\(reference)', which is not available")
        }
        let location: SchemaLocation
        if fragment.isEmpty {
            location = resource
        } else if fragment.hasPrefix("/") {
            location = SchemaLocation(document: resource.document, pointer: resource.pointer + fragment)
        } else if let anchored = anchors[uri + "#" + fragment] {
            location = anchored
        } else {
            throw error(site, keyword, "refers to the unknown anchor '\(fragment)'")
        }
        guard JSONPointerWalk.node(in: documents[location.document], pointer: location.pointer) != nil else {
            throw error(site, keyword, "refers to '\(reference)', which does not exist")
        }
        return location
    }
}

// MARK: - JSON Pointer navigation

/// Walks JSON Pointers through schema documents.
enum JSONPointerWalk {
    /// Unescaped reference tokens of `pointer` (empty tokens kept).
    static func tokens(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { token in
            // Escapes are rare: only a token holding '~' needs unescaping.
            guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
            return token.replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~")
        }
    }

    /// The node `pointer` names inside `root`, or nil.
    static func node(in root: Node, pointer: String) -> Node? {
        var current = root
        for token in tokens(pointer) {
            guard let next = child(of: current, token) else { return nil }
            current = next
        }
        return current
    }

    /// The base URI in effect for the node at `pointer` before its own
    /// `$id`: the document URI changed by each ancestor's `$id`.
    static func base(in root: Node, pointer: String, documentURI: String) -> String {
        var base = documentURI
        var current = root
        for token in tokens(pointer) {
            if let id = current["$id"]?.string {
                base = URIReference.stripFragment(URIReference.resolve(id, against: base))
            }
            guard let next = child(of: current, token) else { break }
            current = next
        }
        return base
    }

    private static func child(of node: Node, _ token: String) -> Node? {
        switch node.value {
        case .mapping:
            return node[token]
        case .sequence(let items):
            guard let index = Int(token), index >= 0, index < items.count,
                  token == String(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }
}

extension StringProtocol {
    /// Replaces every occurrence of `target` (stdlib-only helper).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

// MARK: - URI references (RFC 3986)

/// Minimal RFC 3986 reference resolution, enough for `$id` and `$ref`.
enum URIReference {
    struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        var text: String {
            var out = ""
            if let scheme { out += scheme + ":" }
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }

    static func parse(_ text: String) -> Parts {
        var rest = Substring(text)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var query: String?
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        var scheme: String?
        if let colon = rest.firstIndex(of: ":") {
            let candidate = rest[..<colon]
            let scalars = candidate.unicodeScalars
            if let first = scalars.first, first.isASCII, first.properties.isAlphabetic,
               scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }) {
                scheme = String(candidate)
                rest = rest[rest.index(after: colon)...]
            }
        }
        var authority: String?
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[afterSlashes..<end])
            rest = rest[end...]
        }
        return Parts(scheme: scheme, authority: authority, path: String(rest), query: query, fragment: fragment)
    }

    /// Resolves `reference` against the absolute `base`.
    static func resolve(_ reference: String, against base: String) -> String {
        let r = parse(reference)
        let b = parse(base)
        var t = Parts(path: "")
        if r.scheme != nil {
            t = Parts(scheme: r.scheme, authority: r.authority, path: removeDotSegments(r.path), query: r.query)
        } else {
            if r.authority != nil {
                t.authority = r.authority
                t.path = removeDotSegments(r.path)
                t.query = r.query
            } else {
                if r.path.isEmpty {
                    t.path = b.path
                    t.query = r.query ?? b.query
                } else {
                    if r.path.hasPrefix("/") {
                        t.path = removeDotSegments(r.path)
                    } else {
                        t.path = removeDotSegments(merge(base: b, path: r.path))
                    }
                    t.query = r.query
                }
                t.authority = b.authority
            }
            t.scheme = b.scheme
        }
        t.fragment = r.fragment
        return t.text
    }

    private static func merge(base: Parts, path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    private static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        let absolute = input.hasPrefix("/")
        if absolute { input = input.dropFirst() }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        for (i, segment) in segments.enumerated() {
            let last = i == segments.count - 1
            if segment == "." {
                if last { output.append("") }
            } else if segment == ".." {
                if !output.isEmpty { output.removeLast() }
                if last { output.append("") }
            } else {
                output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }

    /// `uri` without its fragment (and without a trailing `#`).
    static func stripFragment(_ uri: String) -> String {
        guard let hash = uri.firstIndex(of: "#") else { return uri }
        return String(uri[..<hash])
    }

    /// The percent-decoded fragment of `uri` ("" when there is none).
    static func fragment(of uri: String) -> String {
        guard let hash = uri.firstIndex(of: "#") else { return "" }
        return percentDecoded(uri[uri.index(after: hash)...])
    }

    static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        while let b = utf8.first {
            if b == UInt8(ascii: "%"), utf8.count >= 3,
               let hi = hex(utf8[utf8.startIndex + 1]), let lo = hex(utf8[utf8.startIndex + 2]) {
                bytes.append(hi << 4 | lo)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(b)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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

// MARK: - Declared keys

extension SchemaCompiler {
    /// Fills `declaredKeys` of every schema: its `properties` names and
    /// those of the subschemas it applies in place, sorted.
    mutating func computeDeclaredKeys() {
        let schemas = program.schemas
        for index in schemas.indices {
            var keys = Set<String>()
            var visited = Set<Int>()
            var stack = [index]
            while let current = stack.popLast() {
                guard visited.insert(current).inserted else { continue }
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
            program.schemas[index].declaredKeys = keys.sorted()
        }
    }
}
