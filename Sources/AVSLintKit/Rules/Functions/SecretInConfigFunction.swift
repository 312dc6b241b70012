/// `secret-in-config`: a key whose name, lowercased without `_` and `-`,
/// is in `names` or ends with one of `suffixes` and holds a non-empty
/// value is a finding at the key (the selected node is walked). Every
/// occurrence of the configured secret in the file's text (values, keys,
/// comments, the code around a JavaScript literal) is a finding at the
/// occurrence, unless it lies in the value of such a key. A secret shorter
/// than `minimumSecretLength` characters is not searched for: it would
/// match ordinary text by chance. The value is never a template value.
///
/// Options: `names` (list), `suffixes` (list), `allow` (exact key names never flagged).
/// Template values: `{{env}}`, `{{kind}}` (`key` or `secret`).
public struct SecretInConfigFunction: RuleFunction {
    public static let name = "secret-in-config"
    public static let optionsSchema: String? = ##"{"type": "object", "properties": {"names": {"type": "array", "items": {"type": "string"}}, "suffixes": {"type": "array", "items": {"type": "string"}}, "allow": {"type": "array", "items": {"type": "string"}}}, "additionalProperties": false}"##

    /// The key names to flag, as written in the rule file.
    public struct Options: RuleOptions {
        /// Names flagged whole (compared lowercased, without `_` and `-`).
        public var names: [String]
        /// Name endings flagged.
        public var suffixes: [String]
        /// Exact key names never flagged.
        public var allow: [String]

        public init(_ node: Node?) {
            func strings(_ key: String) -> [String] { node?[key]?.items?.compactMap(\.string) ?? [] }
            names = strings("names")
            suffixes = strings("suffixes")
            allow = strings("allow")
        }
    }

    private let names: Set<String>
    private let suffixes: [String]
    private let allow: Set<String>
    /// The last byte of every listed name and suffix (normalized), as a
    /// 256-bit set: tested for every key of the document.
    private let lastBytes: [UInt64]

    public init(options: Options) {
        names = Set(options.names.map(Self.normalize))
        suffixes = options.suffixes.map(Self.normalize)
        allow = Set(options.allow)
        var bits: [UInt64] = [0, 0, 0, 0]
        for last in (names.map { $0 } + suffixes).compactMap(\.utf8.last) { bits[Int(last >> 6)] |= 1 << (last & 63) }
        lastBytes = bits
    }

    /// False when `name` cannot match a listed name or suffix: its last
    /// letter (case-folded) ends none of them. Settles most keys without
    /// normalizing them.
    private func mayMatch(_ name: String) -> Bool {
        guard let last = name.utf8.last(where: { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "-") }) else { return false }
        let folded = last >= 0x41 && last <= 0x5A ? last + 0x20 : last
        return last >= 0x80 || lastBytes[Int(folded >> 6)] & (1 << (folded & 63)) != 0
    }

    /// The shortest configured secret searched for, in characters.
    public static let minimumSecretLength = 4

    public func run(_ context: RuleFunctionContext) -> [RuleFunctionResult] {
        let env = context.configuration.secretEnv
        var results: [RuleFunctionResult] = []
        /// Checks one node; `selection` builds its Selection only for a finding.
        func check(_ node: Node, isMember: Bool, property: String?, selection: () -> Selection) {
            guard let property, isMember, mayMatch(property) else { return }
            let normalized = Self.normalize(property)
            if !allow.contains(property),
               names.contains(normalized) || suffixes.contains(where: { normalized.hasSuffix($0) }),
               Self.holdsValue(node) {
                results.append(RuleFunctionResult(target: selection(), atKey: true, values: ["env": env, "kind": "key"]))
            }
        }
        // A preorder walk that keeps one key path (a step per open frame)
        // instead of a Selection with its own copy of the path for every node.
        let origin = context.selection
        check(origin.node, isMember: origin.key != nil, property: origin.property) { origin }
        var path = origin.keyPath
        var frames = [Frame(node: origin.node)]
        // Children are read in place in their parent's list, never copied
        // out: a walk visits every node of the document.
        /// Checks member `index`; true when its value is a collection, which the walk then enters.
        func visitMember(_ members: [Member], _ index: Int) -> Bool {
            let name = members[index].name
            path.append(.key(name))
            check(members[index].value, isMember: true, property: name) {
                Selection(node: members[index].value, keyPath: path, key: members[index].key)
            }
            if members[index].value.isCollection { return true }
            path.removeLast()
            return false
        }
        /// Checks item `index`; true when it is a collection.
        func visitItem(_ items: [Node], _ index: Int) -> Bool {
            path.append(.index(index))
            check(items[index], isMember: false, property: nil) { Selection(node: items[index], keyPath: path, key: nil) }
            if items[index].isCollection { return true }
            path.removeLast()
            return false
        }
        // Each pass reads the open collection once and checks its children
        // until one must be entered (or none are left).
        while let top = frames.indices.last {
            var index = frames[top].next
            var entered: Node?
            switch frames[top].node.value {
            case .mapping(let members):
                while index < members.count, entered == nil {
                    if visitMember(members, index) { entered = members[index].value }
                    index += 1
                }
            case .sequence(let items):
                while index < items.count, entered == nil {
                    if visitItem(items, index) { entered = items[index] }
                    index += 1
                }
            case .scalar, .computed:
                break
            }
            if let entered {
                frames[top].next = index
                frames.append(Frame(node: entered))
            } else {
                frames.removeLast()
                if !frames.isEmpty { path.removeLast() }
            }
        }
        if let secret = context.secret, secret.count >= Self.minimumSecretLength, let file = context.file {
            let keyed = results.compactMap { $0.target?.node.span }
            results += SecretOccurrences.find(secret, in: file, root: origin, skipping: keyed).map { target in
                RuleFunctionResult(
                    target: target, values: ["env": env, "kind": "secret"],
                    message: "the signing secret from \(env) is written here; keep it out of every file")
            }
        }
        return results
    }

    /// An open collection of the walk and the index of its next child (a
    /// struct: a tuple holding a node is destroyed through the generic runtime).
    private struct Frame {
        var node: Node
        var next = 0
    }

    static func normalize(_ name: String) -> String {
        // Keys are almost always ASCII: lowercase bytes without Unicode tables.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
                var count = 0
                for byte in name.utf8 where byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-") {
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        return String(name.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// A non-empty value: not null, not "", not an empty collection, not computed.
    static func holdsValue(_ node: Node) -> Bool {
        switch node.value {
        case .computed: return false
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return false
            case .string(let s): return !s.isEmpty
            default: return true
            }
        case .sequence(let items): return !items.isEmpty
        case .mapping(let members): return !members.isEmpty
        }
    }
}
