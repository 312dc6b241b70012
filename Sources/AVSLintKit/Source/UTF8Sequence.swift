/// Validates one UTF-8 sequence in a buffer: no overlongs, no surrogates,
/// nothing past U+10FFFF. `UTF8Check` and the JSON scanner both use it.
enum UTF8Sequence {
    /// The offset just past the well-formed sequence that starts at `index`
    /// (whose byte is 0x80 or above), or nil when it is ill-formed.
    @inline(__always)
    static func end(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let n = bytes.count
        let b0 = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= n else { return nil }
        let b1 = bytes[index + 1]
        guard b1 >= low, b1 <= high else { return nil }
        if length > 2 {
            guard bytes[index + 2] & 0xC0 == 0x80 else { return nil }
            if length > 3 {
                guard bytes[index + 3] & 0xC0 == 0x80 else { return nil }
            }
        }
        return index + length
    }
}
