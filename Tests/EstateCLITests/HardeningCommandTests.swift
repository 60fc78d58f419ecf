import EstateCore
import EstateStore
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Estate run by several people at once on one database, on a full disk, or against a locked database:
/// each gives a clear error or waits its turn, and the data already stored is never damaged.
@Suite struct HardeningCommandTests {
    /// Starts `estate ARGS`, with its standard error captured to a file; returns the process and that file.
    static func start(_ arguments: [String], in dir: URL, name: String, executable: URL? = nil) throws -> (
        Process, URL
    ) {
        let process = Process()
        process.executableURL = try executable ?? EstateBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = dir
        let errURL = dir.appendingPathComponent("\(name).stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errURL)
    }

    @Test func twoIngestsAtOnceBothSucceedInTurnOrOneIsToldTheDatabaseIsBusy() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = 6_000
        for name in ["one", "two"] {
            try CrashSafetyTests.register(rows: rows, variant: name.count + (name == "two" ? 1 : 0))
                .write(to: dir.appendingPathComponent("\(name).csv"))
        }
        let runs = try ["one", "two"].map { name in
            try Self.start(["ingest", "\(name).csv", "--db", "e.sqlite", "--org", name], in: dir, name: name)
        }
        for (process, _) in runs { process.waitUntilExit() }
        let statuses = runs.map(\.0.terminationStatus)
        let errors = try runs.map { try String(contentsOf: $0.1, encoding: .utf8) }
        for (status, error) in zip(statuses, errors) where status != 0 {
            #expect(status == 1)
            #expect(error.contains("locked by another estate process"), "\(error)")
        }
        #expect(statuses.contains(0))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.integrityCheck() == ["ok"])
        let snapshots = try database.snapshots()
        #expect(snapshots.count == statuses.filter { $0 == 0 }.count)
        #expect(snapshots.allSatisfy { $0.assetCount == rows })
        for snapshot in snapshots { #expect(try database.estate(snapshotID: snapshot.id).assets.count == rows) }
    }

    @Test func aReportDuringAnIngestReadsTheLastCommittedSnapshotWhole() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Hostname,Type\nPC1,desktop\nPC2,laptop\n".utf8).write(to: dir.appendingPathComponent("small.csv"))
        let small = try EstateBinary.run(
            ["ingest", "small.csv", "--db", "e.sqlite", "--taken-on", "2026-09-30"], in: dir)
        #expect(small.status == 0)
        try CrashSafetyTests.register(rows: 40_000).write(to: dir.appendingPathComponent("large.csv"))
        // An older inventory, so that whenever it commits the report's latest snapshot stays the small one.
        let (ingest, _) = try Self.start(
            ["ingest", "large.csv", "--db", "e.sqlite", "--taken-on", "2026-01-31"], in: dir, name: "ingest")
        usleep(300_000)
        let wasRunning = ingest.isRunning
        let report = try EstateBinary.run(
            ["report", "--db", "e.sqlite", "--inventory", "no-inventory", "--out", "out", "--as-of", "2026-10-01"],
            in: dir)
        let history = try EstateBinary.run(["history", "--db", "e.sqlite", "--format", "csv"], in: dir)
        ingest.waitUntilExit()

        #expect(wasRunning, "the ingest finished before the report started; make the register larger")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("report of snapshot 1 "))
        let overview = try String(contentsOf: dir.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(overview.contains("from snapshot 1 taken on 2026-09-30"))
        #expect(history.status == 0, "\(history.stderr)")
        #expect(ingest.terminationStatus == 0)
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.snapshots().sorted { $0.id < $1.id }.map(\.assetCount) == [2, 40_000])
    }

    /// Holds the write lock of the database at `path` from another connection until `release` is signalled.
    final class LockHolder: Sendable {
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)

