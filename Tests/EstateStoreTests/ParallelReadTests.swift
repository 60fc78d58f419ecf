import Dispatch
import EstateCore
import Foundation
import Synchronization
import Testing

@testable import EstateStore

@Suite struct ParallelReadTests {
    let day = Fixtures.date(2026, 2, 2)

    /// Stores assets `first...last` in a source of their own, each with one operating-system component.
    func add(_ numbers: [Int], as name: String, to writer: inout SnapshotWriter) throws {
        let source = try writer.beginSource(path: name, format: "csv", checksum: "sha-\(name)")
        for number in numbers {
            let asset = Fixtures.asset(number)
            try writer.add(asset, source: source, line: number)
            try writer.add(
                Component(
                    subject: .asset, subjectId: asset.id, kind: .operatingSystem, product: "Windows 11", version: "24H2"
                ),
                source: source, line: number)
        }
        try writer.endSource(source, accepted: numbers.count, rejected: 0)
    }

    func stored(assets count: Int) throws -> (TemporaryDirectory, Int64) {
        let directory = try TemporaryDirectory()
        let snapshot = try EstateDatabase(path: directory.path()).writeSnapshot(takenOn: day, organisation: nil) {
            writer in
            try add(Array(1..<count + 1), as: "assets.csv", to: &writer)
            if count >= 2 {
                try writer.add(System(id: "APP1", name: "Revenues", assetIds: ["A1", "A2"]), source: 1, line: 2)
            }
        }
        return (directory, snapshot.id)
    }

    @Test func readingOnSeveralConnectionsGivesTheSameEstateAsOne() throws {
        let (directory, id) = try stored(assets: 300)
        let database = try EstateDatabase(path: directory.path(), readOnly: true)
        let one = try database.estate(snapshotID: id)
        let two = try database.estateInParallel(snapshotID: id, cancellation: ReadCancellation())
        #expect(two.snapshot == one.snapshot)
        #expect(two.assets == one.assets && two.assets.count == 300)
        #expect(two.components == one.components && two.components.count == 300)
        #expect(two.systems == one.systems && two.systems.count == 1)
        // One asset, and none, split as well.
        for count in [0, 1] {
            let (small, smallId) = try stored(assets: count)
            let read = try EstateDatabase(path: small.path(), readOnly: true)
            #expect(
                try read.estateInParallel(snapshotID: smallId, cancellation: ReadCancellation()).assets
                    == read.estate(snapshotID: smallId).assets)
        }
    }

    @Test func aSnapshotThatIsNotThereIsReportedAsOneConnectionReportsIt() throws {
        let (directory, _) = try stored(assets: 3)
        let database = try EstateDatabase(path: directory.path(), readOnly: true)
        let error = #expect(throws: StoreError.self) {
            try database.estateInParallel(snapshotID: 99, cancellation: ReadCancellation())
        }
        #expect(error?.description.contains("there is no snapshot 99") == true)
    }

    @Test func aWriterHoldingTheLockOrADatabaseInMemoryIsReadOnOneConnection() throws {
        let (directory, id) = try stored(assets: 50)
        let path = directory.path()
        let expected = try EstateDatabase(path: path, readOnly: true).estate(snapshotID: id)
        // A writer holds the write lock: the read goes ahead on one connection rather than waiting for it.
        let writer = try EstateDatabase(path: path)
        var wasParallel = false
        let held = try writer.writeSnapshot(takenOn: day, organisation: nil, appendingToLatest: true) { _ in
            let during = try EstateDatabase(path: path, readOnly: true).estateInParallel(
                snapshotID: id, cancellation: ReadCancellation(), whileLocked: { wasParallel = true })
            #expect(during.assets == expected.assets && during.components == expected.components)
        }
        #expect(held.id == id && !wasParallel)
        // A database in memory has no file for other connections to open.
        let memory = try EstateDatabase(path: ":memory:")
        let stored = try memory.writeSnapshot(takenOn: day, organisation: nil) { writer in
            try add([1, 2, 3], as: "assets.csv", to: &writer)
        }
        let read = try memory.estateInParallel(
            snapshotID: stored.id, cancellation: ReadCancellation(), whileLocked: { wasParallel = true })
        #expect(read.assets.count == 3 && read.components.count == 3 && !wasParallel)
        // With the file free, the read is parallel.
        _ = try EstateDatabase(path: path, readOnly: true).estateInParallel(
            snapshotID: id, cancellation: ReadCancellation(), whileLocked: { wasParallel = true })
        #expect(wasParallel)
    }

    @Test func noWriterCanCommitWhileTheConnectionsStartTheirTransactions() throws {
        let (directory, id) = try stored(assets: 50)
        let path = directory.path()
        let day = self.day
        var refused: StoreError?
        // Another process tries to add to the snapshot at the worst moment: after this connection's transaction
        // has begun and before the others begin theirs. Were it let in, they would read assets and components
        // this connection's counts do not know of.
        let estate = try EstateDatabase(path: path, readOnly: true).estateInParallel(
            snapshotID: id, cancellation: ReadCancellation(),
            whileLocked: {
                let appender = try EstateDatabase(path: path, busyTimeoutMilliseconds: 0)
                do {
                    _ = try appender.writeSnapshot(takenOn: day, organisation: nil, appendingToLatest: true) {
                        writer in
                        try add(Array(9_000..<9_050), as: "scan.json", to: &writer)
                    }
                } catch let error as StoreError {
                    refused = error
                }
            })
        #expect(refused?.isBusy == true)
        #expect(estate.assets.count == 50 && estate.components.count == 50 && estate.snapshot.assetCount == 50)
    }

    @Test func everyConnectionSeesOneStateWhileAnotherProcessAppendsToTheSnapshot() throws {
        let (directory, id) = try stored(assets: 50)
        let path = directory.path()
        let day = self.day
        let finished = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        // Another estate process adds host-by-host scans to the latest snapshot (`estate ingest --append`), each
        // asset with its component.
        DispatchQueue.global().async {
            defer { finished.signal() }
            do {
                let appender = try EstateDatabase(path: path)
                for batch in 1...40 {
                    _ = try appender.writeSnapshot(takenOn: day, organisation: nil, appendingToLatest: true) {
                        writer in
                        try add(Array(batch * 1000..<batch * 1000 + 50), as: "scan-\(batch).json", to: &writer)
                    }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
        let reader = try EstateDatabase(path: path, readOnly: true)
        var mismatches: [String] = []
        var reads = 0
        while finished.wait(timeout: .now()) == .timedOut || reads == 0 {
            let estate = try reader.estateInParallel(snapshotID: id, cancellation: ReadCancellation())
            reads += 1
            // The assets come from two connections, the components from a third: every asset has one.
            if estate.components.count != estate.assets.count || estate.assets.count != estate.snapshot.assetCount {
                mismatches.append("\(estate.assets.count) assets, \(estate.components.count) components")
            }
        }
        #expect(failure.withLock { $0 } == nil)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(reads) reads mixed two states: \(mismatches.prefix(3))")
        #expect(
            try reader.estateInParallel(snapshotID: id, cancellation: ReadCancellation()).assets.count == 50 * 41)
    }
}
