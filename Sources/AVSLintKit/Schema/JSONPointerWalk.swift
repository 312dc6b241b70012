/// Walks JSON Pointers through schema documents.
enum JSONPointerWalk {
    /// Unescaped reference tokens of `pointer` (empty tokens kept).
    static func tokens(_ pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        return pointer.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst().map { bytes in
            let token = Substring(bytes)
            // Escapes are rare: only a token holding '~' needs unescaping.
            guard bytes.contains(UInt8(ascii: "~")) else { return String(token) }
            return token.replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~")
        }
    }

    /// The node `pointer` names inside `root`, or nil.
    static func node(in root: Node, pointer: String) -> Node? {
        var current = root
        for token in tokens(pointer) {
            guard let next = child(of: current, token) else { return nil }
            current = next
        }
        return current
    }

    /// The base URI in effect for the node at `pointer` before its own
    /// `$id`: the document URI changed by each ancestor's `$id`.
    static func base(in root: Node, pointer: String, documentURI: String) -> String {
        var base = documentURI
        var current = root
        for token in tokens(pointer) {
            if let id = current["$id"]?.string {
                base = URIReference.stripFragment(URIReference.resolve(id, against: base))
            }
            guard let next = child(of: current, token) else { break }
            current = next
        }
        return base
    }

    private static func child(of node: Node, _ token: String) -> Node? {
        switch node.value {
        case .mapping:
            return node[token]
        case .sequence(let items):
            guard let index = Int(token), index >= 0, index < items.count,
                  token == String(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }
}

extension StringProtocol {
    /// Replaces every occurrence of `target` (stdlib-only helper).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[rest.startIndex..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
