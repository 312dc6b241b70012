/// Applying byte-range edits to a file's bytes.
public enum EditApplication {
    /// The bytes with `edits` applied. Edits are taken in order of their
    /// start; one that overlaps an edit already taken is left out and
    /// returned, so a later pass can apply it to the new text.
    /// - Returns: the new bytes and the edits that were not applied.
    public static func apply(_ edits: [Edit], to bytes: [UInt8]) -> (bytes: [UInt8], skipped: [Edit]) {
        var taken: [Edit] = []
        var skipped: [Edit] = []
        for edit in edits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            guard edit.start >= 0, edit.start <= edit.end, edit.end <= bytes.count else {
                skipped.append(edit)
                continue
            }
            if let last = taken.last, edit.start < last.end || (edit.start == last.start && edit.start == edit.end) {
                skipped.append(edit)
                continue
            }
            taken.append(edit)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in taken {
            out += bytes[cursor..<edit.start]
            out += Array(edit.replacement.utf8)
            cursor = edit.end
        }
        out += bytes[cursor...]
        return (out, skipped)
    }
}
