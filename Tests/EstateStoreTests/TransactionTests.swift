import EstateCore
import EstateStore
import Testing

@Suite struct TransactionTests {
    struct IngestInterrupted: Error, Equatable {
        let row: Int
    }

    let day = Fixtures.date(2026, 6, 30)

    @Test(arguments: [0, 1, 500])
    func aThrowInsideTheWriteLeavesNothingBehind(failingAtRow row: Int) throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let kept = try database.writeSnapshot(takenOn: day, organisation: "Kept") { writer in
            try writer.addSource("kept.csv", assets: [Fixtures.asset(1)])
        }

        let error = #expect(throws: IngestInterrupted.self) {
            try database.writeSnapshot(takenOn: day, organisation: "Lost") { writer in
                let source = try writer.beginSource(path: "lost.csv", format: "csv", checksum: "lost")
                for index in 0..<1000 {
                    if index == row { throw IngestInterrupted(row: index) }
                    try writer.add(Fixtures.asset(index), source: source, line: index + 2)
                    try writer.add(System(id: "S\(index)", name: "S", assetIds: ["A\(index)"]), source: source, line: 1)
                    try writer.add(
                        Component(subject: .asset, subjectId: "A\(index)", kind: .other, product: "P"),
                        source: source, line: 1)
                    try writer.add(Reject(file: "lost.csv", line: index, reason: "r", raw: "x"), source: source)
                }
            }
        }
        #expect(error == IngestInterrupted(row: row))
        #expect(try database.snapshots() == [kept])
        #expect(try database.integrityCheck() == ["ok"])

        // A new snapshot takes the next free id; rows left over from the failed write would be counted in it.
        let next = try database.writeSnapshot(takenOn: day, organisation: nil) { _ in }
        #expect((next.assetCount, next.systemCount, next.componentCount, next.rejectCount) == (0, 0, 0, 0))
        #expect(next.sources.isEmpty)
        #expect(try database.estate(snapshotID: next.id).systems.isEmpty)
        #expect(try database.rejects(snapshotID: next.id).isEmpty)
    }

    @Test func theWriterRefusesToWorkAfterItsWriteHasFinished() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        var escaped: SnapshotWriter?
        var source: Int64 = 0
        _ = try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
            source = try writer.beginSource(path: "a.csv", format: "csv", checksum: "a")
            escaped = writer
        }
        var writer = try #require(escaped)
        let error = #expect(throws: StoreError.self) { try writer.add(Fixtures.asset(1), source: source, line: 2) }
        #expect(error?.reason.contains("after its writeSnapshot call had finished") == true)
    }

    @Test func aRecordNamingASourceThisWriteDidNotBeginIsRefused() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
                let source = try writer.beginSource(path: "a.csv", format: "csv", checksum: "a")
                try writer.add(Fixtures.asset(1), source: source + 1, line: 2)
            }
        }
        #expect(error?.reason.contains("did not begin") == true)
        #expect(try database.snapshots().isEmpty)
    }
}
