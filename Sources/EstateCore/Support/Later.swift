import Dispatch
import Foundation
import Synchronization

/// Work started now on another thread, its result waited for where it is needed.
///
/// A report starts the analyses that need nothing of the lifecycle (carbon) before working the lifecycle out, so
/// both cores of a small machine are busy while it does.
///
/// ```swift
/// let carbon = Later { CarbonSection.Groundwork(context: context, factors: factors) }
/// let lifecycle = LifecycleAnalysis(…)      // meanwhile, on this thread
/// carbon.take()                             // waits until the groundwork is done
/// ```
public final class Later<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    public convenience init(_ work: @escaping @Sendable () -> Value) {
        self.init(work) { DispatchQueue.global().async(execute: $0) }
    }

    /// Starts `work` on a thread of its own, for work that must start at once: the global queues run no more of
    /// their work at a time than there are cores, and a queue's thread waiting on a semaphore still counts, so
    /// work queued behind it can wait a second or more for the queue to notice and add a thread.
    public static func onItsOwnThread(_ work: @escaping @Sendable () -> Value) -> Later {
        Later(work) { Thread(block: $0).start() }
    }

    private init(_ work: @escaping @Sendable () -> Value, start: (@escaping @Sendable () -> Void) -> Void) {
        // The work is let go as soon as it has run, before its result is handed over: what it captured (a
        // million-item plan, say) is not held while its taker carries on.
        let job = Handoff(work)
        start { [self] in
            let value = Self.run(job)
            result.withLock { $0 = value }
            finished.signal()
        }
    }

    /// Runs the work handed over, letting it go once it returns.
    private static func run(_ job: Handoff<@Sendable () -> Value>) -> Value {
        guard let work = job.take() else { preconditionFailure("a later's work is run once") }
        return work()
    }

    /// The result, once the work is done (waiting for it if need be), left in place: for a result several read
    /// (a debt analysis both its section and the rest of the analyses need). A `Later` that is read is never
    /// taken: reading after the take fails.
    public func read() -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let value = result.withLock({ $0 }) else { preconditionFailure("a later was read after it was taken") }
        return value
    }

    /// The result, once the work is done (waiting for it if need be), handed over: the `Later` keeps no copy, so
    /// a large result lives no longer than its taker needs it. It can be taken once; taking or reading it again
    /// fails rather than waiting.
    public func take() -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let value = result.withLock({ $0.take() }) else { preconditionFailure("the result was taken already") }
        return value
    }
}
