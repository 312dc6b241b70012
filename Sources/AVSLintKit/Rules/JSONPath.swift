/// A JSONPath selector: the RFC 9535 subset `$`, `.name`, `['name']`,
/// `[*]`, `.*`, `[N]` and `..`, plus two named roots: `$referer` (the
/// `udeskAvsMiniReferer` object in either mode) and `$navigates` (each
/// return-navigation object inside it).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// Where evaluation starts.
    public enum Root: String, Sendable, Hashable {
        /// The document root.
        case document = "$"
        /// The referer object.
        case referer = "$referer"
        /// The five navigate objects of the referer (those present).
        case navigates = "$navigates"
    }

    /// One step of a path.
    public enum Segment: Sendable, Hashable {
        /// The member named so.
        case name(String)
        /// Every member value or item.
        case wildcard
        /// The item at an index (negative counts from the end).
        case index(Int)
        /// The step applied to the node and all its descendants.
        indirect case descendant(Segment)
    }

    /// A syntax error in a path, with the 0-based character offset where it is.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// Character offset in the path text.
        public var offset: Int
        public var description: String { "\(message) at character \(offset + 1)" }
    }

    /// Where evaluation starts.
    public var root: Root
    /// The steps after the root.
    public var segments: [Segment]
    /// The text as written.
    public var description: String

    /// Parses a path.
    /// - Throws: `ParseError` naming what is wrong and where.
    public init(_ text: String) throws {
        description = text
        let chars = Array(text.unicodeScalars)
        var i = 0
        func fail(_ message: String) -> ParseError { ParseError(message: message, offset: i) }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c == "-" || c.value >= 0x80 || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
                || ("0"..."9").contains(c)
        }
        guard i < chars.count, chars[i] == "$" else { throw fail("a path starts with '$'") }
        i += 1
        var rootName = "$"
        while i < chars.count, isNameChar(chars[i]) {
            rootName.unicodeScalars.append(chars[i])
            i += 1
        }
        guard let root = Root(rawValue: rootName) else {
            throw ParseError(message: "unknown root '\(rootName)'; expected '$', '$referer' or '$navigates'", offset: 0)
        }
        self.root = root
        var segments: [Segment] = []
        func readName() throws -> String {
            var name = ""
            while i < chars.count, isNameChar(chars[i]) {
                name.unicodeScalars.append(chars[i])
                i += 1
            }
            guard !name.isEmpty else { throw fail("expected a member name") }
            return name
        }
        func readBracket() throws -> Segment {
            // chars[i] == "["
            i += 1
            guard i < chars.count else { throw fail("unclosed '['") }
            let segment: Segment
            if chars[i] == "*" {
                i += 1
                segment = .wildcard
            } else if chars[i] == "'" || chars[i] == "\"" {
                let quote = chars[i]
                i += 1
                var name = ""
                while i < chars.count, chars[i] != quote {
                    if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                    name.unicodeScalars.append(chars[i])
                    i += 1
                }
                guard i < chars.count else { throw fail("unclosed quoted name") }
                i += 1
                segment = .name(name)
            } else {
                var digits = ""
                if chars[i] == "-" { digits = "-"; i += 1 }
                while i < chars.count, ("0"..."9").contains(chars[i]) {
                    digits.unicodeScalars.append(chars[i])
                    i += 1
                }
                guard let index = Int(digits) else { throw fail("expected '*', a quoted name or an index") }
                segment = .index(index)
            }
            guard i < chars.count, chars[i] == "]" else { throw fail("expected ']'") }
            i += 1
            return segment
        }
        while i < chars.count {
            if chars[i] == "." {
                if i + 1 < chars.count, chars[i + 1] == "." {
                    i += 2
                    guard i < chars.count else { throw fail("expected a name, '*' or '[' after '..'") }
                    if chars[i] == "*" {
                        i += 1
                        segments.append(.descendant(.wildcard))
                    } else if chars[i] == "[" {
                        segments.append(.descendant(try readBracket()))
                    } else {
                        segments.append(.descendant(.name(try readName())))
                    }
                } else {
                    i += 1
                    if i < chars.count, chars[i] == "*" {
                        i += 1
                        segments.append(.wildcard)
                    } else {
                        segments.append(.name(try readName()))
                    }
                }
            } else if chars[i] == "[" {
                segments.append(try readBracket())
            } else {
                throw fail("expected '.' or '['")
            }
        }
        self.segments = segments
    }

    /// Selects the nodes the path names in `document`, in document order.
    /// A document that is not a launch config yields nothing for the named roots.
    public func select(in document: Node?) -> [Selection] {
        var out: [Selection] = []
        forEach(in: document) { out.append($0) }
        return out
    }

    /// The starting selections of the named roots of one document, found
    /// once and shared by every rule that runs on it.
    public struct Roots: Sendable {
        /// The document root.
        public let document: Selection?
        /// The referer object, if the document has one.
        public let referer: Selection?
        /// The navigate objects of the referer.
        public let navigates: [Selection]
        /// `document` and `referer` as lists, made once: every rule starts from one.
        let documentList: [Selection]
        let refererList: [Selection]

        /// Finds the roots of `document`.
        public init(_ document: Node?) {
            self.init(document, mode: LaunchMode.detect(document))
        }

        /// Finds the roots of `document`, whose launch mode is known.
        init(_ document: Node?, mode: LaunchMode?) {
            self.document = document.map { Selection(node: $0, keyPath: [], key: nil) }
            if let document, let mode {
                referer = JSONPath.referer(in: document, mode: mode)
            } else {
                referer = nil
            }
            navigates = referer.map(JSONPath.navigates(of:)) ?? []
            documentList = self.document.map { [$0] } ?? []
            refererList = referer.map { [$0] } ?? []
        }
    }

    /// Calls `body` with each node the path names in `document`, in document
    /// order. A trailing `..` segment is walked one node at a time, so
    /// `$..*` over a large document never holds every selection at once.
    public func forEach(in document: Node?, _ body: (Selection) -> Void) {
        forEach(in: Roots(document), where: { _ in true }, body)
    }

    /// Like `forEach(in:_:)` from roots already found, for the selected
    /// nodes that pass `filter` only. A node that fails it gets no selection
    /// (nor a copy of its key path), so a selective rule over `$..*` stays cheap.
    public func forEach(in roots: Roots, where filter: (Node) -> Bool, _ body: (Selection) -> Void) {
        var current: [Selection]
        switch root {
        case .document: current = roots.documentList
        case .referer: current = roots.refererList
        case .navigates: current = roots.navigates
        }
        guard let last = segments.last else {
            for selection in current where filter(selection.node) { body(selection) }
            return
        }
        for segment in segments.dropLast() {
            var next: [Selection] = []
            for selection in current { JSONPath.stream(segment, from: selection, filter: { _ in true }, into: &next) }
            current = next
        }
        // The last step filters as it selects.
        withoutActuallyEscaping(body) { body in
            var sink = CallbackSink(body: body)
            for selection in current { JSONPath.stream(last, from: selection, filter: filter, into: &sink) }
        }
    }

    /// The referer object of a launch config, or nil.
    public static func referer(in root: Node) -> Selection? {
        LaunchMode.detect(root).flatMap { referer(in: root, mode: $0) }
    }

    /// The referer object of a launch config in `mode`, or nil.
    static func referer(in root: Node, mode: LaunchMode) -> Selection? {
        var selection = Selection(node: root, keyPath: [], key: nil)
        for key in mode.refererKeys {
            guard let member = selection.node.member(key) else { return nil }
            selection = selection.child(member, named: key)
        }
        return selection
    }

    /// The navigate objects present in a referer, in file order (the last of a repeated key).
    public static func navigates(of referer: Selection) -> [Selection] {
        guard let members = referer.node.members else { return [] }
        var out: [Selection] = []
        for (index, member) in members.enumerated() {
            let name = member.name
            guard LaunchMode.navigateNames.contains(name),
                  !members[(index + 1)...].contains(where: { $0.name == name }) else { continue }
            out.append(referer.child(member, named: name))
        }
        return out
    }

    /// Applies `segment` to `selection`, handing each result to `sink`; a
    /// descendant segment walks the subtree in preorder with one frame per
    /// open collection. Key paths are shared links, so a selection costs one
    /// small allocation, not a copy of its path.
    private static func stream<Sink: SelectionSink>(
        _ segment: Segment, from selection: Selection, filter: (Node) -> Bool, into sink: inout Sink
    ) {
        guard case .descendant(let inner) = segment else {
            emit(segment, from: selection, filter: filter, into: &sink)
            return
        }
        var frames = [WalkFrame(selection: selection)]
        emit(inner, from: selection, filter: filter, into: &sink)
        while let top = frames.indices.last {
            let index = frames[top].next
            let parent = frames[top].selection
            let child: Selection
            switch parent.node.value {
            case .mapping(let members) where index < members.count:
                // Only collections are entered: a leaf has no children for `inner` to select from.
                guard members[index].value.isCollection else { frames[top].next += 1; continue }
                child = parent.child(members[index])
            case .sequence(let items) where index < items.count:
                guard items[index].isCollection else { frames[top].next += 1; continue }
                child = parent.item(items[index], at: index)
            default:
                frames.removeLast()
                continue
            }
            frames[top].next += 1
            emit(inner, from: child, filter: filter, into: &sink)
            frames.append(WalkFrame(selection: child))
        }
    }

    /// Applies a non-descendant `segment` to `selection`, making a
    /// selection only for each child that passes `filter`.
    private static func emit<Sink: SelectionSink>(
        _ segment: Segment, from selection: Selection, filter: (Node) -> Bool, into sink: inout Sink
    ) {
        switch segment {
        case .wildcard:
            switch selection.node.value {
            case .mapping(let members):
                for member in members where filter(member.value) { sink.take(selection.child(member)) }
            case .sequence(let items):
                for (i, item) in items.enumerated() where filter(item) { sink.take(selection.item(item, at: i)) }
            case .scalar, .computed:
                break
            }
        case .name(let name):
            guard case .mapping(let members) = selection.node.value else { return }
            for i in members.indices where members[i].isNamed(name) && filter(members[i].value) {
                sink.take(selection.child(members[i], named: name))
            }
        case .index(let index):
            guard let items = selection.node.items else { return }
            let i = index < 0 ? items.count + index : index
            if i >= 0, i < items.count, filter(items[i]) { sink.take(selection.item(items[i], at: i)) }
        case .descendant:
            stream(segment, from: selection, filter: filter, into: &sink)
        }
    }
}

/// Where a path's steps put the selections they make: the list the next
/// step reads, or the caller's callback after the last step. Generic, so
/// each is specialized and the list takes no closure call per selection.
private protocol SelectionSink {
    mutating func take(_ selection: Selection)
}

extension Array: SelectionSink where Element == Selection {
    fileprivate mutating func take(_ selection: Selection) { append(selection) }
}

private struct CallbackSink: SelectionSink {
    let body: (Selection) -> Void

    func take(_ selection: Selection) { body(selection) }
}

/// An open collection of a descendant walk and the index of its next child.
/// A named struct, not a tuple: the walk pushes and pops one per collection,
/// and a tuple holding a selection is destroyed through the generic runtime.
private struct WalkFrame {
    var selection: Selection
    var next = 0
}
