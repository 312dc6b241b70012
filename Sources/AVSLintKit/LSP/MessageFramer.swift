/// Splits the server's input stream into messages by their
/// `Content-Length` headers (the base protocol of LSP).
///
/// Bad framing never stops the stream: a header section without
/// `Content-Length`, with a value that is not a number or is above
/// `maxContentLength`, or longer than `maxHeaderBytes`, is reported once as
/// `.malformed`, and reading resumes at the next `Content-Length:` header
/// (JSON text cannot hold one outside a string, so this finds the next
/// message). Memory stays bounded by the largest accepted message.
public struct MessageFramer: Sendable {
    /// One unit read from the stream.
    public enum Frame: Sendable, Equatable {
        /// The body of a well-framed message.
        case message([UInt8])
        /// A framing problem, said in one sentence.
        case malformed(String)
    }

    /// The largest body accepted.
    public var maxContentLength: Int
    /// The longest header section accepted.
    public var maxHeaderBytes: Int

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already consumed.
    private var start = 0
    /// True after a framing problem, until the next `Content-Length:` is found.
    private var resyncing = false

    /// Creates a framer.
    public init(maxContentLength: Int = 64 << 20, maxHeaderBytes: Int = 8192) {
        self.maxContentLength = maxContentLength
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: ArraySlice<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer += bytes
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if resyncing {
            guard let found = find(Self.contentLength, from: start, caseInsensitive: true) else {
                // Keep only what could be the start of a split header name.
                start = max(start, buffer.count - Self.contentLength.count + 1)
                return nil
            }
            start = found
            resyncing = false
        }
        while start < buffer.count, buffer[start] == 0x0D || buffer[start] == 0x0A { start += 1 }
        guard let (headerEnd, bodyStart) = headerSectionEnd() else {
            if buffer.count - start > maxHeaderBytes {
                return fail("the header section is longer than \(maxHeaderBytes) bytes", skipTo: start + 1)
            }
            return nil
        }
        var length: Int?
        for line in buffer[start..<headerEnd].split(separator: 0x0A) {
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                return fail("a header line has no ':'", skipTo: bodyStart)
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            guard name == "content-length" else { continue }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let digits = value.prefix { $0 != 0x20 && $0 != 0x09 }
            guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let parsed = Int(String(decoding: digits, as: UTF8.self)) else {
                return fail("Content-Length is not a number", skipTo: bodyStart)
            }
            length = parsed
        }
        guard let length else { return fail("the message has no Content-Length header", skipTo: bodyStart) }
        guard length <= maxContentLength else {
            return fail("Content-Length \(length) is above the limit of \(maxContentLength) bytes", skipTo: bodyStart)
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        return .message(body)
    }

    private mutating func fail(_ message: String, skipTo offset: Int) -> Frame {
        start = min(offset, buffer.count)
        resyncing = true
        return .malformed(message)
    }

    /// The end of the header section from `start` (before its blank line)
    /// and where the body begins; CRLF as the spec says, bare LF tolerated.
    private func headerSectionEnd() -> (Int, Int)? {
        var i = start
        let limit = min(buffer.count, start + maxHeaderBytes + 4)
        while i < limit {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < buffer.count, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    private static let contentLength = Array("content-length:".utf8)

    private func find(_ needle: [UInt8], from: Int, caseInsensitive: Bool) -> Int? {
        guard buffer.count - from >= needle.count else { return nil }
        var i = from
        while i + needle.count <= buffer.count {
            var j = 0
            while j < needle.count {
                var byte = buffer[i + j]
                if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                if byte != needle[j] { break }
                j += 1
            }
            if j == needle.count { return i }
            i += 1
        }
        return nil
    }
}
