import CSQLite
import EstateCore

extension EstateDatabase {
    /// Every snapshot, oldest first (by the date taken, then the order stored), with its sources and counts.
    public func snapshots() throws -> [Snapshot] {
        try loadSnapshots(where: "", order: "ASC", limit: nil, binding: nil)
    }

    /// The snapshot with this id, or `nil` when there is none.
    public func snapshot(id: Int64) throws -> Snapshot? {
        try loadSnapshots(where: "WHERE s.id = ?1", order: "ASC", limit: nil, binding: id).first
    }

    /// The newest snapshot: the latest date taken and, among snapshots of that date, the last stored.
    public func latestSnapshot() throws -> Snapshot? {
        try loadSnapshots(where: "", order: "DESC", limit: 1, binding: nil).first
    }

    /// The id of ``latestSnapshot()``, without counting its rows.
    func latestSnapshotID() throws -> Int64? {
        let latest = try connection.prepare("SELECT id FROM snapshots ORDER BY taken_on DESC, id DESC LIMIT 1")
        defer { latest.reset() }
        return try latest.step() ? latest.int64(at: 0) : nil
    }

    /// The newest snapshot whose sources have exactly these checksums (compared as sets), if any.
    ///
    /// Lets ingest notice that the same files were already stored. An empty set matches nothing.
    public func snapshotID(matchingChecksums checksums: Set<String>) throws -> Int64? {
        guard !checksums.isEmpty else { return nil }
        var bySnapshot: [Int64: Set<String>] = [:]
        let sources = try connection.prepare("SELECT snapshot_id, checksum FROM sources")
        try sources.forEachRow { bySnapshot[sources.int64(at: 0), default: []].insert(sources.string(at: 1)) }
        let newestFirst = try connection.prepare("SELECT id FROM snapshots ORDER BY taken_on DESC, id DESC")
        var match: Int64?
        try newestFirst.forEachRow {
            let id = newestFirst.int64(at: 0)
            if match == nil, bySnapshot[id] == checksums { match = id }
        }
        return match
    }

    /// The content of a snapshot: its assets, systems (with their links) and components, each in ingest order.
    ///
    /// - Complexity: Reads every row of the snapshot; O(*n*) time and memory.
    /// - Throws: ``StoreError`` when there is no such snapshot, or a stored value is not one this version of
    ///   Estate understands.
    public func estate(snapshotID: Int64) throws -> Estate {
        // One read transaction: an `ingest --append` committing meanwhile cannot leave the counts from one state
        // and the rows from another.
        try connection.readTransaction {
            guard let snapshot = try snapshot(id: snapshotID) else {
                throw connection.storeError(SQLITE_NOTFOUND, "there is no snapshot \(snapshotID) in the database")
            }
            let reader = RowReader(connection: connection)
            return Estate(
                snapshot: snapshot,
                assets: try reader.assets(snapshotID: snapshotID, expected: snapshot.assetCount),
                systems: try reader.systems(snapshotID: snapshotID, expected: snapshot.systemCount),
                components: try reader.components(snapshotID: snapshotID, expected: snapshot.componentCount))
        }
    }

    /// ``estate(snapshotID:)``, stopped with a ``StoreError`` once `cancellation` is raised.
    public func estate(snapshotID: Int64, cancellation: ReadCancellation) throws -> Estate {
        try connection.cancellable(by: cancellation) { try estate(snapshotID: snapshotID) }
    }

    /// The records a snapshot's sources could not give, in the order they were met.
    ///
    /// - Parameter limit: At most this many (the first ones), or all when `nil`.
    public func rejects(snapshotID: Int64, limit: Int? = nil) throws -> [Reject] {
        let sql = Columns.select(from: "rejects", Columns.reject) + (limit == nil ? "" : " LIMIT ?2")
        let select = try connection.prepare(sql)
        try select.bind(snapshotID, at: 1)
        if let limit { try select.bind(max(0, limit), at: 2) }
        var result: [Reject] = []
        try select.forEachRow {
            result.append(
                Reject(
                    file: select.string(at: 2), line: select.optionalInt(at: 3) ?? 0, column: select.optionalInt(at: 4),
                    field: select.optionalString(at: 5), reason: select.string(at: 6), raw: select.string(at: 7)))
        }
        return result
    }

    private func loadSnapshots(where filter: String, order: String, limit: Int?, binding: Int64?) throws -> [Snapshot] {
        let select = try connection.prepare(
            """
            SELECT s.id, s.taken_on, s.stored_at, s.organisation,
                (SELECT count(*) FROM assets WHERE snapshot_id = s.id),
                (SELECT count(*) FROM systems WHERE snapshot_id = s.id),
                (SELECT count(*) FROM components WHERE snapshot_id = s.id),
                (SELECT count(*) FROM rejects WHERE snapshot_id = s.id)
            FROM snapshots s \(filter)
            ORDER BY s.taken_on \(order), s.id \(order)\(limit.map { " LIMIT \($0)" } ?? "")
            """)
        if let binding { try select.bind(binding, at: 1) }
        var result: [Snapshot] = []
        try select.forEachRow {
            guard let takenOn = ISODateText.parse(select.bytes(at: 1)) else {
                throw RowReader.unreadable(select, column: 1, expected: "a date as yyyy-mm-dd")
            }
            result.append(
                Snapshot(
                    id: select.int64(at: 0), takenOn: takenOn, storedAt: select.string(at: 2),
                    organisation: select.optionalString(at: 3), sources: [],
                    assetCount: Int(select.int64(at: 4)), systemCount: Int(select.int64(at: 5)),
                    componentCount: Int(select.int64(at: 6)), rejectCount: Int(select.int64(at: 7))))
        }
        guard !result.isEmpty else { return result }

        let sources = try connection.prepare(
            "SELECT snapshot_id, path, format, checksum, accepted, rejected FROM sources "
                + (binding == nil ? "" : "WHERE snapshot_id = ?1 ") + "ORDER BY id")
        if let binding { try sources.bind(binding, at: 1) }
        var bySnapshot: [Int64: [SourceRecord]] = [:]
        try sources.forEachRow {
            bySnapshot[sources.int64(at: 0), default: []].append(
                SourceRecord(
                    path: sources.string(at: 1), format: sources.string(at: 2), checksum: sources.string(at: 3),
                    accepted: Int(sources.int64(at: 4)), rejected: Int(sources.int64(at: 5))))
        }
        for index in result.indices {
            result[index].sources = bySnapshot[result[index].id] ?? []
        }
        return result
    }
}
