import EstateCore
import EstateStore
import Testing

@Suite struct SnapshotListingTests {
    @Test func snapshotsAreListedOldestFirstWithCountsFromTheTables() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        // Stored out of date order: a backfilled older inventory arrives last.
        let plan: [(LocalDate, assets: Int, systems: Int, components: Int, rejects: Int)] = [
            (Fixtures.date(2025, 4, 1), 3, 1, 2, 1),
            (Fixtures.date(2026, 4, 1), 5, 0, 0, 2),
            (Fixtures.date(2024, 4, 1), 1, 2, 4, 0),
        ]
        for (takenOn, assets, systems, components, rejects) in plan {
            _ = try database.writeSnapshot(takenOn: takenOn, organisation: "Council") { writer in
                let source = try writer.addSource("\(takenOn).csv", assets: (0..<assets).map { Fixtures.asset($0) })
                for index in 0..<systems {
                    try writer.add(System(id: "S\(index)", name: "S"), source: source, line: index + 2)
                }
                for index in 0..<components {
                    try writer.add(
                        Component(subject: .asset, subjectId: "A0", kind: .application, product: "P\(index)"),
                        source: source, line: index + 2)
                }
                for index in 0..<rejects {
                    try writer.add(Reject(file: "x.csv", line: index, reason: "bad", raw: "?"), source: source)
                }
            }
        }

        let listed = try database.snapshots()
        #expect(listed.map(\.takenOn) == [plan[2].0, plan[0].0, plan[1].0])
        #expect(listed.map(\.assetCount) == [1, 3, 5])
        #expect(listed.map(\.systemCount) == [2, 1, 0])
        #expect(listed.map(\.componentCount) == [4, 2, 0])
        #expect(listed.map(\.rejectCount) == [0, 1, 2])
        #expect(listed.map { $0.sources.map(\.path) } == [["2024-04-01.csv"], ["2025-04-01.csv"], ["2026-04-01.csv"]])
        #expect(try database.latestSnapshot() == listed.last)
        #expect(try database.snapshot(id: listed[1].id) == listed[1])
    }

    @Test func storedAtIsAnISO8601Timestamp() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let snapshot = try database.writeSnapshot(takenOn: Fixtures.date(2026, 1, 2), organisation: nil) { _ in }
        let bytes = Array(snapshot.storedAt.utf8)
        #expect(bytes.count >= 20)
        #expect(snapshot.storedAt.hasSuffix("Z"))
        #expect(bytes[4] == UInt8(ascii: "-") && bytes[10] == UInt8(ascii: "T") && bytes[13] == UInt8(ascii: ":"))
    }
}
