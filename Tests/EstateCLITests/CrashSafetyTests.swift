import EstateCore
import EstateStore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `estate ingest` killed at any moment (power cut, out-of-memory killer, Ctrl-\) leaves the database sound,
/// holding every earlier snapshot as it was and the new one either not at all or in full.
@Suite struct CrashSafetyTests {
    /// An asset register of `rows` rows; `variant` changes one cell, so each file has its own checksum.
    static func register(rows: Int, variant: Int = 0) -> Data {
        var text = "Asset Tag,Hostname,Type,Purchase Date,Cost (£),Operating System,Last Seen\n"
        text.reserveCapacity(rows * 100)
        for index in 0..<rows {
            let seen = index % 30 + 1
            text +=
                "A\(index),HOST-\(index)-\(index == 0 ? variant : 0),laptop,\(index % 28 + 1)/0\(index % 9 + 1)/20\(10 + index % 15),"
                + "£\(500 + index % 900).00,Microsoft Windows 10 Enterprise,2026-09-\(seen < 10 ? "0" : "")\(seen)\n"
        }
        return Data(text.utf8)
    }

    /// What a snapshot holds, read back in full: its counts and its assets' ids.
    struct Stored: Equatable {
        var id: Int64
        var assetCount: Int
        var assetsRead: Int
        var sourcesAccepted: [Int]

        init(_ snapshot: Snapshot, in database: EstateDatabase) throws {
            id = snapshot.id
            assetCount = snapshot.assetCount
            assetsRead = try database.estate(snapshotID: snapshot.id).assets.count
            sourcesAccepted = snapshot.sources.map(\.accepted)
        }
    }

    @Test func killingIngestAtRandomMomentsLeavesTheOldOrTheNewSnapshotInFull() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dbPath = dir.appendingPathComponent("e.sqlite").path
        let small = dir.appendingPathComponent("small.csv")
        try Data("Hostname,Type\nPC1,desktop\nPC2,laptop\n".utf8).write(to: small)
        #expect(try EstateBinary.run(["ingest", small.path, "--db", dbPath]).status == 0)

        let rows = 5_000
        // One ingest run to the end: how long a whole one takes, and the full snapshot to compare against.
        let first = dir.appendingPathComponent("register-0.csv")
        try Self.register(rows: rows).write(to: first)
        let started = ContinuousClock.now
        #expect(try EstateBinary.run(["ingest", first.path, "--db", dbPath]).status == 0)
        let whole = ContinuousClock.now - started
        let wholeMicroseconds = max(Int(whole / .microseconds(1)), 50_000)

        var stored = try EstateDatabase(path: dbPath).snapshots().map {
            try Stored($0, in: EstateDatabase(path: dbPath))
        }
        #expect(stored.map(\.assetCount) == [2, rows])
        var generator = SystemRandomNumberGenerator()
        var killedPartWay = 0
        var window = wholeMicroseconds * 6 / 5
        var attempt = 0
        // Twenty kills, and more (up to forty) until ten have landed part-way: on a machine busier than when the
        // whole ingest was timed, runs finish sooner than the window allows for.
        while attempt < 20 || (killedPartWay < 10 && attempt < 40) {
            attempt += 1
            let file = dir.appendingPathComponent("register-\(attempt).csv")
            try Self.register(rows: rows, variant: attempt).write(to: file)
            let process = Process()
            process.executableURL = try EstateBinary.executable
            process.arguments = ["ingest", file.path, "--db", dbPath]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // Anywhere from start-up to a little after a whole ingest would have finished.
            usleep(UInt32(Int.random(in: 0...window, using: &generator)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                killedPartWay += 1
            } else {
                // It finished first: the next kills aim a little sooner.
                window = max(window * 4 / 5, 10_000)
            }

            let database = try EstateDatabase(path: dbPath)
            #expect(try database.integrityCheck() == ["ok"], "attempt \(attempt)")
            let now = try database.snapshots().map { try Stored($0, in: database) }
            // Every earlier snapshot exactly as it was; at most one more, and that one whole.
            #expect(Array(now.prefix(stored.count)) == stored, "attempt \(attempt)")
            #expect(now.count == stored.count || now.count == stored.count + 1, "attempt \(attempt)")
            if let added = now.dropFirst(stored.count).first {
                #expect(
                    added.assetCount == rows && added.assetsRead == rows && added.sourcesAccepted == [rows],
                    "attempt \(attempt): \(added)")
            }
            stored = now
        }
        // The test means nothing unless most kills landed while ingest was running.
        #expect(killedPartWay >= 10, "only \(killedPartWay) of \(attempt) ingests were killed part-way")
    }
}
