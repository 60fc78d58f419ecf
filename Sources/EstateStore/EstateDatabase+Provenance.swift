import EstateCore

extension EstateDatabase {
    /// What each source said about the assets of a snapshot that several sources describe, in the order
    /// ingest recorded it (asset by asset, field by field).
    ///
    /// ```swift
    /// let conflicts = try database.provenance(snapshotID: 3).filter(\.isConflict)
    /// ```
    public func provenance(snapshotID: Int64) throws -> [Provenance] {
        let select = try connection.prepare(
            """
            SELECT p.asset_id, p.field, p.value, coalesce(s.path, ''), p.line, p.is_kept, p.is_conflict
            FROM provenance p LEFT JOIN sources s ON s.id = p.source_id
            WHERE p.snapshot_id = ?1 ORDER BY p.seq
            """)
        try select.bind(snapshotID, at: 1)
        var result: [Provenance] = []
        try select.forEachRow {
            result.append(
                Provenance(
                    assetId: select.string(at: 0), field: select.string(at: 1), value: select.string(at: 2),
                    source: select.string(at: 3), line: select.optionalInt(at: 4) ?? 0,
                    isKept: select.optionalBool(at: 5) ?? false, isConflict: select.optionalBool(at: 6) ?? false))
        }
        return result
    }
}
