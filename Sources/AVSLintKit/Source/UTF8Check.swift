/// UTF-8 validation that reports where the text first goes wrong.
public enum UTF8Check {
    /// The byte offset of the first byte that is not part of a well-formed
    /// UTF-8 sequence (overlongs, surrogates and values past U+10FFFF are
    /// ill-formed), or nil when all of `bytes` is valid.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let n = buffer.count
            var i = 0
            while i < n {
                let b0 = buffer[i]
                if b0 < 0x80 { i += 1; continue }
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
                default: return i
                }
                guard i + 1 < n, buffer[i + 1] >= low, buffer[i + 1] <= high else { return i }
                for k in 2..<length {
                    guard i + k < n, buffer[i + k] & 0xC0 == 0x80 else { return i }
                }
                i += length
            }
            return nil
        }
    }
}
