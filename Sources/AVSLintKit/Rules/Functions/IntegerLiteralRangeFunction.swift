/// `integer-literal-range`: the selected number, when it is written as an
/// integer (digits only: no fraction, no exponent), must lie within
/// `minimum`…`maximum`. A float such as `1e21` or `1.0` is not an integer
/// id, whatever its value, so it is never a finding (a schema's `type:
/// integer` would accept both).
///
/// Options: `minimum`, `maximum` (numbers; either may be left out).
public struct IntegerLiteralRangeFunction: RuleFunction {
    public static let name = "integer-literal-range"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"minimum": {"type": "number"}, "maximum": {"type": "number"}}, "additionalProperties": false}"##

    /// The bounds; at least one is given.
    public struct Options: RuleOptions {
        /// The least allowed value.
        public var minimum: Number?
        /// The greatest allowed value.
        public var maximum: Number?

        public init(_ node: Node?) throws(MissingOption) {
            minimum = Self.number(node?["minimum"])
            maximum = Self.number(node?["maximum"])
            guard minimum != nil || maximum != nil else { throw MissingOption("the number option 'minimum' or 'maximum'") }
        }

        private static func number(_ node: Node?) -> Number? {
            guard case .scalar(let scalar)? = node?.value, case .number(let number) = scalar.value else { return nil }
            return number
        }
    }

    private let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard case .scalar(let scalar) = context.selection.node.value, case .number(let number) = scalar.value,
              number.isIntegerLiteral else { return [] }
        if let minimum = options.minimum, number < minimum { return [RuleFunctionResult()] }
        if let maximum = options.maximum, maximum < number { return [RuleFunctionResult()] }
        return []
    }
}
