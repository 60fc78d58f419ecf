import Synchronization

/// A value handed to work on another thread, which takes it once: the giver keeps no copy, and the taker lets
/// it go as soon as it is done with it, however long the rest of the work runs (a closure would hold what it
/// captured until it returned).
///
/// ```swift
/// let baseline = Handoff(carbon)
/// let debt = Later { DebtAnalysis(…, energy: baseline.take().flatMap { DebtEnergy(…, carbon: $0) } …) }
/// ```
final class Handoff<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: consuming Value?) { self.value = Mutex(value) }

    /// The value, handed over; nil once taken (or when none was given).
    func take() -> Value? { value.withLock { $0.take() } }
}
