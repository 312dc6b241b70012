/// One `<<` entry of a mapping: where its members go and where they come from.
struct YAMLMerge {
    /// The number of explicit members written before the `<<` entry.
    var index: Int
    /// The merged mappings' members, earlier sources first.
    var sources: [[Member]]

    /// The sources of a `<<` value: a mapping (also through an alias) or a
    /// sequence of them; nil when the value is anything else.
    static func sources(of value: Node) -> [[Member]]? {
        switch value.value {
        case .mapping(let members):
            return [members]
        case .sequence(let items):
            var sources: [[Member]] = []
            sources.reserveCapacity(items.count)
            for item in items {
                guard case .mapping(let members) = item.value else { return nil }
                sources.append(members)
            }
            return sources
        default:
            return nil
        }
    }

    /// The members of a mapping after merging: each `<<` entry is replaced by
    /// the members of its sources, skipping keys the mapping writes
    /// explicitly anywhere and keys an earlier source already supplied.
    static func apply(_ merges: [YAMLMerge], to explicit: [Member]) -> [Member] {
        var seen = Set<String>()
        seen.reserveCapacity(explicit.count)
        for member in explicit where member.key.scalar != nil { seen.insert(member.name) }
        var out: [Member] = []
        out.reserveCapacity(explicit.count)
        var next = 0
        for merge in merges {
            while next < merge.index, next < explicit.count {
                out.append(explicit[next])
                next += 1
            }
            for source in merge.sources {
                for member in source where seen.insert(member.name).inserted {
                    out.append(member)
                }
            }
        }
        while next < explicit.count {
            out.append(explicit[next])
            next += 1
        }
        return out
    }
}
