import Dispatch
import EstateCore
import EstateStore
import Foundation
import Synchronization
import Testing

@Suite struct LockingAndAccessTests {
    let day = Fixtures.date(2026, 2, 2)

    /// What the background writer saw, for the test to check afterwards.
    final class Outcome: Sendable {
        let failure = Mutex<String?>(nil)
    }

    @Test func aWriterFailsWithTheLockedErrorWhileAnotherProcessHoldsTheWriteLock() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        _ = try EstateDatabase(path: path)
        let release = DispatchSemaphore(value: 0)
        // A second connection (as another estate process would) holds a write transaction open.
        let holder = holdWriteLock(at: path, organisation: "holder") { _ = release.wait(timeout: .now() + 30) }

        let writer = try EstateDatabase(path: path, busyTimeoutMilliseconds: 50)
        let started = ContinuousClock.now
        let error = #expect(throws: StoreError.self) {
            try writer.writeSnapshot(takenOn: day, organisation: "blocked") { _ in }
        }
        let waited = ContinuousClock.now - started
        // Readers are not blocked by the writer under WAL.
        #expect(try writer.snapshots().isEmpty)
        release.signal()
        #expect(holder.finished.wait(timeout: .now() + 30) == .success)

        #expect(holder.outcome.failure.withLock { $0 } == nil)
        #expect(error?.isBusy == true)
        #expect(error?.description.contains("locked by another estate process (waited 50 ms); try again") == true)
        #expect(waited < .seconds(5))
        #expect(try writer.snapshots().map(\.organisation) == ["holder"])
    }

    @Test func writingToADatabaseOpenedReadOnlyGivesTheReadOnlyError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        _ = try EstateDatabase(path: path).writeSnapshot(takenOn: day, organisation: nil) { writer in
            try writer.addSource("a.csv", assets: [Fixtures.asset(1)])
        }
        let database = try EstateDatabase(path: path, readOnly: true)
        #expect(try database.snapshots().count == 1)
        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: day, organisation: nil) { _ in }
        }
        #expect(error?.isReadOnly == true)
        #expect(error?.description.contains("the database file is read-only") == true)
    }

    @Test(.enabled(if: getuid() != 0, "the superuser can write to a file whatever its permissions"))
    func writingToAReadOnlyFileGivesTheReadOnlyError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        _ = try EstateDatabase(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let database = try EstateDatabase(path: path)
        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: day, organisation: nil) { _ in }
        }
        #expect(error?.isReadOnly == true)
        #expect(error?.description.contains("the database file is read-only") == true)
    }

    @Test func openingAFileThatIsNotADatabaseSaysSo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("assets.csv")
        try Data("id,class\nLAP-1,laptop\n".utf8).write(to: URL(filePath: path))
        let error = #expect(throws: StoreError.self) { try EstateDatabase(path: path) }
        #expect(error?.reason.contains("not an Estate database") == true)
        #expect(error?.path == path)
    }

    @Test func openingInAFolderThatDoesNotExistSaysSo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("missing/estate.sqlite")
        let error = #expect(throws: StoreError.self) { try EstateDatabase(path: path) }
        #expect(error?.reason.contains("cannot be opened") == true)
    }

    @Test func aReaderSeesEverySnapshotWholeWhileAnotherConnectionAppendsToIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        let day = self.day
        _ = try EstateDatabase(path: path).writeSnapshot(takenOn: day, organisation: nil) { writer in
            try writer.addSource("first.csv", assets: (0..<50).map { Fixtures.asset($0) })
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        // Another estate process adds host-by-host scans to the latest snapshot (`estate ingest --append`).
        DispatchQueue.global().async {
            defer { finished.signal() }
            do {
                let appender = try EstateDatabase(path: path)
                for batch in 1...40 {
                    _ = try appender.writeSnapshot(takenOn: day, organisation: nil, appendingToLatest: true) { writer in
                        try writer.addSource(
                            "scan-\(batch).json", assets: (0..<50).map { Fixtures.asset(batch * 1000 + $0) })
                    }
                }
            } catch {
                outcome.failure.withLock { $0 = "\(error)" }
            }
        }
        let reader = try EstateDatabase(path: path)
        var mismatches: [String] = []
        var reads = 0
        while finished.wait(timeout: .now()) == .timedOut || reads == 0 {
            let estate = try reader.estate(snapshotID: 1)
            reads += 1
            if estate.assets.count != estate.snapshot.assetCount
                || estate.snapshot.sources.count != estate.assets.count / 50
            {
                mismatches.append(
                    "\(estate.snapshot.assetCount) counted, \(estate.assets.count) read, \(estate.snapshot.sources.count) sources"
                )
            }
        }
        #expect(outcome.failure.withLock { $0 } == nil)
        // `estate(snapshotID:)` reads in one transaction, so no read may see two states.
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(reads) reads mixed two states: \(mismatches.prefix(3))")
        #expect(try reader.estate(snapshotID: 1).assets.count == 50 * 41)
    }

    @Test func aFailedWriteOnAReadOnlyDatabaseLeavesItsSnapshotsIntact() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        _ = try EstateDatabase(path: path).writeSnapshot(takenOn: day, organisation: "Council") { writer in
            try writer.addSource("a.csv", assets: (0..<20).map { Fixtures.asset($0) })
        }
        let before = try EstateDatabase(path: path, readOnly: true).estate(snapshotID: 1)
        let database = try EstateDatabase(path: path, readOnly: true)
        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
                try writer.addSource("b.csv", assets: [Fixtures.asset(99)])
            }
        }
        #expect(error?.isReadOnly == true)
        #expect(error?.path == path)
        let after = try EstateDatabase(path: path)
        #expect(try after.snapshots().map(\.id) == [1])
        #expect(try after.estate(snapshotID: 1).assets == before.assets)
        #expect(try after.integrityCheck() == ["ok"])
    }

    @Test func aWriterThatWaitsLessThanTheBusyTimeoutSucceedsAfterTheOtherWriter() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path()
        _ = try EstateDatabase(path: path)
        let holder = holdWriteLock(at: path, organisation: "first") { usleep(300_000) }
        let second = try EstateDatabase(path: path, busyTimeoutMilliseconds: 10_000)
        _ = try second.writeSnapshot(takenOn: day, organisation: "second") { writer in
            try writer.addSource("second.csv", assets: [Fixtures.asset(2)])
        }
        #expect(holder.finished.wait(timeout: .now() + 30) == .success)
        #expect(holder.outcome.failure.withLock { $0 } == nil)
        // Both in turn: the one that held the lock first, then the one that waited for it.
        #expect(try second.snapshots().map(\.organisation) == ["first", "second"])
        #expect(try second.integrityCheck() == ["ok"])
    }

    /// Starts another connection (as another estate process would) writing a snapshot of one asset, and returns
    /// once it holds the write lock; it keeps the lock while `holdingFor` runs, then commits. `finished` is
    /// signalled when it has committed or failed; a failure is kept in `outcome`.
    private func holdWriteLock(
        at path: String, organisation: String, holdingFor: @escaping @Sendable () -> Void
    ) -> (finished: DispatchSemaphore, outcome: Outcome) {
        let holding = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let day = self.day
        DispatchQueue.global().async {
            defer { finished.signal() }
            do {
                let holder = try EstateDatabase(path: path)
                _ = try holder.writeSnapshot(takenOn: day, organisation: organisation) { writer in
                    try writer.addSource("\(organisation).csv", assets: [Fixtures.asset(1)])
                    holding.signal()
                    holdingFor()
                }
            } catch {
                outcome.failure.withLock { $0 = "\(error)" }
                holding.signal()
            }
        }
        #expect(holding.wait(timeout: .now() + 30) == .success)
        return (finished, outcome)
    }
}
