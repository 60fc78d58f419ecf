import EstateCore
import EstateStore
import Foundation
import Testing

/// The store finds a repeated asset id by its unique index, so ingest keeps no table of ids: the repeat is
/// rejected naming the file and line of the first, across the files of one write, and nothing else changes.
@Suite struct DuplicateAssetTests {
    let day = Fixtures.date(2026, 5, 1)

    /// Ingests each `(path, text)` in turn into one snapshot write; the snapshot and the rejects.
    func ingest(_ files: [(String, String)], into database: EstateDatabase, appending: Bool = false) throws -> (
        Snapshot, [Reject]
    ) {
        let snapshot = try database.writeSnapshot(takenOn: day, organisation: nil, appendingToLatest: appending) {
            writer in
            var session = IngestSession()
            for (path, text) in files {
                _ = try session.ingest(InputFile(path: path, data: Data(text.utf8)), into: &writer)
            }
            _ = try session.finish(into: &writer)
        }
        return (snapshot, try database.rejects(snapshotID: snapshot.id))
    }

    @Test func aRepeatInALaterFileIsRejectedNamingTheFirstFileAndLine() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let (snapshot, rejects) = try ingest(
            [
                ("north.csv", "Asset Tag,Type\nA1,laptop\nA2,desktop\n"),
                ("south.csv", "Asset Tag,Type\nA3,laptop\nA2,monitor\nA3,laptop\n"),
            ], into: database)
        #expect(snapshot.assetCount == 3)
        #expect(
            rejects.map(\.reason) == [
                "duplicate asset id \"A2\": first seen at north.csv:3",
                "duplicate asset id \"A3\": first seen at south.csv:2",
            ])
        #expect(rejects.map(\.line) == [3, 4])
        #expect(rejects.map(\.file) == ["south.csv", "south.csv"])
        let stored = try database.estate(snapshotID: snapshot.id).assets
        #expect(stored.map(\.id) == ["A1", "A2", "A3"])
        #expect(stored.first { $0.id == "A2" }?.assetClass == .desktop)
    }

    @Test func appendingReplacesAnEarlierWritesAssetButRejectsARepeatWithinTheWrite() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        _ = try ingest([("first.csv", "Asset Tag,Type\nA1,laptop\nA2,desktop\n")], into: database)
        let (snapshot, rejects) = try ingest(
            [("second.csv", "Asset Tag,Type\nA2,monitor\nA2,printer\n")], into: database, appending: true)
        #expect(snapshot.assetCount == 2)
        #expect(rejects.map(\.reason) == ["duplicate asset id \"A2\": first seen at second.csv:2"])
        let stored = try database.estate(snapshotID: snapshot.id).assets
        #expect(stored.first { $0.id == "A2" }?.assetClass == .monitor)
    }

    @Test func theChecksumWorkedOutWhileReadingARegisterIsTheFilesSHA256() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        var text = "Asset Tag,Type\n"
        for number in 0..<5_000 { text += "A\(number),laptop\n" }
        let (snapshot, _) = try ingest([("assets.csv", text)], into: database)
        let source = try #require(try database.snapshot(id: snapshot.id)?.sources.first)
        #expect(source.checksum == SHA256.hex(of: Data(text.utf8)))
        #expect(source.checksum.count == 64)
    }
}
