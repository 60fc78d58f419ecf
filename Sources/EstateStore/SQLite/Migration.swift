import CSQLite
import Foundation

/// One named change to the store's schema. Migrations run in list order, each once per database.
///
/// A new version of Estate appends migrations to the list; it never edits or reorders ones that shipped.
struct Migration: Sendable, Hashable {
    /// A name that sorts in order and says what changed, e.g. `001_snapshots`.
    let name: String
    /// One or more SQL statements.
    let sql: String
}

/// Applies the migrations a database has not seen yet, all in one transaction, and records each in
/// `schema_migrations(name, applied_at)`.
///
/// Related: the same idea as GRDB's `DatabaseMigrator`; <https://www.sqlite.org/lang_transaction.html>
struct Migrator: Sendable {
    let migrations: [Migration]

    /// The names recorded in the database, in the order they were applied.
    func appliedNames(in connection: SQLiteConnection) throws -> [String] {
        let exists = try connection.prepare(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
        guard try exists.step() else { return [] }
        exists.reset()
        let names = try connection.prepare("SELECT name FROM schema_migrations ORDER BY rowid")
        var result: [String] = []
        try names.forEachRow { result.append(names.string(at: 0)) }
        return result
    }

    /// Brings the database up to date; returns the names it applied now (empty when none were due).
    ///
    /// - Throws: ``StoreError`` when the database knows a migration this list does not (it was written by a
    ///   newer Estate), when it is read-only and needs migrating, or when a migration fails (then none applies).
    @discardableResult
    func migrate(_ connection: SQLiteConnection) throws -> [String] {
        let due = try pending(in: connection)
        guard let first = due.first else { return [] }
        if connection.isReadOnly {
            throw connection.storeError(
                SQLITE_READONLY,
                "the database file is read-only, and its schema needs bringing up to date (\(first.name)); "
                    + "open it once with write access")
        }
        return try connection.immediateTransaction {
            // Another process may have migrated between the check above and taking the write lock.
            try connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            let due = try pending(in: connection)
            let record = try connection.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?1, ?2)")
            let now = Date.now.formatted(Date.ISO8601FormatStyle())
            for migration in due {
                try connection.execute(migration.sql)
                try record.bind(migration.name, at: 1)
                try record.bind(now, at: 2)
                try record.run()
            }
            return due.map(\.name)
        }
    }

    private func pending(in connection: SQLiteConnection) throws -> [Migration] {
        let applied = try appliedNames(in: connection)
        let known = Set(migrations.map(\.name))
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw connection.storeError(
                SQLITE_ERROR,
                "the database was written by a newer version of Estate (it has schema migration \"\(unknown)\", "
                    + "which this version does not know); use that version or a newer one")
        }
        let done = Set(applied)
        return migrations.filter { !done.contains($0.name) }
    }
}
