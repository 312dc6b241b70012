/// Scratch storage for the children of a collection being built.
///
/// Elements collect in fixed-size chunks and come out as one array with no
/// spare capacity, each chunk freed as soon as it is copied. Building an
/// n-element array this way peaks at about 2n elements; appending to an
/// array (which doubles its storage) and then copying it to an exactly sized
/// one peaks at 3n, and a config with a million custom fields is one such
/// array.
struct ChunkedArray<Element> {
    private var chunks: [[Element]] = []
    private var tail: [Element] = []
    /// Elements appended since the last `take`.
    private(set) var count = 0

    /// Elements per chunk.
    static var chunkCapacity: Int { 4096 }

    /// Appends one element.
    mutating func append(_ element: Element) {
        if tail.count == Self.chunkCapacity {
            chunks.append(tail)
            tail = []
            tail.reserveCapacity(Self.chunkCapacity)
        }
        tail.append(element)
        count += 1
    }

    /// Every element in order, as an exactly sized array; the buffer is left
    /// empty, keeping at most one chunk of storage for reuse.
    mutating func take() -> [Element] {
        if chunks.isEmpty {
            let out = Array(tail)
            tail.removeAll(keepingCapacity: true)
            count = 0
            return out
        }
        var out: [Element] = []
        out.reserveCapacity(count)
        for index in chunks.indices {
            out.append(contentsOf: chunks[index])
            chunks[index] = []
        }
        chunks.removeAll()
        out.append(contentsOf: tail)
        tail.removeAll(keepingCapacity: true)
        count = 0
        return out
    }
}
