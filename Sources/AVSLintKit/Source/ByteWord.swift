/// Tests on eight bytes at once, read as one little- or big-endian word
/// (each test looks at every byte alike, so the order does not matter).
enum ByteWord {
    /// The high bit of every byte: set in a word that holds a non-ASCII byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// True when some byte of `word` equals `byte`.
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (lowBits &* UInt64(byte))
        return (x &- lowBits) & ~x & highBits != 0
    }
}
