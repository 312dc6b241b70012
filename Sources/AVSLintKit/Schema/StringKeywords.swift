/// `minLength`/`maxLength` (in Unicode scalars), `pattern`, and `format`
/// where the schema declares the format-assertion vocabulary (`SchemaFormat`).
final class StringKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("minLength", "maxLength", "pattern", "format")

    let minLength, maxLength: Int?
    let pattern: SchemaPattern?
    let format: SchemaFormat?

    /// Compiles the string keywords of the schema object `node`; nil when it has none.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        minLength = try node["minLength"].map { try compiler.count($0, site, "minLength") }
        maxLength = try node["maxLength"].map { try compiler.count($0, site, "maxLength") }
        pattern = try node["pattern"].map { value in
            guard let source = value.string else { throw compiler.error(site, .malformed(keyword: "pattern", expected: "a string")) }
            guard let pattern = SchemaPattern(source) else { throw compiler.error(site, .invalidPattern(source)) }
            return pattern
        }
        format = compiler.assertsFormat ? node["format"]?.string.flatMap(SchemaFormat.init(rawValue:)) : nil
        guard minLength != nil || maxLength != nil || pattern != nil || format != nil else { return nil }
    }

    /// The keywords as given.
    init(minLength: Int?, maxLength: Int?, pattern: SchemaPattern?, format: SchemaFormat?) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.format = format
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        "StringKeywords(minLength: \(SwiftSource.optional(minLength)), maxLength: \(SwiftSource.optional(maxLength)), "
            + "pattern: \(SwiftSource.optional(pattern, \.swiftSource)), "
            + "format: \(SwiftSource.optional(format) { "." + $0.rawValue }))"
    }
}

extension SchemaEvaluator {
    /// The string keywords, at the value: `'ab' is shorter than the minimum length 3`.
    mutating func checkString(_ keywords: StringKeywords, _ text: String, _ node: Node, _ context: InstanceContext) -> Bool {
        var valid = true
        if keywords.minLength != nil || keywords.maxLength != nil {
            let length = text.unicodeScalars.count
            if let minimum = keywords.minLength, length < minimum {
                valid = false
                report("minLength", length == 0 ? "the string is empty; the minimum length is \(minimum)"
                       : "'\(InstanceValue.short(text))' is shorter than the minimum length \(minimum)", at: node.span, context.path)
            }
            if let maximum = keywords.maxLength, length > maximum {
                valid = false
                report("maxLength", "'\(InstanceValue.short(text))' is longer than the maximum length \(maximum)", at: node.span, context.path)
            }
        }
        if let pattern = keywords.pattern, !pattern.matches(text) {
            valid = false
            report("pattern", "'\(InstanceValue.short(text))' does not match the pattern '\(pattern.source)'", at: node.span, context.path)
        }
        if let format = keywords.format, !checkFormat(format, text, node, context) { valid = false }
        return valid
    }
}
