import CSQLite
import Dispatch
import EstateCore

extension EstateDatabase {
    /// ``estate(snapshotID:)`` read on two connections at once: the assets on this one, the systems and components
    /// on a second connection to the same file. A large snapshot loads in a little over half the time on two
    /// cores, since neither half waits for the other.
    ///
    /// Both read transactions start while a third, momentary connection holds the write lock, so no ingest (an
    /// `ingest --append` adding to this very snapshot, say) can commit between their starts: the two see the same
    /// state, as one transaction would. When the lock cannot be had at once (a read-only file, or an ingest under
    /// way), the snapshot is read on this connection alone.
    ///
    /// - Throws: What ``estate(snapshotID:)`` throws; a ``StoreError`` once `cancellation` is raised.
    public func estateOnTwoConnections(snapshotID: Int64, cancellation: ReadCancellation) throws -> Estate {
        guard let barrier = try? SQLiteConnection(path: path, busyTimeoutMilliseconds: 0, readOnly: false),
            !barrier.isReadOnly, (try? barrier.execute("BEGIN IMMEDIATE")) != nil
        else { return try estate(snapshotID: snapshotID, cancellation: cancellation) }
        var isBarrierUp = true
        func lowerBarrier() {
            if isBarrierUp { try? barrier.execute("ROLLBACK") }
            isBarrierUp = false
        }
        defer { lowerBarrier() }
        return try connection.cancellable(by: cancellation) {
            try connection.readTransaction {
                guard let snapshot = try snapshot(id: snapshotID) else {
                    throw connection.storeError(SQLITE_NOTFOUND, "there is no snapshot \(snapshotID) in the database")
                }
                let rest = SecondReader(path: path, snapshot: snapshot, cancellation: cancellation)
                // The second transaction has begun (or failed to): no writer can come between the two any longer.
                rest.waitUntilReading()
                lowerBarrier()
                let assets = try RowReader(connection: connection).assets(
                    snapshotID: snapshotID, expected: snapshot.assetCount)
                let (systems, components) = try rest.take()
                return Estate(snapshot: snapshot, assets: assets, systems: systems, components: components)
            }
        }
    }

    /// A snapshot's systems and components, read in a transaction of their own on another thread and
    /// connection; see ``estateOnTwoConnections(snapshotID:cancellation:)``.
    private final class SecondReader: Sendable {
        private let started = DispatchSemaphore(value: 0)
        private let read: Later<Result<([System], [Component]), any Error>>

        init(path: String, snapshot: Snapshot, cancellation: ReadCancellation) {
            let started = started
            // On a thread of its own: the reader waiting for it may hold the last of the global queue's threads.
            read = Later.onItsOwnThread {
                // Signalled once: when the transaction has seen the database, or when the read failed before then.
                var hasBegun = false
                let result = Result { () throws -> ([System], [Component]) in
                    let database = try EstateDatabase(path: path, readOnly: true)
                    return try database.connection.cancellable(by: cancellation) {
                        try database.connection.readTransaction {
                            // A transaction's view of the database is fixed by its first read.
                            try database.connection.execute("SELECT count(*) FROM snapshots")
                            hasBegun = true
                            started.signal()
                            let reader = RowReader(connection: database.connection)
                            return (
                                try reader.systems(snapshotID: snapshot.id, expected: snapshot.systemCount),
                                try reader.components(snapshotID: snapshot.id, expected: snapshot.componentCount)
                            )
                        }
                    }
                }
                if !hasBegun { started.signal() }
                return result
            }
        }

        /// Waits until the second transaction has seen the database, or failed to.
        func waitUntilReading() { started.wait() }

        /// The systems and components, waiting for them; the read's error, if it failed.
        func take() throws -> ([System], [Component]) { try read.take().get() }
    }
}
