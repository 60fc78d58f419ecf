import Dispatch
import Synchronization

/// The results of two independent pieces of work, worked out side by side on two threads.
///
/// Analyses that need the same inputs but not each other (debt and the finance plan) run this way, so a report
/// of a large estate uses both cores of a small machine.
///
/// ```swift
/// let (debt, finance) = concurrently { DebtAnalysis(…) } and: { FinanceAnalysis(…) }
/// ```
///
/// - Complexity: The larger of the two costs, when two cores are free.
func concurrently<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, and second: @Sendable () -> Second
) -> (First, Second) {
    let firstResult = Mutex<First?>(nil)
    let secondResult = Mutex<Second?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let value = first()
            firstResult.withLock { $0 = value }
        } else {
            let value = second()
            secondResult.withLock { $0 = value }
        }
    }
    guard let one = firstResult.withLock({ $0 }), let two = secondResult.withLock({ $0 }) else {
        preconditionFailure("concurrentPerform returned before both pieces of work finished")
    }
    return (one, two)
}
