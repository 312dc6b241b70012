/// The keywords that apply to arrays: `prefixItems`, `items`, `contains`
/// with `minContains`/`maxContains`, `minItems`, `maxItems`, `uniqueItems`
/// and `unevaluatedItems`.
final class ArrayKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems",
        "uniqueItems", "unevaluatedItems")

    let prefixItems: [Int]
    let items: Int?
    let itemsIsFalse: Bool
    let contains: Int?
    let minContains, maxContains: Int?
    let minItems, maxItems: Int?
    let uniqueItems: Bool
    let unevaluatedItems: Int?
    let unevaluatedIsFalse: Bool

    /// Compiles the array keywords of the schema object `node`; nil when it has none.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        prefixItems = try node["prefixItems"].map { try compiler.subschemaArray($0, site, "prefixItems") } ?? []
        let itemsNode = node["items"]
        items = try itemsNode.map { try compiler.subschema($0, site, "items") }
        itemsIsFalse = itemsNode.map(ObjectKeywords.isFalse) ?? false
        let containsNode = node["contains"]
        contains = try containsNode.map { try compiler.subschema($0, site, "contains") }
        minContains = containsNode == nil ? nil : try node["minContains"].map { try compiler.count($0, site, "minContains") }
        maxContains = containsNode == nil ? nil : try node["maxContains"].map { try compiler.count($0, site, "maxContains") }
        minItems = try node["minItems"].map { try compiler.count($0, site, "minItems") }
        maxItems = try node["maxItems"].map { try compiler.count($0, site, "maxItems") }
        uniqueItems = try node["uniqueItems"].map { try compiler.bool($0, site, "uniqueItems") } ?? false
        let unevaluatedNode = node["unevaluatedItems"]
        unevaluatedItems = try unevaluatedNode.map { try compiler.subschema($0, site, "unevaluatedItems") }
        unevaluatedIsFalse = unevaluatedNode.map(ObjectKeywords.isFalse) ?? false
        if unevaluatedNode != nil { compiler.needsAnnotations = true }
        guard !prefixItems.isEmpty || items != nil || contains != nil || minItems != nil || maxItems != nil || uniqueItems
            || unevaluatedItems != nil else { return nil }
    }

    /// The keywords as given.
    init(prefixItems: [Int] = [], items: Int? = nil, itemsIsFalse: Bool = false, contains: Int? = nil, minContains: Int? = nil,
         maxContains: Int? = nil, minItems: Int? = nil, maxItems: Int? = nil, uniqueItems: Bool = false,
         unevaluatedItems: Int? = nil, unevaluatedIsFalse: Bool = false) {
        self.prefixItems = prefixItems
        self.items = items
        self.itemsIsFalse = itemsIsFalse
        self.contains = contains
        self.minContains = minContains
        self.maxContains = maxContains
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.unevaluatedItems = unevaluatedItems
        self.unevaluatedIsFalse = unevaluatedIsFalse
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        let arguments = SwiftSource.arguments([
            ("prefixItems", SwiftSource.ints(prefixItems), prefixItems.isEmpty),
            ("items", SwiftSource.optional(items), items == nil),
            ("itemsIsFalse", "true", !itemsIsFalse),
            ("contains", SwiftSource.optional(contains), contains == nil),
            ("minContains", SwiftSource.optional(minContains), minContains == nil),
            ("maxContains", SwiftSource.optional(maxContains), maxContains == nil),
            ("minItems", SwiftSource.optional(minItems), minItems == nil),
            ("maxItems", SwiftSource.optional(maxItems), maxItems == nil),
            ("uniqueItems", "true", !uniqueItems),
            ("unevaluatedItems", SwiftSource.optional(unevaluatedItems), unevaluatedItems == nil),
            ("unevaluatedIsFalse", "true", !unevaluatedIsFalse),
        ])
        return "ArrayKeywords(\(arguments))"
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
