import EmbedCore

/// `--shard K/N`: the files whose path hash falls in share K of N. The hash
/// is FNV-1a of the path relative to the working folder, so every machine of
/// a CI matrix splits the same files the same way, and the N shards
/// together lint every file exactly once.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which share, 1-based.
    public var index: Int
    /// How many shares.
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    /// - Returns: nil when `text` is not of that form.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// True when the file at `path` (relative to the working folder, as a
    /// run names it) belongs to this shard.
    public func contains(_ path: String) -> Bool {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return Int(FNV1a.hash64(relative.utf8) % UInt64(count)) == index - 1
    }
}
