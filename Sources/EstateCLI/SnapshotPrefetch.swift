import EstateCore
import EstateStore
import Synchronization

/// A snapshot read on connections of its own (three at once, see ``EstateDatabase/estateInParallel(snapshotID:cancellation:)``)
/// while the inventory files are checked against the database (instantly when their stamps vouch for them, see
/// ``FileChecksums``; hashing them takes a second or two for a million assets), on the chance, usual for a report,
/// that they have not changed and it is the snapshot wanted.
final class SnapshotPrefetch: Sendable {
    /// The snapshot being read.
    let snapshotID: Int64
    private let cancellation: ReadCancellation
    private let read: Later<Estate?>
    /// The read's estate once waited for (nil inside: failed, stopped or let go); nil until then.
    private let outcome = Mutex<Estate??>(nil)

    /// Starts reading snapshot `snapshotID` of the database at `path` on another thread.
    init(database path: String, snapshotID: Int64) {
        let cancellation = ReadCancellation()
        self.snapshotID = snapshotID
        self.cancellation = cancellation
        // Any failure is left for the ordinary read to meet and report.
        read = Later {
            try? EstateDatabase(path: path, readOnly: true).estateInParallel(
                snapshotID: snapshotID, cancellation: cancellation)
        }
    }

    /// A prefetch given up (a load that failed) stops its read; the read's thread then finishes on its own.
    deinit { cancellation.cancel() }

    /// Stops the read and lets go of what it read, once it has stopped: the files changed, so another snapshot
    /// will be wanted, and no second reader runs, nor an estate waits in memory, while they are ingested.
    func cancel() {
        cancellation.cancel()
        _ = settle()
        outcome.withLock { $0 = .some(nil) }
    }

    /// The estate of snapshot `id` if it is the one read and the read succeeded, else nil (once the read has
    /// stopped, so no second reader is left running).
    func estate(of id: Int64) -> Estate? {
        guard id == snapshotID else {
            cancel()
            return nil
        }
        return settle()
    }

    /// The read's estate, waiting for it the first time.
    private func settle() -> Estate? {
        outcome.withLock { outcome in
            if let settled = outcome { return settled }
            let estate = read.take()
            outcome = .some(estate)
            return estate
        }
    }
}
