import Testing
@testable import AVSLintKit

/// The line index and the UTF-8 check skip eight bytes at a time; they must
/// give exactly what a byte-by-byte scan gives, wherever in a word a line
/// break, a non-ASCII byte or an ill-formed sequence falls.
@Suite struct ByteScanTests {
    /// Byte-by-byte line starts and ASCII flag: the definition.
    private static func reference(_ bytes: [UInt8], bom: Int) -> (starts: [Int], ascii: Bool) {
        var starts = [bom]
        var ascii = true
        var i = bom
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: starts.append(i + 1)
            case 0x0D:
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            case 0x80...: ascii = false
            default: break
            }
            i += 1
        }
        return (starts, ascii)
    }

    /// Byte-by-byte first ill-formed offset: the definition.
    private static func referenceInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                if buffer[i] < 0x80 { i += 1; continue }
                guard let next = UTF8Sequence.end(in: buffer, at: i) else { return i }
                i = next
            }
            return nil
        }
    }

    /// Deterministic inputs: ASCII runs with a line break, a two-byte
    /// character or a stray continuation byte dropped in at every offset.
    private static var samples: [[UInt8]] {
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0xC3, 0xA9], [0xE5, 0xAE, 0xA2], [0xA9], [0xFF], [0xEF, 0xBB, 0xBF]]
        var out: [[UInt8]] = [[], [0x61]]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 31] {
            for offset in 0...length {
                for piece in pieces {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes.insert(contentsOf: piece, at: offset)
                    out.append(bytes)
                    out.append(bytes + [UInt8](repeating: 0x62, count: 9) + piece)
                }
            }
        }
        return out
    }

    @Test func lineStartsMatchTheByteByByteScan() {
        for bytes in Self.samples {
            let file = SourceFile(path: "a.yaml", bytes: bytes)
            let expected = Self.reference(bytes, bom: file.bomLength)
            #expect(file.lineStarts == expected.starts, "\(bytes)")
            #expect(file.isASCII == expected.ascii, "\(bytes)")
        }
    }

    @Test func invalidOffsetMatchesTheByteByByteScan() {
        for bytes in Self.samples {
            #expect(UTF8Check.firstInvalidOffset(bytes) == Self.referenceInvalid(bytes), "\(bytes)")
        }
    }

    @Test func knownAnswers() {
        #expect(SourceFile(path: "a", text: "abcdefgh\nij\r\nk\rl").lineStarts == [0, 9, 13, 15])
        #expect(UTF8Check.firstInvalidOffset(Array("abcdefghijklmnop".utf8) + [0xFF]) == 16)
        #expect(UTF8Check.firstInvalidOffset(Array("abcdefghij".utf8) + [0xC3, 0xA9, 0x80]) == 12)
    }
}
