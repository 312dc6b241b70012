/// JSON-model views of instance nodes: kinds, equality, hashing and short
/// renderings for messages.
enum InstanceValue {
    // MARK: - Members

    /// The members a consumer sees of the mapping `node`, whose members
    /// are `members`: for a repeated key only the last one (the loader
    /// reports the repeat), in source order.
    static func effectiveMembers(_ members: [Member], of node: Node) -> [Member] {
        guard !node.keysAreUnique, DuplicateKeys.repeatsKey(members) else { return members }
        var last: [String: Int] = [:]
        for (index, member) in members.enumerated() { last[member.name] = index }
        return members.enumerated().filter { last[$0.element.name] == $0.offset }.map(\.element)
    }

    /// The key of `member` as a string node at the key's span (YAML keys
    /// may be non-string scalars; JSON names are strings).
    static func keyNode(_ member: Member) -> Node {
        if member.key.string != nil { return member.key }
        let name = member.name
        return Node(.scalar(Scalar(.string(name), text: name, style: .plain)), span: member.key.span)
    }

    // MARK: - Equality

    /// JSON equality: numbers by value (`1 == 1.0`), `true` is not `1`,
    /// objects ignore key order. A computed node equals anything when
    /// `computedMatches` is true and nothing otherwise.
    static func equal(_ a: Node, _ b: Node, computedMatches: Bool) -> Bool {
        switch (a.value, b.value) {
        case (.computed, _), (_, .computed):
            return computedMatches
        case (.scalar(let x), .scalar(let y)):
            // Strings compare by code point: Swift's `==` would equate
            // canonically equivalent strings ("é" and "e" + U+0301).
            if case .string(let p) = x.value, case .string(let q) = y.value {
                return p.unicodeScalars.elementsEqual(q.unicodeScalars)
            }
            return x.value == y.value
        case (.sequence(let x), .sequence(let y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !equal(x[i], y[i], computedMatches: computedMatches) { return false }
            return true
        case (.mapping(let x), .mapping(let y)):
            let xs = effectiveMembers(x, of: a)
            let ys = effectiveMembers(y, of: b)
            guard xs.count == ys.count else { return false }
            var index: [String: Node] = [:]
            for member in ys { index[member.name] = member.value }
            for member in xs {
                guard let other = index[member.name], equal(member.value, other, computedMatches: computedMatches) else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// A hash consistent with `equal` (computed nodes hash alike; strings
    /// equal by code point are canonically equivalent, so hash alike).
    /// Below `depth` levels only the kind is hashed, which keeps the
    /// recursion short on hostile nesting and stays consistent with `equal`.
    static func hash(_ node: Node, into hasher: inout Hasher, depth: Int = 32) {
        guard depth > 0 else {
            hasher.combine(node.items != nil ? 2 : node.members != nil ? 3 : 1)
            return
        }
        switch node.value {
        case .computed:
            hasher.combine(0)
        case .scalar(let scalar):
            hasher.combine(1)
            hasher.combine(scalar.value)
        case .sequence(let items):
            hasher.combine(2)
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher, depth: depth - 1) }
        case .mapping(let members):
            hasher.combine(3)
            // Order-insensitive: combine the members' own hashes commutatively.
            var sum = 0
            for member in effectiveMembers(members, of: node) {
                var inner = Hasher()
                inner.combine(member.name)
                hash(member.value, into: &inner, depth: depth - 1)
                sum = sum &+ inner.finalize()
            }
            hasher.combine(sum)
        }
    }

    // MARK: - Rendering

    /// A compact JSON-like rendering for messages, cut at about `limit`
    /// characters. Strings are single-quoted (names and enum members).
    static func render(_ node: Node, limit: Int = 40) -> String {
        var out = ""
        write(node, into: &out, limit: limit)
        if out.unicodeScalars.count > limit {
            out = String(String.UnicodeScalarView(out.unicodeScalars.prefix(limit))) + "…"
        }
        return out
    }

    private static func write(_ node: Node, into out: inout String, limit: Int) {
        if out.unicodeScalars.count > limit { return }
        switch node.value {
        case .computed:
            out += "<computed>"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out += "null"
            case .bool(let flag): out += flag ? "true" : "false"
            case .number(let number): out += number.text
            case .string(let text): out += "'" + short(text, limit: limit) + "'"
            }
        case .sequence(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, into: &out, limit: limit)
                if out.unicodeScalars.count > limit { return }
            }
            out += "]"
        case .mapping(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ", " }
                out += "'" + short(member.name, limit: limit) + "': "
                write(member.value, into: &out, limit: limit)
                if out.unicodeScalars.count > limit { return }
            }
            out += "}"
        }
    }

    /// `text` cut to `limit` Unicode scalars with an ellipsis, line breaks shown as `\n`.
    static func short(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return out + "…" }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// How a value reads in "got …": `the string "abc"`, `the integer 13`,
    /// `null`, `an object`.
    static func describe(_ node: Node) -> String {
        switch node.value {
        case .computed: return "a computed value"
        case .mapping: return "an object"
        case .sequence: return "an array"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool(let flag): return "the boolean \(flag)"
            case .number(let number): return (number.isInteger ? "the integer " : "the number ") + number.text
            case .string(let text): return "the string \"" + short(text) + "\""
            }
        }
    }

    /// How a value reads as the subject of a sentence: `'gold'`, `5`,
    /// `the object`.
    static func subject(_ node: Node) -> String {
        switch node.value {
        case .mapping: return "the object"
        case .sequence: return "the array"
        default: return render(node)
        }
    }
}
