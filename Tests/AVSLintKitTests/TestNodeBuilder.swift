@testable import AVSLintKit

/// A JSON-like literal for building `Node` trees in tests.
indirect enum J {
    case object([(String, J)])
    case array([J])
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case computed
}

/// Builds `Node` trees from `J` literals. Every node and key gets its own
/// line, in build order (keys before their values), column 1, so a test can
/// tell nodes apart by `span.start.line`.
struct NodeBuilder {
    private var line = 0

    /// Builds `value`; the first node built is on line 1.
    static func build(_ value: J) -> Node {
        var builder = NodeBuilder()
        return builder.node(value)
    }

    private mutating func nextSpan() -> Span {
        line += 1
        return Span(start: Position(line: line, column: 1, offset: line * 100), end: Position(line: line, column: 2, offset: line * 100 + 1))
    }

    private mutating func node(_ value: J) -> Node {
        let span = nextSpan()
        switch value {
        case .object(let pairs):
            var members: [Member] = []
            for (key, child) in pairs {
                let keyNode = Node(.scalar(Scalar(.string(key), text: key, style: .doubleQuoted)), span: nextSpan())
                members.append(Member(key: keyNode, value: node(child)))
            }
            return Node(.mapping(members), span: span)
        case .array(let items):
            return Node(.sequence(items.map { node($0) }), span: span)
        case .string(let text):
            return Node(.scalar(Scalar(.string(text), text: text, style: .doubleQuoted)), span: span)
        case .number(let text):
            let number = Number(decimal: text) ?? Number(integer: [], negative: false)
            return Node(.scalar(Scalar(.number(number), text: text, style: .plain)), span: span)
        case .bool(let flag):
            return Node(.scalar(Scalar(.bool(flag), text: flag ? "true" : "false", style: .plain)), span: span)
        case .null:
            return Node(.scalar(Scalar(.null, text: "null", style: .plain)), span: span)
        case .computed:
            return Node(.computed, span: span)
        }
    }
}

extension J: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(floatLiteral value: Double) { self = .number(String(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: J...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, J)...) { self = .object(elements) }
    init(nilLiteral: ()) { self = .null }
}
