/// One node of a loaded document: a mapping, a sequence, a scalar, or a
/// value that is only known at run time (a JavaScript expression).
public struct Node: Sendable {
    /// What the node holds.
    ///
    /// Stored inline, not `indirect`: a box per node would cost one
    /// allocation for every node of every document, and more memory than
    /// the payload it holds.
    public enum Value: Sendable {
        /// Key/value pairs in source order (duplicates kept, the loader reports them).
        case mapping([Member])
        /// Items in source order.
        case sequence([Node])
        /// A leaf value.
        case scalar(Scalar)
        /// A value computed at run time; no check may report on its value.
        case computed
    }

    /// What the node holds.
    public var value: Value
    /// Where the node is written (for a scalar: its text including quotes).
    public var span: Span
    /// True for a mapping (or sequence) that may hold more than its
    /// members: a JavaScript object with a spread or computed key that
    /// could not be resolved (`{ ...base, callTimes: 2 }` with `base`
    /// imported). Its members are checked as usual; a check that needs a
    /// key to be absent cannot tell, so it does not fire. Free in size: it
    /// sits in the padding after `span`.
    public var isOpen = false
    /// True for a mapping its loader found to repeat no key, so a consumer
    /// may take its members as they are, without looking for the last of a
    /// repeated key (false is always safe). Free in size, like `isOpen`.
    var keysAreUnique = false

    /// Creates a node.
    public init(_ value: Value, span: Span) {
        self.value = value
        self.span = span
    }

    /// Creates a node that may be open.
    public init(_ value: Value, span: Span, isOpen: Bool) {
        self.value = value
        self.span = span
        self.isOpen = isOpen
    }

    /// The members when this is a mapping.
    public var members: [Member]? {
        if case .mapping(let members) = value { return members }
        return nil
    }

    /// The items when this is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The scalar when this is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The string value when this is a string scalar.
    public var string: String? {
        if case .scalar(let scalar) = value, case .string(let text) = scalar.value { return text }
        return nil
    }

    /// The bool value when this is a boolean scalar.
    public var bool: Bool? {
        if case .scalar(let scalar) = value, case .bool(let flag) = scalar.value { return flag }
        return nil
    }

    /// True for a mapping or a sequence.
    public var isCollection: Bool {
        switch value {
        case .mapping, .sequence: return true
        case .scalar, .computed: return false
        }
    }

    /// True for a value only known at run time.
    public var isComputed: Bool {
        if case .computed = value { return true }
        return false
    }

    /// The last member whose key is the string `key` (the value a consumer sees).
    public func member(_ key: String) -> Member? {
        guard case .mapping(let members) = value else { return nil }
        var i = members.endIndex
        while i > members.startIndex {
            i -= 1
            if members[i].key.isString(key) { return members[i] }
        }
        return nil
    }

    /// True when this is the string scalar `text`.
    func isString(_ text: String) -> Bool {
        if case .scalar(let scalar) = value { return scalar.isString(text) }
        return false
    }

    /// The value of the last member whose key is `key`.
    public subscript(key: String) -> Node? {
        member(key)?.value
    }
}

/// A key/value pair of a mapping; both carry spans.
public struct Member: Sendable {
    /// The key node (a scalar in YAML, a string in JSON).
    public var key: Node
    /// The value node.
    public var value: Node

    /// Creates a member.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }

    /// The key as text (a non-string scalar key is its source text).
    public var name: String {
        key.scalar?.text ?? ""
    }

    /// True when `name` is `text` (a key that is not a scalar is named ""),
    /// without copying the name out.
    func isNamed(_ text: String) -> Bool {
        if case .scalar(let scalar) = key.value { return scalar.hasText(text) }
        return text.isEmpty
    }
}
