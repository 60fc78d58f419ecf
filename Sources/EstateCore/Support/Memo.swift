/// Values worked out once per key and handed back after: a sentence shared by every finding that reads alike, a
/// verdict per processor name, a position per group.
///
/// ```swift
/// var reasons = Memo<LocalDate, String>()
/// let reason = reasons.value(for: seen) { "not seen since \(seen)" }   // written once per date
/// ```
struct Memo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]

    /// The value for `key`: the one worked out before, else `make`'s, kept for next time.
    mutating func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = values[key] { return known }
        let value = make()
        values[key] = value
        return value
    }
}

extension Memo: Sendable where Key: Sendable, Value: Sendable {}
