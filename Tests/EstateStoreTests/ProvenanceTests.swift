import EstateCore
import Testing

@testable import EstateStore

@Suite struct ProvenanceTests {
    func provenance(_ assetId: String, _ field: String, _ value: String, kept: Bool, conflict: Bool) -> Provenance {
        Provenance(
            assetId: assetId, field: field, value: value, source: "", line: 7, isKept: kept, isConflict: conflict)
    }

    @Test func whatEachSourceSaidIsStoredAndReadBackWithTheSourcePath() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let snapshot = try database.writeSnapshot(takenOn: Fixtures.date(2026, 10, 1), organisation: nil) { writer in
            let register = try writer.addSource("assets.csv", assets: [Fixtures.asset(1)])
            let scan = try writer.beginSource(path: "osquery.log", format: "osquery-json", checksum: "c")
            try writer.add(provenance("A1", "os_name", "Windows 10", kept: false, conflict: true), source: register)
            try writer.add(provenance("A1", "os_name", "Windows 11", kept: true, conflict: true), source: scan)
            try writer.endSource(scan, accepted: 1, rejected: 0)
        }
        let stored = try database.provenance(snapshotID: snapshot.id)
        #expect(stored.map(\.source) == ["assets.csv", "osquery.log"])
        #expect(stored.map(\.value) == ["Windows 10", "Windows 11"])
        #expect(stored.map(\.isKept) == [false, true])
        #expect(stored.allSatisfy { $0.isConflict && $0.line == 7 && $0.assetId == "A1" })
    }

    @Test func aMergeReadsTheStoredAssetAndReplacesItsFieldsKeepingItsPlace() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let snapshot = try database.writeSnapshot(takenOn: Fixtures.date(2026, 10, 1), organisation: nil) { writer in
            try writer.addSource("assets.csv", assets: [Fixtures.fullAsset, Fixtures.asset(2)])
            var merged = try #require(try writer.storedAsset(id: Fixtures.fullAsset.id))
            #expect(merged == Fixtures.fullAsset)
            #expect(try writer.storedAsset(id: "nope") == nil)
            merged.osName = "Microsoft Windows 11 Enterprise"
            merged.memoryBytes = nil
            try writer.replaceAsset(merged)
        }
        let estate = try database.estate(snapshotID: snapshot.id)
        #expect(estate.assets.map(\.id) == [Fixtures.fullAsset.id, "A2"])
        #expect(estate.assets[0].osName == "Microsoft Windows 11 Enterprise")
        #expect(estate.assets[0].memoryBytes == nil)
        #expect(estate.assets[0].purchaseCost == Fixtures.fullAsset.purchaseCost)
    }

    @Test func appendingAHostAgainReplacesItsEarlierProvenance() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        for (round, value) in ["Windows 10", "Windows 11"].enumerated() {
            _ = try database.writeSnapshot(
                takenOn: Fixtures.date(2026, 10, 1), organisation: nil, appendingToLatest: round > 0
            ) { writer in
                let source = try writer.addSource("scan-\(round).json", assets: [Fixtures.asset(1)])
                try writer.add(provenance("A1", "os_name", value, kept: true, conflict: false), source: source)
            }
        }
        let latest = try #require(try database.latestSnapshot())
        #expect(try database.provenance(snapshotID: latest.id).map(\.value) == ["Windows 11"])
    }
}
