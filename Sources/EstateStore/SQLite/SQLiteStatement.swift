import CSQLite
import EstateCore

/// A compiled SQL statement: prepared once, then bound, stepped and reset for each row.
///
/// Bindings survive ``reset()``, so a value that is the same for every row (the snapshot id) is bound once.
/// The statement keeps its connection open; it is finalised when released.
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt.html>
final class SQLiteStatement {
    let handle: OpaquePointer
    let connection: SQLiteConnection
    let sql: String

    init(connection: SQLiteConnection, sql: String) throws {
        self.connection = connection
        self.sql = sql
        var prepared: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard rc == SQLITE_OK, let prepared else { throw connection.error(rc, sql: sql) }
        self.handle = prepared
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Stepping

    /// Advances to the next row; `false` when there are no more.
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let failure = connection.error(rc, sql: sql)
        sqlite3_reset(handle)
        throw failure
    }

    /// Runs a statement that returns no rows (an INSERT, UPDATE or DELETE), then resets it for the next use.
    func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Calls `body` for each row, then resets the statement.
    func forEachRow(_ body: () throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while try step() { try body() }
    }

    /// Readies the statement to run again; bindings are kept.
    func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Binding (1-based parameter indexes)

    private func check(_ rc: Int32) throws {
        guard rc == SQLITE_OK else { throw connection.error(rc, sql: sql) }
    }

    func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    func bind(_ value: Int64?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map { Int64($0) }, at: index)
    }

    /// Binds `true` as 1 and `false` as 0.
    func bind(_ value: Bool?, at index: Int32) throws {
        try bind(value.map { Int64($0 ? 1 : 0) }, at: index)
    }

    /// Binds text as UTF-8 (SQLite copies it).
    func bind(_ value: String?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        if let rc = value.utf8.withContiguousStorageIfAvailable({ bindText($0, at: index) }) {
            return try check(rc)
        }
        try check(value.withCString { sqlite3_bind_text(handle, index, $0, -1, sqliteTransient) })
    }

    /// Binds a vocabulary value as its raw string.
    func bind<Value: RawRepresentable<String>>(_ value: Value?, at index: Int32) throws {
        try bind(value?.rawValue, at: index)
    }

    /// Binds an amount as whole pence.
    func bind(_ value: Money?, at index: Int32) throws {
        try bind(value?.pence, at: index)
    }

    /// Binds a date as `yyyy-mm-dd` text, formatted into a small buffer with no String in between.
    func bind(_ value: LocalDate?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        guard (0...9999).contains(value.year) else { return try bind(value.description, at: index) }
        let rc = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            ISODateText.write(value, into: buffer)
            return bindText(UnsafeBufferPointer(buffer), at: index)
        }
        try check(rc)
    }

    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) -> Int32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            // An empty buffer may have no address; SQLite would read a null pointer as NULL, not "".
            return sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text64(handle, index, $0, UInt64(bytes.count), sqliteTransient, UInt8(SQLITE_UTF8))
        }
    }

    // MARK: Reading the current row (0-based column indexes)

    func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func optionalInt64(at column: Int32) -> Int64? {
        isNull(at: column) ? nil : int64(at: column)
    }

    func optionalInt(at column: Int32) -> Int? {
        optionalInt64(at: column).map { Int(truncatingIfNeeded: $0) }
    }

    func optionalBool(at column: Int32) -> Bool? {
        optionalInt64(at: column).map { $0 != 0 }
    }

    /// The column's UTF-8 bytes, valid until the next step or reset; an empty buffer for NULL.
    func bytes(at column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The column as text; "" for NULL.
    func string(at column: Int32) -> String {
        String(decoding: bytes(at: column), as: UTF8.self)
    }

    func optionalString(at column: Int32) -> String? {
        isNull(at: column) ? nil : string(at: column)
    }

    /// The name SQLite gives the column, for error messages.
    func columnName(at column: Int32) -> String {
        sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "column \(column)"
    }
}

@available(*, unavailable)
extension SQLiteStatement: Sendable {}
