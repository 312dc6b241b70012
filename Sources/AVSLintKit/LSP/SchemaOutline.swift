/// One step of a path into a document: a mapping key or a sequence item.
enum PathStep: Sendable, Hashable {
    case key(String)
    case item
}

/// The launch schema as an editor needs it: which keys are allowed at a
/// path, and each key's description and allowed values. It reads the
/// schema's JSON (`$ref` to `#/…`, `allOf`/`anyOf`/`oneOf`,
/// `if`/`then`/`else`, `properties`, `patternProperties`,
/// `additionalProperties`, `items`).
struct SchemaOutline: Sendable {
    /// The schema document.
    let root: JSONValue

    /// The embedded launch schema (an empty schema if it cannot be read).
    static func embedded() -> SchemaOutline {
        let text = Embedded.text("schemas/udesk-avs.schema.json") ?? "{}"
        return SchemaOutline(root: (try? JSONValue.parse(Array(text.utf8)).get()) ?? [:])
    }

    /// A key allowed at some path, with the schemas that describe it.
    struct Property: Sendable {
        var name: String
        var schemas: [JSONValue]

        /// The first `title`.
        var title: String? { schemas.lazy.compactMap { $0["title"]?.string }.first }
        /// The first `markdownDescription` or `description`.
        var description: String? {
            schemas.lazy.compactMap { $0["markdownDescription"]?.string ?? $0["description"]?.string }.first
        }
        /// The `enum` values (or the `const`), as JSON values.
        var allowedValues: [JSONValue] {
            for schema in schemas {
                if let values = schema["enum"]?.array { return values }
                if let value = schema["const"] { return [value] }
            }
            return []
        }
        /// The `type` names.
        var types: [String] {
            for schema in schemas {
                if let name = schema["type"]?.string { return [name] }
                if let names = schema["type"]?.array?.compactMap(\.string) { return names }
            }
            return []
        }
        /// The keys an object value must hold, in order.
        var required: [String] {
            schemas.lazy.compactMap { $0["required"]?.array?.compactMap(\.string) }.first ?? []
        }
    }

    /// The schemas that apply at `path`.
    /// - Parameter rootKeys: the keys of the document's root, to choose an
    ///   `if`/`then`/`else` branch at the root; nil or empty takes both.
    func schemas(at path: [PathStep], rootKeys: Set<String>?) -> [JSONValue] {
        var current = expand(root, keys: rootKeys.flatMap { $0.isEmpty ? nil : $0 }, depth: 0)
        for step in path {
            var next: [JSONValue] = []
            for schema in current { next += child(of: schema, step) }
            current = next.flatMap { expand($0, keys: nil, depth: 0) }
            if current.isEmpty { return [] }
        }
        return current
    }

    /// The keys declared for the mapping at `path`, in schema order.
    func properties(at path: [PathStep], rootKeys: Set<String>?) -> [Property] {
        var order: [String] = []
        var found: [String: [JSONValue]] = [:]
        for schema in schemas(at: path, rootKeys: rootKeys) {
            guard case .object(let members)? = schema["properties"] else { continue }
            for member in members {
                if found[member.key] == nil { order.append(member.key) }
                found[member.key, default: []] += expand(member.value, keys: nil, depth: 0)
            }
        }
        return order.map { Property(name: $0, schemas: found[$0] ?? []) }
    }

    /// The key `name` of the mapping at `path`.
    func property(_ name: String, at path: [PathStep], rootKeys: Set<String>?) -> Property? {
        let schemas = schemas(at: path + [.key(name)], rootKeys: rootKeys)
        return schemas.isEmpty ? nil : Property(name: name, schemas: schemas)
    }

    /// `schema` and what it refers to in place, flattened.
    private func expand(_ schema: JSONValue, keys: Set<String>?, depth: Int) -> [JSONValue] {
        guard schema.isObject, depth < 32 else { return [] }
        var out = [schema]
        if let ref = schema["$ref"]?.string, let target = resolve(ref) {
            out += expand(target, keys: keys, depth: depth + 1)
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for branch in schema[combinator]?.array ?? [] { out += expand(branch, keys: keys, depth: depth + 1) }
        }
        if let condition = schema["if"] {
            let branches: [String]
            if let keys, let required = condition["required"]?.array?.compactMap(\.string),
               condition.objectKeys == ["required"] {
                branches = required.allSatisfy(keys.contains) ? ["then"] : ["else"]
            } else {
                branches = ["then", "else"]
            }
            for branch in branches {
                if let next = schema[branch] { out += expand(next, keys: keys, depth: depth + 1) }
            }
        }
        return out
    }

    /// The subschemas that `step` reaches from `schema`.
    private func child(of schema: JSONValue, _ step: PathStep) -> [JSONValue] {
        switch step {
        case .item:
            if let items = schema["items"], items.isObject { return [items] }
            return []
        case .key(let name):
            if let declared = schema["properties"]?[name] { return [declared] }
            var out: [JSONValue] = []
            if case .object(let patterns)? = schema["patternProperties"] {
                for pattern in patterns where Self.matches(name, pattern.key) { out.append(pattern.value) }
            }
            if out.isEmpty, let additional = schema["additionalProperties"], additional.isObject { out.append(additional) }
            return out
        }
    }

    /// `#/a/b` in the schema document.
    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#") else { return nil }
        var node = root
        for token in ref.dropFirst().split(separator: "/") {
            let name = token.replacingOccurrences("~1", "/").replacingOccurrences("~0", "~")
            guard let next = node[String(name)] else { return nil }
            node = next
        }
        return node
    }

    private static func matches(_ name: String, _ pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return false }
        return name.firstMatch(of: regex) != nil
    }
}

extension JSONValue {
    /// The member names of an object, in order.
    var objectKeys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }
}

extension Substring {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> Substring {
        guard contains(target) else { return self }
        return Substring(split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement))
    }
}