        init(path: String) {
            DispatchQueue.global().async { [self] in
                defer { finished.signal() }
                do {
                    let holder = try EstateDatabase(path: path)
                    _ = try holder.writeSnapshot(takenOn: LocalDate(daysSinceEpoch: 20_000), organisation: "holder") {
                        _ in
                        holding.signal()
                        _ = release.wait(timeout: .now() + 60)
                    }
                } catch {
                    failure.withLock { $0 = "\(error)" }
                    holding.signal()
                }
            }
        }
    }

    @Test func aLockedDatabaseGivesAClearErrorAfterTheTimeoutAndKeepsItsData() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Hostname,Type\nPC1,desktop\n".utf8).write(to: dir.appendingPathComponent("a.csv"))
        #expect(try EstateBinary.run(["ingest", "a.csv", "--db", "e.sqlite"], in: dir).status == 0)
        let path = dir.appendingPathComponent("e.sqlite").path
        let lock = LockHolder(path: path)
        #expect(lock.holding.wait(timeout: .now() + 30) == .success)
        let blocked = try EstateBinary.run(["ingest", "a.csv", "--db", "e.sqlite"], in: dir)
        lock.release.signal()
        #expect(lock.finished.wait(timeout: .now() + 30) == .success)

        #expect(lock.failure.withLock { $0 } == nil)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("the database is locked by another estate process (waited 5000 ms)"))
        let database = try EstateDatabase(path: path)
        #expect(try database.integrityCheck() == ["ok"])
        #expect(try database.snapshots().sorted { $0.id < $1.id }.map(\.assetCount) == [1, 0])
    }

    @Test func aFullDiskGivesAClearErrorAndKeepsTheData() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Hostname,Type\nPC1,desktop\nPC2,laptop\n".utf8).write(to: dir.appendingPathComponent("small.csv"))
        #expect(try EstateBinary.run(["ingest", "small.csv", "--db", "e.sqlite"], in: dir).status == 0)
        try CrashSafetyTests.register(rows: 20_000).write(to: dir.appendingPathComponent("large.csv"))
        // The shell caps the size of any file estate writes at 512 KiB, as a nearly full disk would.
        let estate = try EstateBinary.executable.path
        let (shell, errURL) = try Self.start(
            ["-c", "trap '' XFSZ; ulimit -f 1024; exec \"$0\" ingest large.csv --db e.sqlite", estate], in: dir,
            name: "full", executable: URL(fileURLWithPath: "/bin/bash"))
        shell.waitUntilExit()
        let stderr = try String(contentsOf: errURL, encoding: .utf8)
        #expect(shell.terminationStatus == 1)
        #expect(
            stderr.contains("writing the database file failed: the disk may be full"), "\(stderr)")
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.integrityCheck() == ["ok"])
        #expect(try database.snapshots().map(\.assetCount) == [2])
        #expect(try EstateBinary.run(["ingest", "large.csv", "--db", "e.sqlite"], in: dir).status == 0)
    }

    @Test func aReportThatCannotWriteATableSaysWhichAndLeavesNoPartOfIt() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inventory = dir.appendingPathComponent("inventory")
        try FileManager.default.createDirectory(at: inventory, withIntermediateDirectories: true)
        try CrashSafetyTests.register(rows: 3_000).write(to: inventory.appendingPathComponent("assets.csv"))
        let arguments = ["--inventory", "inventory", "--db", "e.sqlite", "--as-of", "2026-10-01"]
        #expect(try EstateBinary.run(["ingest", "inventory", "--db", "e.sqlite"], in: dir).status == 0)
        // Files estate writes are capped at 200 KiB (the Markdown fits, the roadmap's table does not), as a disk
        // filling up part way through the report would be.
        let script = "trap '' XFSZ; ulimit -f 200; exec \"$0\" report --out out \"$@\""
        let (shell, errURL) = try Self.start(
            ["-c", script, try EstateBinary.executable.path] + arguments, in: dir, name: "report",
            executable: URL(fileURLWithPath: "/bin/bash"))
        shell.waitUntilExit()
        let stderr = try String(contentsOf: errURL, encoding: .utf8)
        #expect(shell.terminationStatus == 1)
        let failed = try #require(stderr.firstMatch(of: /cannot write (\S+\.csv): File too large/), "\(stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        // The table that failed is not there, not even in part, and nothing temporary is left behind.
        #expect(!written.contains((String(failed.1) as NSString).lastPathComponent))
        #expect(written.allSatisfy { !$0.hasPrefix(".") }, "\(written)")
        #expect(written.contains("report.md"))
    }

    @Test(.enabled(if: getuid() != 0, "the superuser can write to a file whatever its permissions"))
    func aReadOnlyDatabaseGivesAClearErrorAndKeepsTheData() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Hostname,Type\nPC1,desktop\n".utf8).write(to: dir.appendingPathComponent("a.csv"))
        #expect(try EstateBinary.run(["ingest", "a.csv", "--db", "e.sqlite"], in: dir).status == 0)
        let path = dir.appendingPathComponent("e.sqlite").path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let refused = try EstateBinary.run(["ingest", "a.csv", "--db", "e.sqlite"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("read-only"), "\(refused.stderr)")
        let database = try EstateDatabase(path: path, readOnly: true)
        #expect(try database.snapshots().map(\.assetCount) == [1])
    }
}
