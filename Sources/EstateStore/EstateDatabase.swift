import CSQLite
import EstateCore
import Foundation

/// The snapshot store: one SQLite file holding every snapshot of the estate Estate has ingested.
///
/// Opening creates the file if needed and brings its schema up to date. Each snapshot is written in one
/// transaction, so an ingest that fails or is killed half-way leaves the database as it was. Several estate
/// processes may use one file: readers never wait; a second writer waits up to the busy timeout, then fails
/// with a ``StoreError`` whose ``StoreError/isBusy`` is true.
///
/// ```swift
/// let database = try EstateDatabase(path: "estate.sqlite")
/// let snapshot = try database.writeSnapshot(takenOn: today, organisation: "Example Council") { writer in
///     try ingest(files, into: &writer)
/// }
/// let estate = try database.estate(snapshotID: snapshot.id)
/// ```
///
/// An `EstateDatabase` is used from one task or thread at a time; open one per process or per task.
///
/// ## Topics
/// - ``writeSnapshot(takenOn:organisation:appendingToLatest:_:)``
/// - ``snapshots()``, ``snapshot(id:)``, ``latestSnapshot()``, ``estate(snapshotID:)``, ``rejects(snapshotID:limit:)``
/// - ``snapshotID(matchingChecksums:)``, ``appliedMigrations()``, ``integrityCheck()``
public final class EstateDatabase {
    let connection: SQLiteConnection
    let migrator: Migrator

    /// The database file, as given.
    public var path: String { connection.path }

    /// Opens the database at `path`, creating it if it does not exist, and applies any schema migrations it lacks.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - busyTimeoutMilliseconds: How long to wait for another estate process's write lock before failing.
    ///   - readOnly: Open without write access (reports, history). Writing then throws a read-only error,
    ///     and a database whose schema is out of date cannot be opened.
    /// - Throws: ``StoreError`` when the file cannot be opened, is not an Estate database, was written by a newer
    ///   Estate, or a migration fails.
    public convenience init(path: String, busyTimeoutMilliseconds: Int = 5000, readOnly: Bool = false) throws {
        try self.init(
            path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds, readOnly: readOnly,
            migrations: Schema.migrations)
    }

    init(path: String, busyTimeoutMilliseconds: Int, readOnly: Bool, migrations: [Migration]) throws {
        connection = try SQLiteConnection(
            path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds, readOnly: readOnly)
        migrator = Migrator(migrations: migrations)
        try migrator.migrate(connection)
    }

    /// The names of the schema migrations applied to this database, in the order they were applied.
    public func appliedMigrations() throws -> [String] {
        try migrator.appliedNames(in: connection)
    }

    /// Runs SQLite's consistency check of the whole file: `["ok"]` when it is sound, else the problems found.
    ///
    /// - Complexity: Reads the whole file.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/pragma.html#pragma_integrity_check>
    public func integrityCheck() throws -> [String] {
        let check = try connection.prepare("PRAGMA integrity_check")
        var rows: [String] = []
        try check.forEachRow { rows.append(check.string(at: 0)) }
        return rows
    }
}

@available(*, unavailable)
extension EstateDatabase: Sendable {}
