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
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let day = self.day

        // A second connection (as another estate process would) holds a write transaction open.
        DispatchQueue.global().async {
            defer { finished.signal() }
            do {
                let holder = try EstateDatabase(path: path)
                _ = try holder.writeSnapshot(takenOn: day, organisation: "holder") { writer in
                    try writer.addSource("held.csv", assets: [Fixtures.asset(1)])
                    holding.signal()
                    _ = release.wait(timeout: .now() + 30)
                }
            } catch {
                outcome.failure.withLock { $0 = "\(error)" }
                holding.signal()
            }
        }
        #expect(holding.wait(timeout: .now() + 30) == .success)

        let writer = try EstateDatabase(path: path, busyTimeoutMilliseconds: 50)
        let started = ContinuousClock.now
        let error = #expect(throws: StoreError.self) {
            try writer.writeSnapshot(takenOn: day, organisation: "blocked") { _ in }
        }
        let waited = ContinuousClock.now - started
        // Readers are not blocked by the writer under WAL.
        #expect(try writer.snapshots().isEmpty)
        release.signal()
        #expect(finished.wait(timeout: .now() + 30) == .success)

        #expect(outcome.failure.withLock { $0 } == nil)
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
}
