/// A failure of the snapshot store: the SQLite result code and message, the SQL that was running,
/// and what the user can do about it.
///
/// The ``description`` leads with the remedy, so the command line can print it as it is:
///
/// ```text
/// estate.sqlite: the database is locked by another estate process (waited 5000 ms); try again when it has finished
///   [SQLite 5: database is locked; SQL: BEGIN IMMEDIATE]
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/rescode.html>
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The SQLite extended result code, e.g. 5 (`SQLITE_BUSY`), 8 (`SQLITE_READONLY`), 13 (`SQLITE_FULL`),
    /// 2067 (`SQLITE_CONSTRAINT_UNIQUE`).
    public var resultCode: Int32
    /// SQLite's own message (`sqlite3_errmsg`), or the store's when the store found the problem itself.
    public var sqliteMessage: String
    /// The SQL statement that failed, when there was one.
    public var sql: String?
    /// The database file.
    public var path: String
    /// What went wrong and what to do about it, in the user's terms.
    public var reason: String

    /// Creates an error; without a `reason`, the reason is the usual one for the result code.
    public init(resultCode: Int32, sqliteMessage: String, sql: String?, path: String, reason: String? = nil) {
        self.resultCode = resultCode
        self.sqliteMessage = sqliteMessage
        self.sql = sql
        self.path = path
        self.reason = reason ?? StoreError.usualReason(for: resultCode)
    }

    /// The primary result code (the low byte of ``resultCode``).
    public var primaryResultCode: Int32 { resultCode & 0xFF }

    /// Another connection holds the lock the store needed (`SQLITE_BUSY` or `SQLITE_LOCKED`).
    public var isBusy: Bool { primaryResultCode == 5 || primaryResultCode == 6 }
    /// The database was opened read-only, or its file or folder cannot be written (`SQLITE_READONLY`).
    public var isReadOnly: Bool { primaryResultCode == 8 }
    /// A ``ReadCancellation`` stopped the statement (`SQLITE_INTERRUPT`).
    public var isInterrupted: Bool { primaryResultCode == 9 }
    /// The disk or the database's size limit is full (`SQLITE_FULL`).
    public var isDiskFull: Bool { primaryResultCode == 13 }
    /// A row broke a rule of the schema: a duplicate id, a missing snapshot (`SQLITE_CONSTRAINT`).
    public var isConstraintViolation: Bool { primaryResultCode == 19 }

    /// `path: reason [SQLite code: message; SQL: statement]`, remedy first.
    public var description: String {
        var text = "\(path): \(reason) [SQLite \(resultCode): \(sqliteMessage)"
        if let sql { text += "; SQL: \(sql.count > 200 ? String(sql.prefix(200)) + "…" : sql)" }
        return text + "]"
    }

    /// The reason the store gives for a result code when it knows nothing more specific.
    static func usualReason(for resultCode: Int32) -> String {
        // SQLITE_IOERR_WRITE: a write the system refused; a full disk or quota, or a file over the size this
        // process may write (`ulimit -f`), reach SQLite this way as often as SQLITE_FULL.
        if resultCode == 778 {
            return "writing the database file failed: the disk may be full, over quota, or the file too large for "
                + "this system; free some space and try again"
        }
        return switch resultCode & 0xFF {
        case 3: "the operating system refused access to the database file; check its permissions"
        case 5, 6: "the database is locked by another estate process; try again when it has finished"
        case 7: "the store ran out of memory"
        case 8:
            "the database file is read-only; check the permissions of the file and its folder, "
                + "or choose a database file you can write"
        case 9: "the operation was interrupted"
        case 10: "reading or writing the database file failed (I/O error); check the disk and the file"
        case 11:
            "the database file is damaged; restore it from a backup or move it aside and ingest again"
        case 13: "the disk is full; free some space and try again"
        case 14:
            "the database file cannot be opened; check that its folder exists and that you may write there"
        case 19: "the data breaks a rule of the store's schema"
        case 26: "the file is not an Estate database (it is not SQLite); choose another database file"
        default: "the database reported an error"
        }
    }
}
