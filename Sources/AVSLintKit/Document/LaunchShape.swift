/// The launch-config detector, shared by every format (YAML, JSON and the
/// JavaScript literals): whether a document is a launch config, in which
/// mode, decided from its content alone.
///
/// - page mode: the root holds `udeskAvsMiniReferer`;
/// - mini-program mode: the root's `extraData` holds `udeskAvsMiniReferer`,
///   or the root has an `appId` and a `path` that opens `pages/preIndex/index`;
/// - a key within edit distance 2 of `udeskAvsMiniReferer` (case differences
///   count) where the platform looks for it (the root, or the root's
///   `extraData` mapping) makes the document a launch config too, with that
///   key recorded as a misspelling.
///
/// A bare `path`, `appId` or `extraData` is not enough: a tool's
/// `path: /usr/local` or a share config `{path, query}` is something else.
public struct LaunchShape: Sendable {
    /// The launch mode.
    public var mode: LaunchMode
    /// The near miss of `udeskAvsMiniReferer` that made the document a
    /// launch config, when the real key is absent.
    public var misspelling: Misspelling?

    /// A misspelled referer key.
    public struct Misspelling: Sendable {
        /// The keys from the root to the mapping that holds it (`[]` or `["extraData"]`).
        public var parentKeys: [String]
        /// The member as written.
        public var member: Member
    }

    /// The most edits a key may be from `udeskAvsMiniReferer` to count as a misspelling of it.
    public static let maxMisspellingDistance = 2

    /// The shape of a document's root, or nil when it is not a launch config.
    public static func of(_ root: Node?) -> LaunchShape? {
        guard let root, root.members != nil else { return nil }
        let key = LaunchMode.refererKey
        if root.member(key) != nil { return LaunchShape(mode: .page) }
        let extraData = root["extraData"]
        if let extraData, extraData.member(key) != nil { return LaunchShape(mode: .miniprogram) }
        if let extraData, let near = nearMiss(in: extraData) {
            return LaunchShape(mode: .miniprogram, misspelling: Misspelling(parentKeys: ["extraData"], member: near))
        }
        if root.member("appId") != nil, let path = root["path"], opensEntryPage(path) {
            return LaunchShape(mode: .miniprogram)
        }
        if let near = nearMiss(in: root) {
            return LaunchShape(mode: .page, misspelling: Misspelling(parentKeys: [], member: near))
        }
        return nil
    }

    /// True when `path` is a string (or, for a JavaScript template, a static
    /// prefix) that opens the video mini program's entry page.
    static func opensEntryPage(_ path: Node) -> Bool {
        guard var text = path.string else { return false }
        if text.hasPrefix("/") { text.removeFirst() }
        let entry = "pages/preIndex/index"
        guard text.hasPrefix(entry) else { return false }
        let rest = text.dropFirst(entry.count)
        return rest.isEmpty || rest.hasPrefix("?")
    }

    /// The member of `mapping` whose key is closest to `udeskAvsMiniReferer`
    /// within the allowed distance (the first of a tie), if any.
    static func nearMiss(in mapping: Node) -> Member? {
        guard let members = mapping.members else { return nil }
        let key = LaunchMode.refererKey
        let length = key.unicodeScalars.count
        var best: (member: Member, distance: Int)?
        for member in members {
            let name = member.name
            // The distance is at least the difference in length: most keys end here.
            guard name != key, abs(name.unicodeScalars.count - length) <= maxMisspellingDistance else { continue }
            let distance = EditDistance.distance(name, key)
            guard distance <= maxMisspellingDistance, distance < (best?.distance ?? .max) else { continue }
            best = (member, distance)
        }
        return best?.member
    }

    /// True when `name` is within the allowed distance of `udeskAvsMiniReferer` but not it.
    static func isNearMiss(_ name: String) -> Bool {
        let key = LaunchMode.refererKey
        guard name != key, abs(name.unicodeScalars.count - key.unicodeScalars.count) <= maxMisspellingDistance else { return false }
        return EditDistance.distance(name, key) <= maxMisspellingDistance
    }

    /// `root` with the misspelled key renamed to `udeskAvsMiniReferer` (same
    /// span and quoting), so the schema and the rules check the launch as
    /// the platform would read it once the key is fixed.
    public func corrected(_ root: Node) -> Node {
        guard let misspelling else { return root }
        return Self.renaming(misspelling, in: root, below: misspelling.parentKeys[...])
    }

    private static func renaming(_ misspelling: Misspelling, in node: Node, below keys: ArraySlice<String>) -> Node {
        guard case .mapping(var members) = node.value else { return node }
        if let next = keys.first {
            guard let i = members.lastIndex(where: { $0.name == next }) else { return node }
            members[i].value = renaming(misspelling, in: members[i].value, below: keys.dropFirst())
        } else {
            guard let i = members.firstIndex(where: { $0.key.span == misspelling.member.key.span }) else { return node }
            let old = members[i].key
            let name = LaunchMode.refererKey
            let style = old.scalar?.style ?? .plain
            members[i].key = Node(.scalar(Scalar(.string(name), text: name, style: style)), span: old.span)
        }
        return Node(.mapping(members), span: node.span)
    }

    /// The `referer/misspelled-key` finding for the misspelling, with a fix
    /// that renames the key.
    public func misspellingDiagnostic(in file: SourceFile) -> Diagnostic? {
        guard let misspelling else { return nil }
        let name = misspelling.member.name
        let key = LaunchMode.refererKey
        var pointer = misspelling.parentKeys.reduce("") { JSONPointer.appending($0, key: $1) }
        pointer = JSONPointer.appending(pointer, key: name)
        let fix = SourceEdits.renameKey(misspelling.member.key, to: key, in: file).map {
            Fix(description: "rename to '\(key)'", edits: [$0])
        }
        return Diagnostic(
            ruleID: LaunchShape.misspelledKeyRule, severity: .error,
            message: "unknown key '\(name)'; did you mean '\(key)'? The platform reads only that spelling",
            file: file.path, span: misspelling.member.key.span, instancePath: pointer, fix: fix)
    }

    /// The rule id of a misspelled referer key.
    public static let misspelledKeyRule = "referer/misspelled-key"

    /// The documents of a file that are launch configs, each with a
    /// misspelled referer key renamed (see `corrected(_:)`), and the
    /// `referer/misspelled-key` findings.
    public static func launchConfigs(in documents: [Document], file: SourceFile) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var configs: [Document] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            guard let root = document.root, let shape = LaunchShape.of(root) else { continue }
            var checked = document
            if let finding = shape.misspellingDiagnostic(in: file) {
                diagnostics.append(finding)
                checked.root = shape.corrected(root)
            }
            configs.append(checked)
        }
        return (configs, diagnostics)
    }
}
