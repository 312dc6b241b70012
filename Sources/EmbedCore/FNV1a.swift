/// The 64-bit FNV-1a hash: small, stable across runs and platforms, and
/// enough for fingerprints that only need to tell findings apart and for
/// `--shard`'s split of files, and for the fingerprints of embedded files
/// that EmbedGen records at build time and the library checks.
package enum FNV1a {
    /// The hash of `bytes`.
    package static func hash64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of `bytes` as 16 lowercase hex digits.
    package static func hex64<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let hex = String(hash64(bytes), radix: 16, uppercase: false)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
