/// UTF-8 validation that reports where the text first goes wrong.
public enum UTF8Check {
    /// The byte offset of the first byte that is not part of a well-formed
    /// UTF-8 sequence (overlongs, surrogates and values past U+10FFFF are
    /// ill-formed), or nil when all of `bytes` is valid.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let raw = UnsafeRawBufferPointer(buffer)
            var i = 0
            while i < buffer.count {
                // Eight ASCII bytes at a time. Sound: the load reads
                // raw[i..<i + 8], which the condition keeps inside the buffer.
                if i + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & ByteWord.highBits == 0 {
                    i += 8
                    continue
                }
                if buffer[i] < 0x80 { i += 1; continue }
                guard let next = UTF8Sequence.end(in: buffer, at: i) else { return i }
                i = next
            }
            return nil
        }
    }
}
