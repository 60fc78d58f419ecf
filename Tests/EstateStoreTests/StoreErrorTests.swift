import EstateCore
import Testing

@testable import EstateStore

@Suite struct StoreErrorTests {
    @Test func aFullDiskFailsTheWriteWithTheDiskFullErrorAndKeepsNothing() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        // Cap the file just above its present size, as a full disk would.
        let pages = try database.connection.prepare("PRAGMA page_count")
        let used = try pages.step() ? pages.int64(at: 0) : 0
        pages.reset()
        try database.connection.execute("PRAGMA max_page_count = \(used + 2)")

        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: Fixtures.date(2026, 1, 1), organisation: nil) { writer in
                try writer.addSource("big.csv", assets: (0..<5000).map { Fixtures.asset($0) })
            }
        }
        #expect(error?.isDiskFull == true)
        #expect(error?.description.contains("the disk is full; free some space and try again") == true)
        #expect(error?.sql?.hasPrefix("INSERT INTO") == true)
        #expect(try database.snapshots().isEmpty)
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test func aFullDiskLeavesTheEarlierSnapshotsWholeAndTheNextWriteSucceedsOnceThereIsSpace() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        _ = try database.writeSnapshot(takenOn: Fixtures.date(2026, 1, 1), organisation: "Council") { writer in
            try writer.addSource("first.csv", assets: (0..<200).map { Fixtures.asset($0) })
        }
        let before = try database.estate(snapshotID: 1)
        let pages = try database.connection.prepare("PRAGMA page_count")
        let used = try pages.step() ? pages.int64(at: 0) : 0
        pages.reset()
        try database.connection.execute("PRAGMA max_page_count = \(used + 2)")

        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: Fixtures.date(2026, 2, 1), organisation: "Council") { writer in
                try writer.addSource("second.csv", assets: (1000..<6000).map { Fixtures.asset($0) })
            }
        }
        #expect(error?.isDiskFull == true)
        #expect(try database.snapshots().map(\.id) == [1])
        #expect(try database.estate(snapshotID: 1).assets == before.assets)
        #expect(try database.integrityCheck() == ["ok"])

        try database.connection.execute("PRAGMA max_page_count = 1073741823")
        let second = try database.writeSnapshot(takenOn: Fixtures.date(2026, 2, 1), organisation: "Council") { writer in
            try writer.addSource("second.csv", assets: (1000..<6000).map { Fixtures.asset($0) })
        }
        #expect(second.assetCount == 5000)
        #expect(try database.estate(snapshotID: 1).assets == before.assets)
    }

    @Test func theDescriptionLeadsWithTheRemedyThenTheSQLiteDetails() {
        let error = StoreError(
            resultCode: 8, sqliteMessage: "attempt to write a readonly database", sql: "BEGIN IMMEDIATE",
            path: "estate.sqlite")
        #expect(
            error.description
                == "estate.sqlite: the database file is read-only; check the permissions of the file and its folder, "
                + "or choose a database file you can write "
                + "[SQLite 8: attempt to write a readonly database; SQL: BEGIN IMMEDIATE]")
        #expect(error.isReadOnly && !error.isBusy && !error.isDiskFull)
        #expect(StoreError(resultCode: 517, sqliteMessage: "", sql: nil, path: "p").isBusy)  // SQLITE_BUSY_SNAPSHOT
    }

    @Test func aRefusedWriteSaysTheDiskMayBeFullAndOtherIOErrorsSayToCheckTheDisk() {
        let write = StoreError(resultCode: 778, sqliteMessage: "disk I/O error", sql: "COMMIT", path: "e.sqlite")
        #expect(write.reason.hasPrefix("writing the database file failed: the disk may be full, over quota"))
        let read = StoreError(resultCode: 266, sqliteMessage: "disk I/O error", sql: nil, path: "e.sqlite")
        #expect(read.reason.hasPrefix("reading or writing the database file failed (I/O error)"))
    }
}
