import EstateCore
import EstateStore
import Testing

@Suite struct ChecksumMatchTests {
    @Test func theNewestSnapshotWithExactlyTheseChecksumsMatchesAndNoSubsetOrSuperset() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        func store(_ checksums: [String], on day: Int) throws -> Int64 {
            try database.writeSnapshot(takenOn: Fixtures.date(2026, 1, day), organisation: nil) { writer in
                for checksum in checksums { try writer.addSource("\(checksum).csv", checksum: checksum) }
            }.id
        }
        let ab = try store(["a", "b"], on: 1)
        let abc = try store(["a", "b", "c"], on: 2)
        let a = try store(["a"], on: 3)

        #expect(try database.snapshotID(matchingChecksums: ["b", "a"]) == ab)
        #expect(try database.snapshotID(matchingChecksums: ["a", "b", "c"]) == abc)
        #expect(try database.snapshotID(matchingChecksums: ["a"]) == a)
        #expect(try database.snapshotID(matchingChecksums: ["b"]) == nil)
        #expect(try database.snapshotID(matchingChecksums: ["a", "c"]) == nil)
        #expect(try database.snapshotID(matchingChecksums: ["a", "b", "c", "d"]) == nil)
        #expect(try database.snapshotID(matchingChecksums: []) == nil)

        let newerAB = try store(["b", "a"], on: 4)
        #expect(try database.snapshotID(matchingChecksums: ["a", "b"]) == newerAB)
    }
}
