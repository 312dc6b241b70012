/// Finds keys that a mapping repeats. Both loaders call it, so both formats
/// word the finding the same way.
public enum DuplicateKeys {
    /// One `duplicate-key` diagnostic per repeated key, at the repeat, with
    /// the first occurrence as related location. Keys compare by their text.
    /// - Parameters:
    ///   - members: the mapping's members in source order.
    ///   - file: the file name for the diagnostics.
    ///   - path: the JSON Pointer of the mapping.
    public static func check(_ members: [Member], file: String, path: String) -> [Diagnostic] {
        guard members.count > 1 else { return [] }
        // The index of each key's first member, not its span: an entry is
        // 24 bytes instead of 64, which matters for a mapping of a million keys.
        var first: [String: Int] = [:]
        first.reserveCapacity(members.count)
        var found: [Diagnostic] = []
        for (index, member) in members.enumerated() {
            let name = member.name
            if let earlier = first[name] {
                found.append(Diagnostic(
                    ruleID: BuiltinRule.duplicateKey, severity: .error,
                    message: "duplicate key '\(name)'; the last one wins",
                    file: file, span: member.key.span,
                    instancePath: path + "/" + JSONPointer.escape(name),
                    related: [Related(span: members[earlier].key.span, message: "'\(name)' is first defined here")]))
            } else {
                first[name] = index
            }
        }
        return found
    }

    /// True when two members share a key: pairwise for the few keys most
    /// mappings have, a set of names for large ones. Cheaper than `check`,
    /// which loaders call only when this says so.
    public static func repeatsKey(_ members: [Member]) -> Bool {
        let n = members.count
        guard n > 1 else { return false }
        if n <= 16 {
            // Read each name once; comparing short strings is cheap, getting them is not.
            // Sound: all n slots are initialized before any is read, and the
            // defer deinitializes them before the stack buffer goes away.
            return withUnsafeTemporaryAllocation(of: String.self, capacity: n) { names in
                for i in 0..<n { names.initializeElement(at: i, to: members[i].name) }
                defer { names.deinitialize() }
                for i in 1..<n {
                    for j in 0..<i where names[j] == names[i] { return true }
                }
                return false
            }
        }
        var seen = Set<String>(minimumCapacity: n)
        for member in members where !seen.insert(member.name).inserted { return true }
        return false
    }
}
