/// Finds the `<script>` blocks of a Vue single-file component (`<script>`,
/// `<script setup>`, `<script lang="ts">`…), so that only their content is
/// read as JavaScript, at its own positions in the `.vue` file.
enum VueScriptBlocks {
    /// One script block.
    struct Block {
        /// The bytes of its content.
        var range: Range<Int>
        /// True for `lang="ts"` (TypeScript without JSX, where `<T>x` is a cast).
        var isPlainTypeScript: Bool
    }

    /// The blocks' contents, in file order. HTML comments are skipped; a
    /// block without `</script>` runs to the end.
    static func blocks(in bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
        var ranges: [Block] = []
        let n = bytes.count
        var o = 0
        while o < n {
            guard bytes[o] == UInt8(ascii: "<") else {
                o += 1
                continue
            }
            if hasPrefix(bytes, "<!--", at: o) {
                o = find(bytes, "-->", from: o + 4).map { $0 + 3 } ?? n
                continue
            }
            guard hasPrefix(bytes, "<script", at: o), o + 7 < n,
                  [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[o + 7]) else {
                o += 1
                continue
            }
            // The end of the opening tag, honouring quoted attribute values.
            var k = o + 7
            var quote: UInt8 = 0
            while k < n {
                let b = bytes[k]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    break
                }
                k += 1
            }
            guard k < n else { break }
            if bytes[k - 1] == UInt8(ascii: "/") {
                o = k + 1
                continue
            }
            let start = k + 1
            let end = find(bytes, "</script", from: start) ?? n
            let tag = o..<k
            let isTS = [StaticString("lang=\"ts\""), "lang='ts'"].contains { find(bytes, $0, from: tag.lowerBound).map { $0 < tag.upperBound } ?? false }
            ranges.append(Block(range: start..<end, isPlainTypeScript: isTS))
            o = end + 1
        }
        return ranges
    }

    /// True when `text` (ASCII, matched case-insensitively) is at `index`.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return text.withUTF8Buffer { expected in
            for k in 0..<length where lower(bytes[index + k]) != expected[k] { return false }
            return true
        }
    }

    /// The first index at or after `from` where `text` starts, case-insensitively.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString, from: Int) -> Int? {
        var o = from
        let first = text.withUTF8Buffer { $0[0] }
        while o < bytes.count {
            if lower(bytes[o]) == first, hasPrefix(bytes, text, at: o) { return o }
            o += 1
        }
        return nil
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 {
        b &- 0x41 < 26 ? b | 0x20 : b
    }
}
