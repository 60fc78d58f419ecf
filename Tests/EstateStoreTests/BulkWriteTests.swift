import EstateCore
import EstateStore
import Testing

@Suite struct BulkWriteTests {
    @Test func aHundredThousandAssetsAreAllStoredAndReadBack() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let count = 100_000
        let classes = AssetClass.allCases
        let snapshot = try database.writeSnapshot(takenOn: Fixtures.date(2026, 4, 1), organisation: "Big") { writer in
            let source = try writer.beginSource(path: "big.csv", format: "csv", checksum: "big")
            for index in 0..<count {
                try writer.add(
                    Fixtures.asset(index, class: classes[index % classes.count]), source: source, line: index + 2)
            }
            try writer.endSource(source, accepted: count, rejected: 0)
        }
        #expect(snapshot.assetCount == count)
        let assets = try database.estate(snapshotID: snapshot.id).assets
        #expect(assets.count == count)
        #expect(assets.last == Fixtures.asset(count - 1, class: classes[(count - 1) % classes.count]))
    }
}
