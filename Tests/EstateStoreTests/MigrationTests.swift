import EstateCore
import Testing

@testable import EstateStore

@Suite struct MigrationTests {
    private func appliedAt(_ database: EstateDatabase) throws -> [String] {
        let select = try database.connection.prepare("SELECT applied_at FROM schema_migrations ORDER BY rowid")
        var result: [String] = []
        try select.forEachRow { result.append(select.string(at: 0)) }
        return result
    }

    @Test func migrationsAreAppliedOnceAndRecorded() throws {
        let directory = try TemporaryDirectory()
        let first = try EstateDatabase(path: directory.path())
        #expect(try first.appliedMigrations() == Schema.migrations.map(\.name))
        let stamps = try appliedAt(first)
        #expect(stamps.count == Schema.migrations.count)
        _ = try first.writeSnapshot(takenOn: Fixtures.date(2026, 1, 1), organisation: nil) { writer in
            try writer.addSource("a.csv", assets: [Fixtures.asset(1)])
        }

        let reopened = try EstateDatabase(path: directory.path())
        #expect(try reopened.appliedMigrations() == Schema.migrations.map(\.name))
        #expect(try appliedAt(reopened) == stamps)
        #expect(try reopened.snapshots().map(\.assetCount) == [1])
    }

    @Test func aLaterListAppliesOnlyItsNewMigrations() throws {
        let directory = try TemporaryDirectory()
        _ = try EstateDatabase(path: directory.path()).writeSnapshot(
            takenOn: Fixtures.date(2026, 1, 1), organisation: nil
        ) { writer in
            try writer.addSource("a.csv", assets: [Fixtures.asset(1)])
        }
        let later = Schema.migrations + [Migration(name: "002_notes", sql: "CREATE TABLE notes (text TEXT)")]
        let upgraded = try EstateDatabase(
            path: directory.path(), busyTimeoutMilliseconds: 100, readOnly: false, migrations: later)
        #expect(try upgraded.appliedMigrations() == Schema.migrations.map(\.name) + ["002_notes"])
        #expect(try upgraded.snapshots().map(\.assetCount) == [1])
        try upgraded.connection.execute("INSERT INTO notes VALUES ('kept')")
    }

    @Test func aFailingMigrationAppliesNothing() throws {
        let directory = try TemporaryDirectory()
        _ = try EstateDatabase(path: directory.path())
        let broken =
            Schema.migrations + [
                Migration(name: "002_good", sql: "CREATE TABLE good (x)"),
                Migration(name: "003_bad", sql: "CREATE TABLE half (x); SELECT * FROM no_such_table"),
            ]
        let error = #expect(throws: StoreError.self) {
            try EstateDatabase(
                path: directory.path(), busyTimeoutMilliseconds: 100, readOnly: false, migrations: broken)
        }
        #expect(error?.sql?.contains("no_such_table") == true)
        let reopened = try EstateDatabase(path: directory.path())
        #expect(try reopened.appliedMigrations() == Schema.migrations.map(\.name))
        #expect(throws: StoreError.self) { try reopened.connection.execute("SELECT * FROM good") }
    }

    @Test func aDatabaseFromANewerEstateIsRefused() throws {
        let directory = try TemporaryDirectory()
        let newer = Schema.migrations + [Migration(name: "099_future", sql: "CREATE TABLE future (x)")]
        _ = try EstateDatabase(path: directory.path(), busyTimeoutMilliseconds: 100, readOnly: false, migrations: newer)
        let error = #expect(throws: StoreError.self) { try EstateDatabase(path: directory.path()) }
        #expect(error?.reason.contains("newer version of Estate") == true)
        #expect(error?.reason.contains("099_future") == true)
    }

    @Test func theIndexesServeSnapshotReadsWithoutSorting() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        for (table, columns) in [
            ("assets", Columns.asset), ("systems", Columns.system), ("components", Columns.component),
            ("rejects", Columns.reject),
        ] {
            let plan = try database.connection.prepare("EXPLAIN QUERY PLAN " + Columns.select(from: table, columns))
            var steps: [String] = []
            try plan.forEachRow { steps.append(plan.string(at: 3)) }
            #expect(
                steps.contains { $0.contains("USING INDEX") || $0.contains("USING COVERING INDEX") },
                "\(table): \(steps)")
            #expect(!steps.contains { $0.contains("TEMP B-TREE") }, "\(table): \(steps)")
        }
    }
}
