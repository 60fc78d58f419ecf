import Synchronization

/// Texts written once per key and shared: a million findings that read alike hold one string between them, not
/// a million copies, and the sentence is composed once.
///
/// ```swift
/// let reasons = SharedTexts<LocalDate>()
/// let reason = reasons.text(for: seen) { "in use but last seen \(seen)" }
/// ```
final class SharedTexts<Key: Hashable & Sendable>: Sendable {
    private let texts = Mutex<[Key: String]>([:])

    /// The text for `key`: the one written before, else `write`'s, kept for next time.
    func text(for key: Key, _ write: () -> String) -> String {
        if let known = texts.withLock({ $0[key] }) { return known }
        let text = write()
        return texts.withLock { texts in
            if let known = texts[key] { return known }
            texts[key] = text
            return text
        }
    }
}
