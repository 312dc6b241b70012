/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` and
/// `multipleOf`, all exact on the decimal digits (no Double rounding).
final class NumericKeywords: Sendable {
    /// The keywords this group reads.
    static let keywords = SchemaKeywordSet("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")

    let minimum, maximum: Number?
    let exclusiveMinimum, exclusiveMaximum: Number?
    let multipleOf: Number?

    /// Compiles the numeric keywords of the schema object `node`; nil when it has none.
    init?(_ node: Node, _ site: SchemaSite, _ compiler: inout SchemaCompiler) throws {
        minimum = try node["minimum"].map { try compiler.number($0, site, "minimum") }
        maximum = try node["maximum"].map { try compiler.number($0, site, "maximum") }
        exclusiveMinimum = try node["exclusiveMinimum"].map { try compiler.number($0, site, "exclusiveMinimum") }
        exclusiveMaximum = try node["exclusiveMaximum"].map { try compiler.number($0, site, "exclusiveMaximum") }
        multipleOf = try node["multipleOf"].map { try compiler.number($0, site, "multipleOf") }
        if let divisor = multipleOf, divisor.kind != .finite || divisor.isNegative || divisor.isZero {
            throw compiler.error(site, .malformed(keyword: "multipleOf", expected: "a number greater than 0"))
        }
        guard minimum != nil || maximum != nil || exclusiveMinimum != nil || exclusiveMaximum != nil || multipleOf != nil else {
            return nil
        }
    }

    /// The bounds as given (`multipleOf` greater than 0).
    init(minimum: Number?, maximum: Number?, exclusiveMinimum: Number?, exclusiveMaximum: Number?, multipleOf: Number?) {
        self.minimum = minimum
        self.maximum = maximum
        self.exclusiveMinimum = exclusiveMinimum
        self.exclusiveMaximum = exclusiveMaximum
        self.multipleOf = multipleOf
    }

    /// A Swift expression that builds these keywords (`SchemaProgramSource`).
    var swiftSource: String {
        let number = { (value: Number?) in SwiftSource.optional(value, SwiftSource.number) }
        return "NumericKeywords(minimum: \(number(minimum)), maximum: \(number(maximum)), "
            + "exclusiveMinimum: \(number(exclusiveMinimum)), exclusiveMaximum: \(number(exclusiveMaximum)), "
            + "multipleOf: \(number(multipleOf)))"
    }

    /// True when `value` is an integer multiple of `divisor` (> 0), exactly.
    static func isMultiple(_ value: Number, of divisor: Number) -> Bool {
        guard value.kind == .finite else { return false }
        if value.isZero { return true }
        // value = d1 × 10^e1, divisor = d2 × 10^e2, digits without trailing zeros.
        if value.exponent < divisor.exponent {
            // d1 is not divisible by 10, so never by d2 × 10^k with k ≥ 1.
            return false
        }
        let zeros = value.exponent - divisor.exponent
        guard divisor.digits.count <= 18 else {
            let quotient = value.doubleValue / divisor.doubleValue
            return quotient.isFinite && quotient == quotient.rounded()
        }
        var modulus: UInt64 = 0
        for digit in divisor.digits { modulus = modulus * 10 + UInt64(digit - 0x30) }
        if modulus == 1 { return true }
        var remainder: UInt64 = 0
        for digit in value.digits { remainder = (remainder * 10 + UInt64(digit - 0x30)) % modulus }
        return mulMod(remainder, powMod(10, zeros, modulus), modulus) == 0
    }

    private static func mulMod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth(product).remainder
    }

    private static func powMod(_ base: UInt64, _ exponent: Int, _ m: UInt64) -> UInt64 {
        var result: UInt64 = 1 % m
        var base = base % m
        var exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = mulMod(result, base, m) }
            base = mulMod(base, base, m)
            exponent >>= 1
        }
        return result
    }
}

extension SchemaEvaluator {
    /// The numeric keywords, at the value: `-1 is less than the minimum 0`.
    mutating func checkNumeric(_ keywords: NumericKeywords, _ number: Number, _ node: Node, _ context: InstanceContext) -> Bool {
        var valid = true
        func below(_ bound: Number) -> Bool { (Number.compare(number, bound) ?? -1) < 0 }
        func above(_ bound: Number) -> Bool { (Number.compare(number, bound) ?? 1) > 0 }
        if let minimum = keywords.minimum, below(minimum) {
            valid = false
            report("minimum", "\(number.text) is less than the minimum \(minimum.text)", at: node.span, context.path)
        }
        if let maximum = keywords.maximum, above(maximum) {
            valid = false
            report("maximum", "\(number.text) is greater than the maximum \(maximum.text)", at: node.span, context.path)
        }
        if let bound = keywords.exclusiveMinimum, !above(bound) || Number.compare(number, bound) == nil {
            valid = false
            report("exclusiveMinimum", "\(number.text) is not greater than \(bound.text)", at: node.span, context.path)
        }
        if let bound = keywords.exclusiveMaximum, !below(bound) || Number.compare(number, bound) == nil {
            valid = false
            report("exclusiveMaximum", "\(number.text) is not less than \(bound.text)", at: node.span, context.path)
        }
        if let divisor = keywords.multipleOf, !NumericKeywords.isMultiple(number, of: divisor) {
            valid = false
            report("multipleOf", "\(number.text) is not a multiple of \(divisor.text)", at: node.span, context.path)
        }
        return valid
    }
}
