import CSQLite

/// The destructor that tells SQLite to copy bound text before the call returns (`SQLITE_TRANSIENT`,
/// which C defines as a macro Swift does not import).
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// Turns SQLite's memory statistics off once per process, before the first connection opens: Estate never
/// reads them, and keeping them makes every SQLite allocation take a process-wide lock. (A global `let` is
/// initialised once, on first use, thread-safely.)
private let memoryStatisticsOff: Int32 = estate_sqlite3_disable_memstatus()

/// `SQLITE_CONSTRAINT_UNIQUE` (a macro built from others, which Swift does not import).
let sqliteConstraintUnique: Int32 = SQLITE_CONSTRAINT | (8 << 8)

/// One open SQLite database file, used by one thread at a time; closed when released.
///
/// Opening sets the connection up for Estate: write-ahead logging (readers never wait for the writer),
/// a busy timeout (a second writer waits, then fails with a clear ``StoreError``), foreign keys on,
/// and `synchronous=NORMAL`, which is durable enough under WAL.
///
/// Related SQLite documentation: <https://www.sqlite.org/wal.html>, <https://www.sqlite.org/c3ref/open.html>
final class SQLiteConnection {
    let handle: OpaquePointer
    /// The database file, as given.
    let path: String
    /// How long a statement waits for another connection's lock before failing.
    let busyTimeoutMilliseconds: Int

    /// Opens (and, unless `readOnly`, creates) the database file at `path`.
    convenience init(path: String, busyTimeoutMilliseconds: Int, readOnly: Bool) throws {
        try self.init(
            path: path, busyTimeoutMilliseconds: busyTimeoutMilliseconds,
            access: readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        try execute("PRAGMA foreign_keys = ON")
        if !isReadOnly {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
            // After a large ingest, give the log's space back once it has been checkpointed.
            try execute("PRAGMA journal_size_limit = 67108864")
        }
    }

    /// A connection to an existing database file that only takes its write lock, so no other connection can
    /// commit meanwhile: it creates nothing, sets nothing and waits for no one.
    static func lock(path: String) throws -> SQLiteConnection {
        try SQLiteConnection(path: path, busyTimeoutMilliseconds: 0, access: SQLITE_OPEN_READWRITE)
    }

    private init(path: String, busyTimeoutMilliseconds: Int, access: Int32) throws {
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        _ = memoryStatisticsOff
        var opened: OpaquePointer?
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(path, &opened, flags, nil)
        guard rc == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(opened)
            throw StoreError(resultCode: rc, sqliteMessage: message, sql: nil, path: path)
        }
        self.handle = opened
        sqlite3_busy_timeout(handle, Int32(clamping: busyTimeoutMilliseconds))
    }

    /// Whether the database is a file others can open (not in memory, not temporary).
    var isFile: Bool { sqlite3_db_filename(handle, "main").map { $0.pointee != 0 } ?? false }

    /// Runs `body` with a page cache of 64 MB rather than SQLite's 2 MB, then gives the extra back: it keeps the id
    /// indexes in memory while a large snapshot streams in, where a reader, which passes over each page once,
    /// would only hold memory with it for the rest of a report.
    func withLargePageCache<T>(_ body: () throws -> T) throws -> T {
        try execute("PRAGMA cache_size = -65536")
        defer { try? execute("PRAGMA cache_size = -2000") }
        return try body()
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Whether the connection cannot write: opened read-only, or the file is not writable.
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// The rowid of the last row this connection inserted.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Whether no transaction is open.
    var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// Runs one or more SQL statements that return no rows needed by the caller.
    func execute(_ sql: String) throws {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, sql: sql) }
    }

    /// Compiles `sql` once, for repeated bind, step and reset.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`. If `body` or the commit throws, rolls back and
    /// rethrows that first error; nothing of the transaction remains.
    ///
    /// `IMMEDIATE` takes the write lock at the start, so a second writer waits (up to the busy timeout)
    /// before doing any work rather than failing half-way.
    func immediateTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(beginning: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` with SQLite checking `cancellation` every thousand steps of a statement; once it is raised,
    /// the statement under way stops with `SQLITE_INTERRUPT`, which the statement's caller throws.
    func cancellable<T>(by cancellation: ReadCancellation, _ body: () throws -> T) throws -> T {
        let context = Unmanaged.passUnretained(cancellation).toOpaque()
        sqlite3_progress_handler(
            handle, 1_000,
            { context in
                guard let context else { return 0 }
                return Unmanaged<ReadCancellation>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
            }, context)
        defer { sqlite3_progress_handler(handle, 0, nil, nil) }
        return try withExtendedLifetime(cancellation) { try body() }
    }

    /// Runs `body` inside one read transaction (`BEGIN … COMMIT`), so every statement in it sees the same
    /// state of the database even while another process writes (WAL keeps the reader's snapshot). Inside a
    /// transaction already, runs `body` as it is.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try body() }
        return try transaction(beginning: "BEGIN", body)
    }

    /// Runs `body` between `begin` and `COMMIT`; if `body` or the commit throws, rolls back and rethrows that
    /// first error.
    private func transaction<T>(beginning begin: String, _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // SQLite has already rolled back after some errors (a full disk, an I/O error).
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The error for result code `rc`, with SQLite's current message for this connection.
    func error(_ rc: Int32, sql: String?) -> StoreError {
        let code = sqlite3_extended_errcode(handle)
        let resultCode = (code & 0xFF) == (rc & 0xFF) ? code : rc
        var reason: String?
        if (resultCode & 0xFF) == SQLITE_BUSY || (resultCode & 0xFF) == SQLITE_LOCKED {
            reason =
                "the database is locked by another estate process (waited \(busyTimeoutMilliseconds) ms); "
                + "try again when it has finished"
        }
        return StoreError(
            resultCode: resultCode, sqliteMessage: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path,
            reason: reason)
    }

    /// An error the store found itself (not reported by SQLite), with the result code that fits it best.
    func storeError(_ resultCode: Int32, _ reason: String, sql: String? = nil) -> StoreError {
        StoreError(resultCode: resultCode, sqliteMessage: reason, sql: sql, path: path, reason: reason)
    }
}

@available(*, unavailable)
extension SQLiteConnection: Sendable {}
