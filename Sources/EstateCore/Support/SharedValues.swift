import Synchronization

/// Values worked out once per key and shared between threads: a million findings that read alike hold one string
/// (or one list) between them, not a million copies, and the sentence is composed once.
///
/// ```swift
/// let reasons = SharedValues<LocalDate, String>()
/// let reason = reasons.value(for: seen) { "in use but last seen \(seen)" }
/// ```
final class SharedValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex(Memo<Key, Value>())

    /// The value for `key`: the one worked out before, else `make`'s, kept for next time.
    func value(for key: Key, _ make: () -> Value) -> Value {
        values.withLock { $0.value(for: key, make) }
    }
}
