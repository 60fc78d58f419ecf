import EstateCore

extension SnapshotWriter {
    /// The asset this write holds with `id` (stored by this write, or by an earlier one when appending).
    public mutating func storedAsset(id: String) throws -> Asset? {
        let select = try statements.open().merging().selectAsset
        defer { select.reset() }
        try select.bind(id, at: 2)
        guard try select.step() else { return nil }
        return try RowReader.asset(select)
    }

    /// Replaces the fields of the asset with this id; its source, line and place in order stay.
    public mutating func replaceAsset(_ asset: Asset) throws {
        let update = try statements.open().merging().updateAsset
        try Self.bind(asset, to: update)
        try update.run()
    }

    /// Calls `body` with the id, serial, hostname, source and line of each asset this write has added.
    public mutating func forEachAssetIdentity(_ body: (AssetIdentity) throws -> Void) throws {
        let store = try statements.open()
        guard let first = store.sourceHandles.min() else { return }
        let select = try store.merging().selectIdentities
        defer { select.reset() }
        try select.bind(first, at: 2)
        try select.forEachRow {
            try body(
                AssetIdentity(
                    id: select.string(at: 0), serial: select.optionalString(at: 1),
                    hostname: select.optionalString(at: 2), source: select.int64(at: 3),
                    line: select.optionalInt(at: 4) ?? 0))
        }
    }

    /// Stores what one source said about one field of a merged asset.
    public mutating func add(_ provenance: Provenance, source: Int64) throws {
        let store = try statements.open(source: source)
        let insert = try store.merging().insertProvenance
        try insert.bind(provenance.assetId, at: 2)
        try insert.bind(provenance.field, at: 3)
        try insert.bind(provenance.value, at: 4)
        try insert.bind(source, at: 5)
        try insert.bind(provenance.line, at: 6)
        try insert.bind(provenance.isKept, at: 7)
        try insert.bind(provenance.isConflict, at: 8)
        try insert.run()
    }
}

/// Statements for merging assets, prepared only by writes that merge.
final class MergeStatements {
    let selectAsset: SQLiteStatement
    /// The identities of the assets this write added: sources it began have handles from the first one up.
    let selectIdentities: SQLiteStatement
    let updateAsset: SQLiteStatement
    let insertProvenance: SQLiteStatement
    let deleteEarlierProvenance: SQLiteStatement

    init(connection: SQLiteConnection, snapshotID: Int64) throws {
        let lastProvenance = try connection.prepare("SELECT coalesce(max(seq), 0) FROM provenance")
        let lastBeforeWrite = try lastProvenance.step() ? lastProvenance.int64(at: 0) : 0
        lastProvenance.reset()
        let fields = Columns.asset.filter { !["snapshot_id", "id", "source_id", "line"].contains($0) }
        selectAsset = try connection.prepare(
            "SELECT \(Columns.asset.joined(separator: ", ")) FROM assets WHERE snapshot_id = ?1 AND id = ?2")
        selectIdentities = try connection.prepare(
            "SELECT id, serial, hostname, source_id, line FROM assets WHERE snapshot_id = ?1 AND source_id >= ?2")
        updateAsset = try connection.prepare(
            "UPDATE assets SET "
                + fields.enumerated().map { "\($0.element) = ?\($0.offset + 3)" }.joined(separator: ", ")
                + " WHERE snapshot_id = ?1 AND id = ?2")
        insertProvenance = try connection.prepare(Columns.insert(into: "provenance", Columns.provenance))
        deleteEarlierProvenance = try connection.prepare(
            "DELETE FROM provenance WHERE snapshot_id = ?1 AND asset_id = ?2 AND seq <= ?3")
        for statement in [selectAsset, selectIdentities, updateAsset, insertProvenance, deleteEarlierProvenance] {
            try statement.bind(snapshotID, at: 1)
        }
        try deleteEarlierProvenance.bind(lastBeforeWrite, at: 3)
    }
}

@available(*, unavailable)
extension MergeStatements: Sendable {}

extension SnapshotStatements {
    /// The merge statements, prepared on first use.
    func merging() throws -> MergeStatements {
        if let mergeStatements { return mergeStatements }
        let prepared = try MergeStatements(connection: connection, snapshotID: snapshotID)
        mergeStatements = prepared
        return prepared
    }
}

extension MergeStatements {
    /// Removes the provenance earlier writes gave a re-sent asset.
    func forgetEarlierProvenance(of id: String) throws {
        try deleteEarlierProvenance.bind(id, at: 2)
        try deleteEarlierProvenance.run()
    }
}
