import EstateCore
import EstateStore
import Testing

@Suite struct ReadCancellationTests {
    let day = Fixtures.date(2026, 2, 2)

    func storedSnapshot(assets count: Int) throws -> (TemporaryDirectory, Int64) {
        let directory = try TemporaryDirectory()
        let snapshot = try EstateDatabase(path: directory.path()).writeSnapshot(takenOn: day, organisation: nil) {
            writer in
            try writer.addSource("assets.csv", assets: (1...count).map { Fixtures.asset($0) })
        }
        return (directory, snapshot.id)
    }

    @Test func aCancelledReadStopsWithTheInterruptedError() throws {
        let (directory, id) = try storedSnapshot(assets: 2_000)
        let database = try EstateDatabase(path: directory.path(), readOnly: true)
        let cancellation = ReadCancellation()
        cancellation.cancel()
        let error = #expect(throws: StoreError.self) {
            try database.estate(snapshotID: id, cancellation: cancellation)
        }
        #expect(error?.isInterrupted == true)
        #expect(error?.description.contains("interrupted") == true)
    }

    @Test func aReadNotCancelledReadsTheWholeSnapshotAndTheConnectionReadsOnAfterACancelledOne() throws {
        let (directory, id) = try storedSnapshot(assets: 2_000)
        let database = try EstateDatabase(path: directory.path(), readOnly: true)
        #expect(try database.estate(snapshotID: id, cancellation: ReadCancellation()).assets.count == 2_000)
        let cancelled = ReadCancellation()
        cancelled.cancel()
        _ = try? database.estate(snapshotID: id, cancellation: cancelled)
        // The cancellation was the last read's only: later reads are not stopped by it.
        #expect(try database.estate(snapshotID: id).assets.count == 2_000)
    }
}
