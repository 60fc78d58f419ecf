import Dispatch
import Foundation
import Synchronization

/// A report's tables rendered ahead, on a thread of their own, while the analyses the rest of the report waits
/// for still run: the lifecycle's and debt's, once debt is worked out, while the finance plan is smoothed (a step
/// that keeps one core busy and leaves the other idle).
///
/// The thread runs at the same priority as the analyses (a thread of lower priority could not be raised again
/// without privileges, and the report would wait on it behind any busy process). Each table is rendered into a
/// file not yet in place (``ReportDestination/stage(_:as:)``); ``Report`` puts it in place with the rest, after
/// the Markdown, and renders itself any table not yet started here.
///
/// ```swift
/// let staging = TableStaging(destination: folder)
/// staging.stage { lifecycleSection.csvFiles }       // rendered on the staging thread, beside the analyses
/// staging.stage { debtSection.csvFiles }
/// try report.write(to: folder, staging: staging) { … }
/// staging.close()
/// ```
public final class TableStaging: Sendable {
    /// Where a table stands.
    private enum Slot {
        /// Being rendered here; the semaphore is signalled once it is staged.
        case staging(DispatchSemaphore)
        /// Rendered here.
        case staged(Result<StagedFile, any Error>)
        /// Left to the report's own threads.
        case report
    }

    private struct State {
        var slots: [String: Slot] = [:]
        var jobs: [@Sendable () -> [ReportCSV]] = []
        /// No table is started once closed; abandoned, whatever was staged is let go.
        var isClosed = false
    }

    private let destination: any ReportDestination
    private let state = Mutex(State())
    /// Signalled once per job queued, and once on closing.
    private let queued = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    /// Starts the staging thread, rendering into `destination`.
    public init(destination: some ReportDestination) {
        self.destination = destination
        Thread { [self] in
            run()
            stopped.signal()
        }.start()
    }

    /// Queues the tables `tables` gives, rendered largest first. `tables` is called on the staging thread.
    ///
    /// Only tables written straight to text, a row at a time (those that say how many rows they write), are
    /// rendered ahead: a table built as cells holds every cell while it is written, and ahead of the report that
    /// is while the analyses still hold theirs.
    public func stage(_ tables: @escaping @Sendable () -> [ReportCSV]) {
        let isQueued = state.withLock { state in
            guard !state.isClosed else { return false }
            state.jobs.append(tables)
            return true
        }
        if isQueued { queued.signal() }
    }

    /// Stops staging: no further table is started, the thread is waited for, and every table staged is let go
    /// (its file removed). For a report that fails before its tables are written.
    public func abandon() {
        close()
        stopped.wait()
        stopped.signal()
        let slots = state.withLock { state in
            defer { state.slots = [:] }
            return state.slots
        }
        _ = consume slots
    }

    /// What the report does with a table: render it itself, or take it from here (waiting, if it is under way).
    enum Claim {
        case yours
        case staged(@Sendable () -> Result<StagedFile, any Error>)
    }

    /// Claims the table written as `name` for the report: the report renders it unless it is staged or under way
    /// here, and then it is never started here.
    func claim(_ name: String) -> Claim {
        state.withLock { state in
            switch state.slots[name] {
            case nil, .report:
                state.slots[name] = .report
                return .yours
            case .staged(let result):
                state.slots[name] = .report
                return .staged { result }
            case .staging(let done):
                return .staged { [self] in
                    done.wait()
                    return self.state.withLock { state in
                        guard case .staged(let result) = state.slots[name] else {
                            preconditionFailure("a table signalled staged is staged")
                        }
                        state.slots[name] = .report
                        return result
                    }
                }
            }
        }
    }

    /// Starts no further table; the thread finishes the one under way, then stops.
    public func close() {
        let wasOpen = state.withLock { state in
            defer { state.isClosed = true }
            return !state.isClosed
        }
        if wasOpen { queued.signal() }
    }

    /// Takes each job as it is queued, until closed.
    private func run() {
        while true {
            queued.wait()
            let job = state.withLock { state -> (@Sendable () -> [ReportCSV])? in
                state.isClosed || state.jobs.isEmpty ? nil : state.jobs.removeFirst()
            }
            guard let job else { return }
            let tables = job()
            for index in Report.startingOrder(tables) where tables[index].rows > 0 {
                let csv = tables[index]
                let name = csv.fileName
                let done = DispatchSemaphore(value: 0)
                let isMine = state.withLock { state in
                    guard !state.isClosed, state.slots[name] == nil else { return false }
                    state.slots[name] = .staging(done)
                    return true
                }
                guard isMine else { continue }
                let result = Result { try destination.stage(csv, as: name) }
                state.withLock { $0.slots[name] = .staged(result) }
                done.signal()
            }
        }
    }
}
