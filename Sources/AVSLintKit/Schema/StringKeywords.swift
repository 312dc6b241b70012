/// `minLength`/`maxLength` (in Unicode scalars), `pattern`, and `format`
/// where the schema declares the format-assertion vocabulary (`SchemaFormat`).
///
/// Written only while compiling (see `SchemaProgram`).
final class StringKeywords: @unchecked Sendable {
    var minLength, maxLength: Int?
    var pattern: SchemaPattern?
    var format: SchemaFormat?

    static func compile(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws -> StringKeywords? {
        let result = StringKeywords()
        if let value = node["minLength"] { result.minLength = try compiler.count(value, site, "minLength") }
        if let value = node["maxLength"] { result.maxLength = try compiler.count(value, site, "maxLength") }
        if let value = node["pattern"] {
            guard let source = value.string else { throw compiler.error(site, .malformed(keyword: "pattern", expected: "a string")) }
            guard let pattern = SchemaPattern(source) else {
                throw compiler.error(site, .invalidPattern(source))
            }
            result.pattern = pattern
        }
        if compiler.assertsFormat, let name = node["format"]?.string { result.format = SchemaFormat(rawValue: name) }
        return result.minLength == nil && result.maxLength == nil && result.pattern == nil && result.format == nil ? nil : result
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
