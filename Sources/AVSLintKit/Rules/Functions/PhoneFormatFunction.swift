/// `phone-format`: the selected string must be a plausible phone number.
/// After dropping spaces and hyphens: a mainland mobile (`1[3-9]` + 9
/// digits, optional `+86`/`0086`), a landline (`0` + 2–3 digit area code +
/// 7–8 digits, optional extension after `#`, `x`, `ext`, `转` or a last
/// hyphen group of 1–6 digits), or `+` and 7–15 digits.
public struct PhoneFormatFunction: RuleFunction {
    public static let name = "phone-format"

    public init(options: NoOptions) {}

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        guard let text = context.selection.node.string else { return [] }
        return Self.isPlausible(text) ? [] : [RuleFunctionResult()]
    }

    /// True for a plausible phone number.
    public static func isPlausible(_ raw: String) -> Bool {
        let compact = raw.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D })
            ? String(raw.unicodeScalars.filter { $0 != " " && $0 != "-" }) : raw
        if isMobile(compact) || isInternational(compact) || isLandline(compact) { return true }
        // A landline with an extension.
        var main = raw
        for marker in ["#", "x", "X", "ext.", "ext", "转"] {
            if let range = lastRange(of: marker, in: raw) {
                let ext = raw[range.upperBound...].filter { $0 != " " }
                if (1...6).contains(ext.count), ext.allSatisfy(\.isASCIIDigit) {
                    main = String(raw[..<range.lowerBound])
                    break
                }
            }
        }
        if main == raw {
            let groups = raw.split(whereSeparator: { $0 == "-" })
            if groups.count >= 3, let last = groups.last, (1...6).contains(last.count), last.allSatisfy(\.isASCIIDigit) {
                main = groups.dropLast().joined(separator: "-")
            }
        }
        guard main != raw else { return false }
        return isLandline(String(main.unicodeScalars.filter { $0 != " " && $0 != "-" }))
    }

    private static func lastRange(of marker: String, in text: String) -> Range<String.Index>? {
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index...].hasPrefix(marker) {
                return index..<text.index(index, offsetBy: marker.count)
            }
        }
        return nil
    }

    /// Non-empty and ASCII digits only (checked on bytes: no grapheme breaking).
    private static func digits(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    private static func isMobile(_ s: String) -> Bool {
        var rest = Substring(s)
        if rest.hasPrefix("+86") { rest = rest.dropFirst(3) } else if rest.hasPrefix("0086") { rest = rest.dropFirst(4) }
        guard rest.utf8.count == 11, digits(rest), rest.first == "1", let second = rest.dropFirst().first,
              ("3"..."9").contains(second) else { return false }
        return true
    }

    private static func isLandline(_ s: String) -> Bool {
        let sub = Substring(s)
        // 0 + 2–3 digit area code + 7–8 digit number: 10 to 12 digits in all.
        return sub.first == "0" && digits(sub) && (10...12).contains(sub.utf8.count)
    }

    private static func isInternational(_ s: String) -> Bool {
        guard s.hasPrefix("+") else { return false }
        let rest = Substring(s).dropFirst()
        return digits(rest) && (7...15).contains(rest.utf8.count)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
