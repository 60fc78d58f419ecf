import CSQLite
import Dispatch
import EstateCore
import Synchronization

extension EstateDatabase {
    /// ``estate(snapshotID:)`` read on three connections at once: the first half of the assets on this one, the
    /// second half on another, the systems and components on a third, so no part waits for another (a
    /// million-asset snapshot loads in 2.5 s rather than 3.4 s on two cores, beside the hashing of its files).
    ///
    /// Every read transaction starts while a momentary further connection holds the write lock, so no ingest (an
    /// `ingest --append` adding to this very snapshot, say) can commit between their starts: they all see the same
    /// state, as one transaction would. When the lock cannot be had at once (a read-only file, an ingest under way,
    /// a database in memory), the snapshot is read on this connection alone. A part that fails stops the others,
    /// and the read returns only once none is left running.
    ///
    /// - Throws: What ``estate(snapshotID:)`` throws; a ``StoreError`` once `cancellation` is raised.
    public func estateInParallel(snapshotID: Int64, cancellation: ReadCancellation) throws -> Estate {
        try estateInParallel(snapshotID: snapshotID, cancellation: cancellation, whileLocked: {})
    }

    /// ``estateInParallel(snapshotID:cancellation:)``, calling `whileLocked` (for tests) once this connection's
    /// transaction has begun under the write lock and before the others begin theirs; not called when the read
    /// falls back to one connection.
    func estateInParallel(
        snapshotID: Int64, cancellation: ReadCancellation, whileLocked: () throws -> Void
    ) throws -> Estate {
        guard connection.isFile, let barrier = try? SQLiteConnection.lock(path: path), !barrier.isReadOnly,
            (try? barrier.execute("BEGIN IMMEDIATE")) != nil
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
                try whileLocked()
                let reader = RowReader(connection: connection)
                let half = snapshot.assetCount / 2
                let split = try reader.assetSeq(snapshotID: snapshotID, at: half)
                let sides = ReadCancellation(following: cancellation)
                let rest = SideReader(path: path, cancellation: sides) { reader in
                    (
                        try reader.systems(snapshotID: snapshot.id, expected: snapshot.systemCount),
                        try reader.components(snapshotID: snapshot.id, expected: snapshot.componentCount)
                    )
                }
                let laterAssets = split.map { split in
                    SideReader(path: path, cancellation: sides) { reader in
                        try reader.assets(
                            snapshotID: snapshot.id, seqs: .from(split), expected: snapshot.assetCount - half)
                    }
                }
                // The other transactions have begun (or failed to): no writer can come between them any longer.
                rest.waitUntilReading()
                laterAssets?.waitUntilReading()
                lowerBarrier()
                do {
                    var assets = try reader.assets(
                        snapshotID: snapshotID, seqs: split.map { .below($0) }, expected: snapshot.assetCount)
                    if let more = try laterAssets?.take() { assets.append(contentsOf: more) }
                    guard let (systems, components) = try rest.take() else {
                        preconditionFailure("the systems and components are taken once")
                    }
                    return Estate(snapshot: snapshot, assets: assets, systems: systems, components: components)
                } catch {
                    // The first failure stops the other parts; none is left reading after the read returns.
                    sides.cancel()
                    _ = try? laterAssets?.take()
                    _ = try? rest.take()
                    throw error
                }
            }
        }
    }

    /// Part of a snapshot, read in a transaction of its own on another thread and connection; see
    /// ``estateInParallel(snapshotID:cancellation:)``. Its result can be taken once.
    private final class SideReader<Part: Sendable>: Sendable {
        private let started = DispatchSemaphore(value: 0)
        private let read: Later<Result<Part, any Error>>
        private let taken = Atomic<Bool>(false)

        init(
            path: String, cancellation: ReadCancellation,
            _ part: @escaping @Sendable (RowReader) throws -> Part
        ) {
            let started = started
            // On a thread of its own: the reader waiting for it may hold the last of the global queue's threads.
            read = Later.onItsOwnThread {
                // Signalled once: when the transaction has seen the database, or when the read failed before then.
                var hasBegun = false
                let result = Result { () throws -> Part in
                    let database = try EstateDatabase(path: path, readOnly: true)
                    return try database.connection.cancellable(by: cancellation) {
                        try database.connection.readTransaction {
                            // A transaction's view of the database is fixed by its first read.
                            try database.connection.execute("SELECT count(*) FROM snapshots")
                            hasBegun = true
                            started.signal()
                            return try part(RowReader(connection: database.connection))
                        }
                    }
                }
                if !hasBegun { started.signal() }
                return result
            }
        }

        /// Waits until the transaction has seen the database, or failed to.
        func waitUntilReading() { started.wait() }

        /// The part read, waiting for it; the read's error, if it failed. Nil once taken already.
        func take() throws -> Part? {
            guard !taken.exchange(true, ordering: .acquiringAndReleasing) else { return nil }
            return try read.take().get()
        }
    }
}
