import Dispatch

/// A value shared by the reader thread and the lint worker, reached only
/// under a lock.
final class Locked<Value>: @unchecked Sendable {
    // Sound: `value` is read and written only inside `withLock`, which
    // holds the semaphore for the whole access.
    private var value: Value
    private let semaphore = DispatchSemaphore(value: 1)

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        semaphore.wait()
        defer { semaphore.signal() }
        return try body(&value)
    }
}
