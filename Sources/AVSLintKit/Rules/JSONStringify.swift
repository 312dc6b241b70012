/// Reproduces JavaScript's `JSON.stringify(value)` (no indentation) on a
/// node as the object literal is written: member order as in the file
/// (array-index keys first, ascending, as JavaScript orders them), a
/// repeated key keeps its first place and its last value, JavaScript string
/// escaping and Number printing.
public enum JSONStringify {
    /// The JSON text, or nil when the node holds a computed value anywhere.
    public static func stringify(_ node: Node) -> String? {
        var out = ""
        return write(node, into: &out) ? out : nil
    }

    /// The JSON text of a string: `\"`, `\\`, `\b\f\n\r\t`, other control
    /// characters as `\u00xx`, every other character raw.
    public static func quote(_ string: String) -> String {
        var out = ""
        quote(string, into: &out)
        return out
    }

    /// JavaScript escapes strings exactly as JSON text does (Swift strings
    /// hold no lone surrogates), so this is the one shared escaper.
    private static func quote(_ string: String, into out: inout String) {
        JSONText.appendString(string, to: &out)
    }

    private static func write(_ node: Node, into out: inout String) -> Bool {
        switch node.value {
        case .computed:
            return false
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .number(let number):
                let value = number.doubleValue
                out += value.isFinite ? JSNumberFormat.string(value) : "null"
            case .string(let s): quote(s, into: &out)
            }
            return true
        case .sequence(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if !write(item, into: &out) { return false }
            }
            out += "]"
            return true
        case .mapping(let members):
            out += "{"
            var first = true
            for (name, value) in orderedProperties(members) {
                if !first { out += "," }
                first = false
                quote(name, into: &out)
                out += ":"
                if !write(value, into: &out) { return false }
            }
            out += "}"
            return true
        }
    }

    /// Properties in JavaScript's own-key order: integer-like keys ascending,
    /// then the rest by first appearance; a repeated key takes its last value.
    static func orderedProperties(_ members: [Member]) -> [(String, Node)] {
        var order: [String] = []
        var values: [String: Node] = [:]
        for member in members {
            let name = member.key.string ?? member.name
            if values[name] == nil { order.append(name) }
            values[name] = member.value
        }
        let indices = order.compactMap { name -> (UInt32, String)? in
            guard let index = arrayIndex(name) else { return nil }
            return (index, name)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let rest = order.filter { arrayIndex($0) == nil }
        return (indices + rest).compactMap { name in values[name].map { (name, $0) } }
    }

    /// The value of a canonical array-index key ("0", "12", not "012"), below 2^32 - 1.
    private static func arrayIndex(_ name: String) -> UInt32? {
        guard let first = name.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        if name.utf8.count > 1 && first == 0x30 { return nil }
        guard name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = UInt32(name), value < UInt32.max else {
            return nil
        }
        return value
    }
}
