/// `integer-literal-range`: the selected number, when it is written as an
/// integer (digits only: no fraction, no exponent), must lie within
/// `minimum`…`maximum`. A float such as `1e21` or `1.0` is not an integer
/// id, whatever its value, so it is never a finding (a schema's `type:
/// integer` would accept both).
///
/// Options: `minimum`, `maximum` (numbers; either may be left out).
public struct IntegerLiteralRangeFunction: RuleFunction {
    public static let name = "integer-literal-range"

    private let minimum: Number?
    private let maximum: Number?

    public init() {
        minimum = nil
        maximum = nil
    }

    private init(options: Node?) {
        minimum = Self.number(options?.option("minimum"))
        maximum = Self.number(options?.option("maximum"))
    }

    public func validate(options: Node?) -> String? {
        guard let options, Self.number(options.option("minimum")) != nil || Self.number(options.option("maximum")) != nil else {
            return "'integer-literal-range' needs the number option 'minimum' or 'maximum'"
        }
        return nil
    }

    public func configured(options: Node?) -> any RuleFunction {
        IntegerLiteralRangeFunction(options: options)
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard case .scalar(let scalar) = context.selection.node.value, case .number(let number) = scalar.value,
              number.isIntegerLiteral else { return [] }
        if let minimum, number < minimum { return [RuleFunctionResult()] }
        if let maximum, maximum < number { return [RuleFunctionResult()] }
        return []
    }

    private static func number(_ node: Node?) -> Number? {
        guard case .scalar(let scalar)? = node?.value, case .number(let number) = scalar.value else { return nil }
        return number
    }
}
