/// The byte pre-filter of a walked file: may these bytes hold a launch
/// config? A "no" skips the file before it is parsed, so the JSONC files
/// around a project (`tsconfig.json`, uni-app's `pages.json` and
/// `manifest.json`) never produce findings. It must never say "no" to a
/// file the launch-config detector would accept; a false "maybe" only costs
/// a parse.
public enum LaunchConfigFilter {
    /// True when `bytes`, read as `format`, may hold a launch config.
    /// Scripts: a `navigateToMiniProgram` or `udeskAvsMiniReferer` mention
    /// (`JSLoader.mentionsLaunchConfig`), or a near miss of the latter (an
    /// assignment to `….udeskAvsMiniRefere`). YAML and JSON: `extraData` or
    /// `preIndex` in any case, or text within four single-character edits of
    /// `udeskAvsMiniReferer` in any case (a misspelled referer key).
    public static func mayHoldLaunchConfig(_ bytes: [UInt8], format: InputFormat) -> Bool {
        switch format {
        case .javascript: return JSLoader.mentionsLaunchConfig(bytes) || nearReferer(bytes)
        case .yaml, .json: return mentionsMiniProgramKeys(bytes) || nearReferer(bytes)
        }
    }

    /// True when `extraData` or `preIndex` (ASCII case ignored) occurs:
    /// both hold an `x`, found first.
    static func mentionsMiniProgramKeys(_ bytes: [UInt8]) -> Bool {
        let extraData = Array("extradata".utf8), preIndex = Array("preindex".utf8)
        for (index, byte) in bytes.enumerated() where byte | 0x20 == UInt8(ascii: "x") {
            if folded(bytes, extraData, at: index - 1) || folded(bytes, preIndex, at: index - 7) { return true }
        }
        return false
    }

    private static func folded(_ bytes: [UInt8], _ word: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= bytes.count else { return false }
        for (offset, expected) in word.enumerated() where bytes[start + offset] | 0x20 != expected { return false }
        return true
    }

    /// The pattern of `nearReferer`, lowercase.
    private static let referer = Array("udeskavsminireferer".utf8)

    /// For each byte, the positions of `referer` it matches (either case).
    private static let masks: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for (position, byte) in referer.enumerated() {
            table[Int(byte)] |= 1 << position
            table[Int(byte & ~0x20)] |= 1 << position
        }
        return table
    }()

    /// True when some stretch of `bytes` is within 4 Levenshtein edits of
    /// `udeskAvsMiniReferer`, ASCII case ignored (so within 2 edits that may
    /// each swap two neighbours, the distance "did you mean" uses). Wu and
    /// Manber's bit-parallel approximate search: bit `i` of `r[d]` says the
    /// pattern's first `i + 1` bytes end here with at most `d` edits.
    static func nearReferer(_ bytes: [UInt8]) -> Bool {
        let accept: UInt32 = 1 << (referer.count - 1)
        var r0: UInt32 = 0, r1: UInt32 = 0b1, r2: UInt32 = 0b11, r3: UInt32 = 0b111, r4: UInt32 = 0b1111
        for byte in bytes {
            let mask = masks[Int(byte)]
            let o0 = r0, o1 = r1, o2 = r2, o3 = r3
            r0 = ((o0 << 1) | 1) & mask
            r1 = (((r1 << 1) | 1) & mask) | o0 | (o0 << 1) | (r0 << 1) | 1
            r2 = (((r2 << 1) | 1) & mask) | o1 | (o1 << 1) | (r1 << 1) | 1
            r3 = (((r3 << 1) | 1) & mask) | o2 | (o2 << 1) | (r2 << 1) | 1
            r4 = (((r4 << 1) | 1) & mask) | o3 | (o3 << 1) | (r3 << 1) | 1
            if r4 & accept != 0 { return true }
        }
        return false
    }
}
