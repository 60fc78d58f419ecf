import Synchronization

/// Texts written once per key and shared: a million findings that read alike hold one string between them, not
/// a million copies, and the sentence is composed once.
///
/// ```swift
/// let reasons = SharedTexts<LocalDate>()
/// let reason = reasons.text(for: seen) { "in use but last seen \(seen)" }
/// ```
final class SharedTexts<Key: Hashable & Sendable>: Sendable {
    private let texts = Mutex(Memo<Key, String>())

    /// The text for `key`: the one written before, else `write`'s, kept for next time.
    func text(for key: Key, _ write: () -> String) -> String {
        texts.withLock { $0.value(for: key, write) }
    }
}
