/// Renders a document as avslint reads it, as one line of JSON, so a user
/// can see why a value has the type it has (`avslint inspect`).
public enum InspectPrinter {
    /// The JSON text of `node`. With `positions`, every node becomes
    /// `{"type":…,"span":"L:C-L:C","value":…}` and a mapping's value is the
    /// list of its members (`{"key":…,"value":…}`), keeping order and duplicates.
    public static func render(_ node: Node?, positions: Bool) -> String {
        var out = ""
        guard let node else { return "null" }
        write(node, positions: positions, into: &out)
        return out
    }

    private static func write(_ node: Node, positions: Bool, into out: inout String) {
        if positions {
            out += "{\"type\":\"\(typeName(node))\",\"span\":\"\(node.span.start.line):\(node.span.start.column)-\(node.span.end.line):\(node.span.end.column)\",\"value\":"
        }
        switch node.value {
        case .mapping(let members):
            out += positions ? "[" : "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                if positions {
                    out += "{\"key\":"
                    write(member.key, positions: true, into: &out)
                    out += ",\"value\":"
                    write(member.value, positions: true, into: &out)
                    out += "}"
                } else {
                    JSONText.appendString(member.name, to: &out)
                    out += ":"
                    write(member.value, positions: false, into: &out)
                }
            }
            out += positions ? "]" : "}"
        case .sequence(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, positions: positions, into: &out)
            }
            out += "]"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out += "null"
            case .bool(let value): out += value ? "true" : "false"
            case .string(let text): JSONText.appendString(text, to: &out)
            case .number(let number):
                if number.kind == .finite {
                    out += number.text.hasPrefix("+") ? String(number.text.dropFirst()) : number.text
                } else {
                    JSONText.appendString(number.text, to: &out)
                }
            }
        case .computed:
            out += "{\"computed\":true}"
        }
        if positions { out += "}" }
    }

    private static func typeName(_ node: Node) -> String {
        switch node.value {
        case .mapping: return "mapping"
        case .sequence: return "sequence"
        case .scalar(let scalar): return scalar.value.typeName
        case .computed: return "computed"
        }
    }
}
