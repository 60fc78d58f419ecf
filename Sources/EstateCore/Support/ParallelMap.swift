import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// The transform of every element, worked out on as many threads as the machine has cores, in order.
    ///
    /// Analyses that are independent of one another (the baseline and each carbon option) run side by side
    /// this way; each element's work should be large, as starting it costs a few microseconds.
    ///
    /// ```swift
    /// let totals = scenarios.parallelMap { CarbonAnalysis(estate: estate, …, scenario: $0).totals }
    /// ```
    ///
    /// - Complexity: The sum of the transforms' costs, spread over the cores.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Mutex<[Result?]>([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
