/// The keywords that apply to arrays: `prefixItems`, `items`, `contains`
/// with `minContains`/`maxContains`, `minItems`, `maxItems`, `uniqueItems`
/// and `unevaluatedItems`.
///
/// Written only while compiling (see `SchemaProgram`).
final class ArrayKeywords: @unchecked Sendable {
    var prefixItems: [Int] = []
    var items: Int?
    var itemsIsFalse = false
    var contains: Int?
    var minContains: Int?
    var maxContains: Int?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var unevaluatedItems: Int?
    var unevaluatedIsFalse = false

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> ArrayKeywords? {
        let result = ArrayKeywords()
        var any = false
        if let value = node["prefixItems"] {
            any = true
            result.prefixItems = try compiler.subschemaArray(value, site, "prefixItems")
        }
        if let value = node["items"] {
            any = true
            result.items = try compiler.subschema(value, site, "items")
            result.itemsIsFalse = ObjectKeywords.isFalse(value)
        }
        if let value = node["contains"] {
            any = true
            result.contains = try compiler.subschema(value, site, "contains")
            if let min = node["minContains"] { result.minContains = try compiler.count(min, site, "minContains") }
            if let max = node["maxContains"] { result.maxContains = try compiler.count(max, site, "maxContains") }
        }
        if let value = node["minItems"] {
            any = true
            result.minItems = try compiler.count(value, site, "minItems")
        }
        if let value = node["maxItems"] {
            any = true
            result.maxItems = try compiler.count(value, site, "maxItems")
        }
        if let value = node["uniqueItems"] {
            guard case .scalar(let scalar) = value.value, case .bool(let flag) = scalar.value else {
                throw compiler.error(site, .malformed(keyword: "uniqueItems", expected: "a boolean"))
            }
            any = any || flag
            result.uniqueItems = flag
        }
        if let value = node["unevaluatedItems"] {
            any = true
            result.unevaluatedItems = try compiler.subschema(value, site, "unevaluatedItems")
            result.unevaluatedIsFalse = ObjectKeywords.isFalse(value)
            compiler.needsAnnotations = true
        }
        return any ? result : nil
    }

    static func itemCount(_ count: Int) -> String {
        count == 1 ? "1 item" : "\(count) items"
    }
}

extension SchemaEvaluator {
    /// The array keywords except `unevaluatedItems`.
    mutating func checkArray(_ keywords: ArrayKeywords, _ node: Node, _ items: [Node], _ context: InstanceContext,
                             _ annotations: inout Annotations) -> Bool {
        var valid = true
        if let minimum = keywords.minItems, items.count < minimum {
            valid = false
            if !collect { return false }
            report("minItems", "the array has \(ArrayKeywords.itemCount(items.count)); the minimum is \(minimum)", at: node.span, context.path)
        }
        if let maximum = keywords.maxItems, items.count > maximum {
            valid = false
            if !collect { return false }
            report("maxItems", "the array has \(ArrayKeywords.itemCount(items.count)); the maximum is \(maximum)", at: node.span, context.path)
        }
        let prefixCount = min(keywords.prefixItems.count, items.count)
        for i in 0..<prefixCount {
            var sub = Annotations()
            if !evaluate(keywords.prefixItems[i], items[i], child(context, index: i), &sub) {
                valid = false
                if !collect { return false }
            }
        }
        if program.needsAnnotations { annotations.items = max(annotations.items, prefixCount) }
        if let schema = keywords.items, items.count > prefixCount {
            if !checkEach(prefixCount..<items.count, of: items, against: schema, isFalse: keywords.itemsIsFalse, context, "items",
                          unexpected: { _ in "unexpected item; the array allows at most \(ArrayKeywords.itemCount(prefixCount))" }) {
                valid = false
                if !collect { return false }
            }
            if program.needsAnnotations { annotations.items = Int.max }
        }
        if let schema = keywords.contains {
            var matches = 0
            var unknown = 0
            for (i, item) in items.enumerated() {
                if item.isComputed {
                    unknown += 1
                    continue
                }
                var sub = Annotations()
                if quietly(schema, item, child(context, index: i), &sub) {
                    matches += 1
                    if program.needsAnnotations { annotations.itemIndices.insert(i) }
                }
            }
            let minimum = keywords.minContains ?? 1
            if matches + unknown < minimum {
                valid = false
                if !collect { return false }
                if keywords.minContains == nil {
                    report("contains", "no item matches the required shape", at: node.span, context.path)
                } else {
                    report("minContains", "\(matches) of the items match the required shape; the minimum is \(minimum)", at: node.span, context.path)
                }
            }
            if let maximum = keywords.maxContains, matches > maximum {
                valid = false
                if !collect { return false }
                report("maxContains", "\(matches) of the items match the required shape; the maximum is \(maximum)", at: node.span, context.path)
            }
        }
        if keywords.uniqueItems, items.count > 1 {
            for (later, earlier) in duplicates(items) {
                valid = false
                if !collect { return false }
                report("uniqueItems", "item \(later) repeats item \(earlier)", at: items[later].span, JSONPointer.appending(context.path, index: later))
            }
        }
        return valid
    }

    /// Pairs (index, index of the first equal earlier item) in order.
    func duplicates(_ items: [Node]) -> [(Int, Int)] {
        var buckets: [Int: [Int]] = [:]
        var result: [(Int, Int)] = []
        for (i, item) in items.enumerated() where !item.isComputed {
            var hasher = Hasher()
            InstanceValue.hash(item, into: &hasher)
            let key = hasher.finalize()
            if let earlier = buckets[key]?.first(where: { InstanceValue.equal(items[$0], item, computedMatches: false) }) {
                result.append((i, earlier))
            } else {
                buckets[key, default: []].append(i)
            }
        }
        return result
    }

    /// `unevaluatedItems`: the items no other keyword of this schema (or
    /// its passing in-place subschemas) evaluated.
    mutating func checkUnevaluatedItems(_ keywords: ArrayKeywords, _ node: Node, _ items: [Node], _ context: InstanceContext,
                                        _ annotations: inout Annotations) -> Bool {
        guard let schema = keywords.unevaluatedItems, annotations.items < items.count else { return true }
        let evaluated = annotations.itemIndices
        let unevaluated = (annotations.items..<items.count).filter { !evaluated.contains($0) }
        let valid = checkEach(unevaluated, of: items, against: schema, isFalse: keywords.unevaluatedIsFalse, context,
                              "unevaluatedItems", unexpected: { "unexpected item; no schema allows item \($0)" })
        if valid { annotations.items = Int.max }
        return valid
    }

    /// Applies `schema` to the items at `indices`; when it is the `false`
    /// schema (`isFalse`), each of them is reported under `keyword` with
    /// the `unexpected` message for its index.
    private mutating func checkEach(_ indices: some Sequence<Int>, of items: [Node], against schema: Int, isFalse: Bool,
                                    _ context: InstanceContext, _ keyword: String, unexpected: (Int) -> String) -> Bool {
        var valid = true
        for i in indices {
            if isFalse {
                valid = false
                if !collect { return false }
                report(keyword, unexpected(i), at: items[i].span, JSONPointer.appending(context.path, index: i))
                continue
            }
            var sub = Annotations()
            if !evaluate(schema, items[i], child(context, index: i), &sub) {
                valid = false
                if !collect { return false }
            }
        }
        return valid
    }
}
