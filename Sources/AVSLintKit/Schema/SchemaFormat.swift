/// `format`, asserted only where the schema declares the format-assertion
/// vocabulary (`https://json-schema.org/draft/2020-12/vocab/format-assertion`
/// in its own `$vocabulary`, or in that of the metaschema its `$schema`
/// names among the compiler's resources); otherwise it is an annotation, as
/// draft 2020-12 says. Of the formats, `email`, `ipv4` and `ipv6` assert;
/// any other name stays an annotation. Only strings are checked.
enum SchemaFormat: String, Sendable {
    /// An RFC 5321 mailbox: a dot-atom or quoted local part, `@`, and a
    /// host name or an address literal (`[127.0.0.1]`, `[IPv6:::1]`).
    /// Letters beyond ASCII are accepted (RFC 6531).
    case email
    /// Dotted-quad IPv4: four decimal octets 0–255, no leading zeros.
    case ipv4
    /// RFC 4291 IPv6 text: eight hex groups, one `::`, an optional trailing IPv4.
    case ipv6

    /// The vocabulary whose presence turns `format` into an assertion.
    static let assertionVocabulary = "https://json-schema.org/draft/2020-12/vocab/format-assertion"

    /// True when `schema` (a schema or metaschema) lists the format-assertion
    /// vocabulary in its `$vocabulary` (as required or optional: either way
    /// an implementation that knows it asserts).
    static func declaresAssertion(_ schema: Node?) -> Bool {
        schema?["$vocabulary"]?.member(assertionVocabulary) != nil
    }

    /// What a value in this format is, for messages.
    var noun: String {
        switch self {
        case .email: return "an email address"
        case .ipv4: return "an IPv4 address"
        case .ipv6: return "an IPv6 address"
        }
    }

    /// True when `text` is in this format.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        switch self {
        case .email: return Self.isEmail(scalars[...])
        case .ipv4: return Self.isIPv4(scalars[...])
        case .ipv6: return Self.isIPv6(scalars[...])
        }
    }

    // MARK: - email

    private static func isEmail(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        let at: Int
        if s.first == "\"" {
            // A quoted local part: any printable text, `\` escapes one scalar.
            var i = s.startIndex + 1
            var closed: Int?
            while i < s.endIndex {
                if s[i] == "\\" {
                    i += 2
                    continue
                }
                if s[i] == "\"" {
                    closed = i
                    break
                }
                guard s[i].value >= 0x20 else { return false }
                i += 1
            }
            guard let closed, closed + 1 < s.endIndex, s[closed + 1] == "@" else { return false }
            at = closed + 1
        } else {
            guard let found = s.firstIndex(of: "@"), isDotAtom(s[s.startIndex..<found]) else { return false }
            at = found
        }
        guard at - s.startIndex <= 64 else { return false }
        let domain = s[(at + 1)...]
        if domain.first == "[" {
            guard domain.last == "]", domain.count > 2 else { return false }
            let literal = domain.dropFirst().dropLast()
            let tag = Array("IPv6:".unicodeScalars)
            if literal.starts(with: tag) { return isIPv6(literal.dropFirst(tag.count)) }
            return isIPv4(literal)
        }
        return isHostName(domain)
    }

    /// `atom *("." atom)`, with RFC 5322 `atext` (and any scalar beyond ASCII).
    private static func isDotAtom(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !s.isEmpty, s.first != ".", s.last != "." else { return false }
        var previousDot = false
        for scalar in s {
            if scalar == "." {
                if previousDot { return false }
                previousDot = true
                continue
            }
            previousDot = false
            guard scalar.value >= 0x80 || isAlphanumeric(scalar) || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar) else {
                return false
            }
        }
        return true
    }

    /// Dot-separated labels of letters, digits and inner hyphens, each 1–63
    /// long, 253 in all (labels beyond ASCII accepted as written).
    private static func isHostName(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !s.isEmpty, s.count <= 253 else { return false }
        for label in s.split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty, label.count <= 63, label.first != "-", label.last != "-" else { return false }
            guard label.allSatisfy({ $0.value >= 0x80 || isAlphanumeric($0) || $0 == "-" }) else { return false }
        }
        return true
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return false
        }
    }

    // MARK: - IP addresses

    private static func isIPv4(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            if part.count > 1, part.first == "0" { return false }
            let value = part.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            guard value <= 255 else { return false }
        }
        return true
    }

    private static func isIPv6(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var groups = 0
        var compressed = false
        var rest = s
        if rest.starts(with: [":", ":"]) {
            compressed = true
            rest = rest.dropFirst(2)
            if rest.isEmpty { return true }
        } else if rest.first == ":" {
            return false
        }
        while !rest.isEmpty {
            let end = rest.firstIndex(of: ":") ?? rest.endIndex
            let group = rest[rest.startIndex..<end]
            if end == rest.endIndex, group.contains(".") {
                // A trailing IPv4 stands for the last two groups.
                guard isIPv4(group) else { return false }
                groups += 2
                rest = rest[end...]
                break
            }
            guard !group.isEmpty, group.count <= 4, group.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return false }
            groups += 1
            rest = rest[end...]
            if rest.starts(with: [":", ":"]) {
                guard !compressed else { return false }
                compressed = true
                rest = rest.dropFirst(2)
            } else if rest.first == ":" {
                rest = rest.dropFirst()
                if rest.isEmpty { return false }
            }
        }
        return compressed ? groups < 8 : groups == 8
    }
}

extension SchemaEvaluator {
    /// `format` at the value: `'not-an-email' is not an email address`.
    mutating func checkFormat(_ format: SchemaFormat, _ text: String, _ node: Node, _ context: InstanceContext) -> Bool {
        guard !format.matches(text) else { return true }
        report("format", "'\(InstanceValue.short(text))' is not \(format.noun)", at: node.span, context.path)
        return false
    }
}
