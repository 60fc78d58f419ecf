/// The store's schema, as the ordered list of migrations that builds it.
///
/// Conventions: every table of snapshot content has `snapshot_id` (deleting a snapshot deletes its rows);
/// `seq` keeps ingest order; vocabulary values are their raw tokens (`thin-client`); dates are
/// `yyyy-mm-dd` text; money is INTEGER pence; sizes are INTEGER bytes; booleans are 0 or 1; NULL means
/// the source did not say.
enum Schema {
    /// Every migration, oldest first. Append new ones; never change one that has shipped.
    static let migrations: [Migration] = [snapshots, catalogueImports, provenance, fileStamps]

    static let snapshots = Migration(
        name: "001_snapshots",
        sql: """
            CREATE TABLE snapshots (
                id INTEGER PRIMARY KEY,
                taken_on TEXT NOT NULL,
                stored_at TEXT NOT NULL,
                organisation TEXT
            );
            CREATE INDEX snapshots_by_date ON snapshots (taken_on, id);

            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                format TEXT NOT NULL,
                checksum TEXT NOT NULL,
                accepted INTEGER NOT NULL DEFAULT 0,
                rejected INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX sources_by_snapshot ON sources (snapshot_id);

            CREATE TABLE assets (
                seq INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                hostname TEXT,
                class TEXT NOT NULL,
                manufacturer TEXT,
                model TEXT,
                serial TEXT,
                site TEXT,
                department TEXT,
                purchase_date TEXT,
                purchase_cost_pence INTEGER,
                warranty_end TEXT,
                os_name TEXT,
                os_version TEXT,
                cpu TEXT,
                cores INTEGER,
                memory_bytes INTEGER,
                storage_bytes INTEGER,
                tpm_version TEXT,
                last_seen TEXT,
                hosting TEXT,
                is_virtual INTEGER,
                host_id TEXT,
                status TEXT,
                source_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                UNIQUE (snapshot_id, id)
            );
            CREATE INDEX assets_by_snapshot ON assets (snapshot_id);

            CREATE TABLE systems (
                seq INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                name TEXT NOT NULL,
                vendor TEXT,
                product TEXT,
                version TEXT,
                capability TEXT,
                department TEXT,
                users INTEGER,
                hosting TEXT,
                client TEXT,
                customisation TEXT,
                criticality TEXT,
                data_classification TEXT,
                annual_cost_pence INTEGER,
                contract_end TEXT,
                vendor_offers_saas INTEGER,
                source_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                UNIQUE (snapshot_id, id)
            );
            CREATE INDEX systems_by_snapshot ON systems (snapshot_id);

            -- In WITHOUT ROWID tables the key columns come first: SQLite 3.40's integrity_check misreads
            -- a NOT NULL column declared before a key column as NULL.
            CREATE TABLE system_assets (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                system_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                asset_id TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, system_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE system_integrations (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                system_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                other_id TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, system_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE components (
                seq INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                subject TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                product TEXT NOT NULL,
                version TEXT,
                source_id INTEGER NOT NULL,
                line INTEGER NOT NULL
            );
            CREATE INDEX components_by_snapshot ON components (snapshot_id);
            CREATE INDEX components_by_subject ON components (snapshot_id, subject, subject_id);

            CREATE TABLE rejects (
                seq INTEGER PRIMARY KEY,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                source_id INTEGER NOT NULL,
                file TEXT NOT NULL,
                line INTEGER NOT NULL,
                column_number INTEGER,
                field TEXT,
                reason TEXT NOT NULL,
                raw TEXT NOT NULL
            );
            CREATE INDEX rejects_by_snapshot ON rejects (snapshot_id);
            """)
}
