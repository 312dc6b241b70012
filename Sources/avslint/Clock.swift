#if canImport(Glibc)
import Glibc
#endif

/// The wall clock, for fresh signature timestamps.
enum Clock {
    static func secondsSinceEpoch() -> Int {
        Int(time(nil))
    }
}
