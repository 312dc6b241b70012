/// A JSON value with ordered object members, for reporters that print JSON
/// with a stable key order (the standard library has no JSON writer, and
/// Foundation's sorts or shuffles keys).
enum JSONOutput {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    /// The value pretty-printed with two-space indentation and a final line break.
    var rendered: String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text):
            JSONOutput.writeString(text, into: &out)
        case .int(let number):
            out += String(number)
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(into: &out, indent: indent + 2)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONOutput.writeString(member.0, into: &out)
                out += ": "
                member.1.write(into: &out, indent: indent + 2)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Appends `text` as a JSON string literal (the shared `JSONText` escaper).
    static func writeString(_ text: String, into out: inout String) {
        JSONText.appendString(text, to: &out)
    }
}

