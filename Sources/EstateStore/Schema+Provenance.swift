extension Schema {
    /// Which source said what about the assets several sources describe, and where they disagree.
    ///
    /// One row per source per field per merged asset (assets from a single source have none: their
    /// `source_id` says it all). `is_kept` marks the value the asset holds; `is_conflict` marks every row of a
    /// field whose sources disagree.
    static let provenance = Migration(
        name: "003_provenance",
        sql: """
            CREATE TABLE provenance (
                seq INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                asset_id TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                source_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                is_kept INTEGER NOT NULL,
                is_conflict INTEGER NOT NULL
            );
            CREATE INDEX provenance_by_snapshot ON provenance (snapshot_id, asset_id);
            """)
}
