import EstateCore
import EstateStore
import Testing

@Suite struct AppendTests {
    let day = Fixtures.date(2026, 5, 1)

    @Test func appendingAddsToTheLatestSnapshotAndReplacesAReSentAsset() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let first = try database.writeSnapshot(takenOn: day, organisation: "Council") { writer in
            let source = try writer.addSource(
                "host-a.json", assets: [Fixtures.asset(1), Fixtures.asset(2)])
            try writer.add(
                System(id: "S1", name: "Old", integrations: ["S9"], assetIds: ["A1", "A2"]), source: source, line: 1)
            try writer.add(
                Component(subject: .asset, subjectId: "A1", kind: .operatingSystem, product: "Windows 10"),
                source: source, line: 1)
            try writer.add(
                Component(subject: .asset, subjectId: "A2", kind: .operatingSystem, product: "Ubuntu 20.04"),
                source: source, line: 1)
            try writer.add(
                Component(subject: .system, subjectId: "S1", kind: .database, product: "SQL Server 2012"),
                source: source, line: 1)
        }

        var rescanned = Fixtures.asset(1)
        rescanned.hostname = "renamed"
        rescanned.osName = "Windows 11"
        let second = try database.writeSnapshot(
            takenOn: Fixtures.date(2026, 5, 2), organisation: "Ignored", appendingToLatest: true
        ) { writer in
            #expect(writer.isAppending)
            // The component arrives before the asset it belongs to, and must survive the asset's replacement.
            let source = try writer.beginSource(path: "host-a-again.json", format: "json", checksum: "second")
            try writer.add(
                Component(subject: .asset, subjectId: "A1", kind: .operatingSystem, product: "Windows 11"),
                source: source, line: 1)
            try writer.add(rescanned, source: source, line: 1)
            try writer.add(Fixtures.asset(3), source: source, line: 2)
            try writer.add(System(id: "S1", name: "New", assetIds: ["A3"]), source: source, line: 3)
            try writer.endSource(source, accepted: 3, rejected: 0)
        }

        #expect(second.id == first.id)
        #expect(second.takenOn == day)
        #expect(second.organisation == "Council")
        #expect(try database.snapshots().count == 1)
        let estate = try database.estate(snapshotID: first.id)
        #expect(estate.assets == [rescanned, Fixtures.asset(2), Fixtures.asset(3)])
        #expect(estate.systems == [System(id: "S1", name: "New", assetIds: ["A3"])])
        #expect(estate.components.map(\.product) == ["Ubuntu 20.04", "Windows 11"])
        #expect(second.sources.map(\.checksum) == ["sha-host-a.json", "second"])
        #expect((second.assetCount, second.systemCount, second.componentCount) == (3, 1, 2))
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test func appendingWithNoSnapshotCreatesOne() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let snapshot = try database.writeSnapshot(takenOn: day, organisation: "Council", appendingToLatest: true) {
            writer in
            #expect(!writer.isAppending)
            try writer.addSource("a.csv", assets: [Fixtures.asset(1)])
        }
        #expect(snapshot.takenOn == day)
        #expect(snapshot.organisation == "Council")
        #expect(snapshot.assetCount == 1)
    }

    @Test func withoutAppendingADuplicateAssetIdFailsTheWholeSnapshot() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let error = #expect(throws: StoreError.self) {
            try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
                try writer.addSource("a.csv", assets: [Fixtures.asset(1), Fixtures.asset(2), Fixtures.asset(1)])
            }
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.reason.contains("asset id \"A1\" (line 4) is already in this snapshot") == true)
        #expect(try database.snapshots().isEmpty)
    }
}
