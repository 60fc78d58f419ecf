import EstateCore
import Testing

@testable import EstateStore

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

    /// On one connection, or on several at once.
    @Test(arguments: [false, true]) func aCancelledReadStopsWithTheInterruptedError(inParallel: Bool) throws {
        let (directory, id) = try storedSnapshot(assets: 2_000)
        let database = try EstateDatabase(path: directory.path(), readOnly: true)
        let cancellation = ReadCancellation()
        cancellation.cancel()
        let error = #expect(throws: StoreError.self) {
            if inParallel {
                try database.estateInParallel(snapshotID: id, cancellation: cancellation)
            } else {
                try database.estate(snapshotID: id, cancellation: cancellation)
            }
        }
        #expect(error?.isInterrupted == true)
        #expect(error?.description.contains("interrupted") == true)
    }

    @Test func aCancellationFollowingAnotherIsRaisedWithItButNotTheOtherWayRound() {
        let leader = ReadCancellation()
        let follower = ReadCancellation(following: leader)
        let other = ReadCancellation(following: leader)
        follower.cancel()
        #expect(follower.isCancelled && !leader.isCancelled && !other.isCancelled)
        leader.cancel()
        #expect(leader.isCancelled && other.isCancelled)
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
