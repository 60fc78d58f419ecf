import EstateCore
import EstateSample
import Foundation
import Testing

/// Reads the written sample back through Estate's own ingest: what the generator meant is what Estate reads.
@Suite struct SampleIngestTests {
    func ingest(_ folder: TemporaryFolder, _ names: [String]) throws -> CollectingSink {
        var session = IngestSession()
        var sink = CollectingSink()
        for name in names {
            let file = InputFile(path: name, data: try folder.data(name))
            _ = try session.ingest(file, into: &sink)
        }
        return sink
    }

    @Test func theSampleIngestsWithoutRejectsAndReadsBackAsGenerated() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let sample = SampleEstate(endUserDevices: 800)
        _ = try SampleWriter.write(sample, to: folder.url)
        let sink = try ingest(folder, ["servers.csv", "assets.csv", "systems.csv", "components.csv"])
        #expect(sink.rejects.isEmpty, "\(sink.rejects.prefix(5).map(\.description))")

        let generated = CollectedSample(sample)
        #expect(sink.assets.count == generated.assets.count)
        #expect(sink.systems == generated.systems)
        #expect(sink.components == generated.components)
        let read = Dictionary(uniqueKeysWithValues: sink.assets.map { ($0.id, $0) })
        var different: [String] = []
        for var asset in generated.assets {
            // The reader trims cells; WMI's Windows 7 caption ends with a space.
            asset.osName = asset.osName.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            if read[asset.id] != asset { different.append(asset.id) }
        }
        #expect(different.isEmpty, "\(different.count) assets read back differently, such as \(different.prefix(5))")
    }

    @Test(arguments: ["history", "westbrook"])
    func theEarlierSnapshotAndTheSecondOrganisationReadBackAsGenerated(_ which: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let snapshot =
            which == "history" ? SampleEstate.standard.yearEarlier() : SampleEstate.standard.secondOrganisation()
        _ = try SampleWriter.write(snapshot, to: folder.url)
        let sink = try ingest(folder, ["servers.csv", "assets.csv", "systems.csv", "components.csv"])
        #expect(sink.rejects.isEmpty, "\(sink.rejects.prefix(5).map(\.description))")
        #expect(sink.systems == snapshot.systems)
        #expect(sink.components == snapshot.components)
        let read = Dictionary(uniqueKeysWithValues: sink.assets.map { ($0.id, $0) })
        #expect(read.count == snapshot.assets.count)
        var different: [String] = []
        for var asset in snapshot.assets {
            asset.osName = asset.osName.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            if read[asset.id] != asset { different.append(asset.id) }
        }
        #expect(different.isEmpty, "\(different.count) assets read back differently, such as \(different.prefix(5))")
    }

    @Test func theDepotStocktakeRejectsItsSixBadRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(SampleEstate(endUserDevices: 10), to: folder.url)
        let sink = try ingest(folder, [SampleWriter.stocktakeFileName])
        #expect(sink.rejects.count == SampleWriter.stocktakeBadRowCount, "\(sink.rejects.map(\.description))")
        #expect(sink.assets.count == 15 - SampleWriter.stocktakeBadRowCount)
        let lines = Set(sink.rejects.map(\.line))
        #expect(lines == [5, 6, 7, 8, 9, 10], "rejected lines \(lines.sorted())")
    }
}
