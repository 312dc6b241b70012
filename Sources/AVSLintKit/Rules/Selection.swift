/// A node a path selected, with the way to it from the document root.
///
/// The way is a chain of shared links, innermost last: a child's selection
/// adds one link to its parent's chain instead of copying the whole key path.
public struct Selection: Sendable {
    /// One step from the root.
    public enum Step: Sendable, Hashable {
        /// A mapping member.
        case key(String)
        /// A sequence item.
        case index(Int)
    }

    /// One step of a selection's way from the root, and the way to its parent.
    private final class Link: Sendable {
        let parent: Link?
        let step: Step

        init(parent: Link?, step: Step) {
            self.parent = parent
            self.step = step
        }
    }

    /// The node.
    public var node: Node
    /// The key node when the node is a member value.
    public var key: Node?
    /// The last step to the node; nil at the root.
    private var last: Link?

    /// Creates a selection.
    public init(node: Node, keyPath: [Step], key: Node?) {
        self.node = node
        self.key = key
        last = keyPath.reduce(nil) { Link(parent: $0, step: $1) }
    }

    private init(node: Node, key: Node?, last: Link?) {
        self.node = node
        self.key = key
        self.last = last
    }

    /// The steps from the document root to the node.
    public var keyPath: [Step] {
        var steps: [Step] = []
        var link = last
        while let current = link {
            steps.append(current.step)
            link = current.parent
        }
        return steps.reversed()
    }

    /// The member name the node is held under, or nil for an item or the root.
    public var property: String? {
        if case .key(let name)? = last?.step { return name }
        return nil
    }

    /// The member name the node or its nearest enclosing member is held under
    /// (`SelectField_1` for the item `SelectField_1[0]`).
    public var nearestProperty: String? {
        var link = last
        while let current = link {
            if case .key(let name) = current.step { return name }
            link = current.parent
        }
        return nil
    }

    /// The name of the member that holds the node's parent (the navigate slot of a `path`).
    public var parentProperty: String? {
        if case .key(let name)? = last?.parent?.step { return name }
        return nil
    }

    /// The RFC 6901 JSON Pointer of the node.
    public var pointer: String {
        var out = ""
        for step in keyPath {
            switch step {
            case .key(let name): out = JSONPointer.appending(out, key: name)
            case .index(let i): out = JSONPointer.appending(out, index: i)
            }
        }
        return out
    }

    /// The selection of a member of this node.
    public func child(_ member: Member) -> Selection {
        child(member, named: member.name)
    }

    /// The selection of a member of this node whose name the caller already has.
    func child(_ member: Member, named name: String) -> Selection {
        Selection(node: member.value, key: member.key, last: Link(parent: last, step: .key(name)))
    }

    /// The selection of item `index` of this node, which is `item`.
    func item(_ item: Node, at index: Int) -> Selection {
        Selection(node: item, key: nil, last: Link(parent: last, step: .index(index)))
    }

    /// The selection of the last member named `name`, or nil.
    public func child(named name: String) -> Selection? {
        node.member(name).map(child)
    }
}
