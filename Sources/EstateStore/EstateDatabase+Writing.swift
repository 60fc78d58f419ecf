import CSQLite
import EstateCore
import Foundation

extension EstateDatabase {
    /// Writes a snapshot: its row, then whatever `body` gives the writer, all in one transaction.
    ///
    /// If `body` (or the store) throws, the transaction is rolled back and that first error rethrown: no snapshot,
    /// source, record or reject of this write remains.
    ///
    /// ```swift
    /// let snapshot = try database.writeSnapshot(takenOn: today, organisation: nil) { writer in
    ///     let source = try writer.beginSource(path: "assets.csv", format: "csv", checksum: sha256)
    ///     try writer.add(asset, source: source, line: 2)
    ///     try writer.endSource(source, accepted: 1, rejected: 0)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - takenOn: The date of the inventory.
    ///   - organisation: The council or body the estate belongs to, if known.
    ///   - appendingToLatest: Add to the latest snapshot (see ``latestSnapshot()``) instead of creating one, as
    ///     host-by-host scans do. An asset or system whose id is already there is replaced (keeping its place in
    ///     order), with its links and the components earlier writes gave it. `takenOn` and `organisation` are
    ///     then used only if there is no snapshot yet.
    ///   - body: Streams the content into the writer.
    /// - Returns: The snapshot as stored, with its sources and counts.
    /// - Throws: The first error of `body`, or a ``StoreError`` (locked by another process, read-only, disk full,
    ///   duplicate id).
    public func writeSnapshot(
        takenOn: LocalDate, organisation: String?, appendingToLatest: Bool = false,
        _ body: (inout SnapshotWriter) throws -> Void
    ) throws -> Snapshot {
        let snapshotID = try connection.withLargePageCache {
            try connection.immediateTransaction {
                var target: Int64?
                if appendingToLatest { target = try latestSnapshotID() }
                let isAppending = target != nil
                let snapshotID = try target ?? insertSnapshot(takenOn: takenOn, organisation: organisation)
                let statements = try SnapshotStatements(
                    connection: connection, snapshotID: snapshotID, isAppending: isAppending)
                defer { statements.isOpen = false }
                var writer = SnapshotWriter(statements: statements)
                try body(&writer)
                return snapshotID
            }
        }
        guard let snapshot = try snapshot(id: snapshotID) else {
            throw connection.storeError(SQLITE_ERROR, "snapshot \(snapshotID) was written but cannot be read back")
        }
        return snapshot
    }

    private func insertSnapshot(takenOn: LocalDate, organisation: String?) throws -> Int64 {
        let insert = try connection.prepare(
            "INSERT INTO snapshots (taken_on, stored_at, organisation) VALUES (?1, ?2, ?3)")
        try insert.bind(takenOn, at: 1)
        try insert.bind(Date.now.formatted(Date.ISO8601FormatStyle()), at: 2)
        try insert.bind(organisation, at: 3)
        try insert.run()
        return connection.lastInsertRowID
    }
}
