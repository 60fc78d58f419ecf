import EstateCore
import EstateStore
import Testing

@Suite struct RejectTests {
    @Test func rejectsAreStoredWithWhereAndWhyAndReadBackInOrder() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let rejects = [
            Reject(
                file: "assets.csv", line: 12, column: 5, field: "Purchase Date",
                reason: "expected a date such as 2019-03-10, found \"31/02/2019\"",
                raw: "LAP-9,laptop,Dell,,31/02/2019,\"£1,200\""),
            Reject(file: "systems.json", line: 40, reason: "expected an object, found an array", raw: "[1, 2]"),
            Reject(file: "sbom.json", line: 1, column: 0, field: "", reason: "", raw: ""),
        ]
        let snapshot = try database.writeSnapshot(takenOn: Fixtures.date(2026, 1, 1), organisation: nil) { writer in
            let source = try writer.beginSource(path: "assets.csv", format: "csv", checksum: "x")
            for reject in rejects { try writer.add(reject, source: source) }
            try writer.endSource(source, accepted: 0, rejected: rejects.count)
        }
        #expect(try database.rejects(snapshotID: snapshot.id) == rejects)
        #expect(try database.rejects(snapshotID: snapshot.id, limit: 2) == Array(rejects.prefix(2)))
        #expect(try database.rejects(snapshotID: snapshot.id, limit: 0).isEmpty)
        #expect(snapshot.rejectCount == 3)
        #expect(snapshot.sources.first?.rejected == 3)
        #expect(try database.rejects(snapshotID: snapshot.id + 1).isEmpty)
    }
}
