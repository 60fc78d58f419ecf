import EstateCore
import EstateStore
import Testing

@Suite struct SnapshotRoundTripTests {
    let day = Fixtures.date(2026, 3, 31)

    @Test func everyFieldSetAndEveryOptionalEmptyReadsBackEqual() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let assets = [Fixtures.fullAsset, Fixtures.minimalAsset, Fixtures.emptyStringsAsset]
        let systems = [Fixtures.fullSystem, Fixtures.minimalSystem]
        let components = [Fixtures.fullComponent, Fixtures.minimalComponent]

        let written = try database.writeSnapshot(takenOn: day, organisation: "Example Borough Council") { writer in
            let source = try writer.beginSource(path: "inventory/assets.csv", format: "csv", checksum: "abc123")
            for (index, asset) in assets.enumerated() { try writer.add(asset, source: source, line: index + 2) }
            for (index, system) in systems.enumerated() { try writer.add(system, source: source, line: index + 10) }
            for (index, component) in components.enumerated() {
                try writer.add(component, source: source, line: index + 20)
            }
            try writer.endSource(source, accepted: 7, rejected: 1)
        }

        let estate = try database.estate(snapshotID: written.id)
        #expect(estate.assets == assets)
        #expect(estate.systems == systems)
        #expect(estate.components == components)
        #expect(estate.snapshot == written)
        #expect(try database.integrityCheck() == ["ok"])
        #expect(written.takenOn == day)
        #expect(written.organisation == "Example Borough Council")
        #expect(
            written.sources == [
                SourceRecord(path: "inventory/assets.csv", format: "csv", checksum: "abc123", accepted: 7, rejected: 1)
            ])
        #expect(
            (written.assetCount, written.systemCount, written.componentCount, written.rejectCount) == (3, 2, 2, 0))
    }

    @Test func everyVocabularyValueReadsBack() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let count = max(AssetClass.allCases.count, SystemHosting.allCases.count, ComponentKind.allCases.count)
        func pick<T: CaseIterable>(_ index: Int) -> T { Array(T.allCases)[index % T.allCases.count] }
        let assets = (0..<count).map { index in
            Asset(
                id: "A\(index)", assetClass: pick(index), hosting: pick(index), isVirtual: index.isMultiple(of: 2),
                status: pick(index))
        }
        let systems = (0..<count).map { index in
            System(
                id: "S\(index)", name: "System \(index)", hosting: pick(index), client: pick(index),
                customisation: pick(index), criticality: pick(index), dataClassification: pick(index))
        }
        let components = (0..<count).map { index in
            Component(subject: pick(index), subjectId: "A\(index)", kind: pick(index), product: "P\(index)")
        }
        let snapshot = try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
            let source = try writer.beginSource(path: "-", format: "json", checksum: "c")
            for asset in assets { try writer.add(asset, source: source, line: 1) }
            for system in systems { try writer.add(system, source: source, line: 1) }
            for component in components { try writer.add(component, source: source, line: 1) }
        }
        let estate = try database.estate(snapshotID: snapshot.id)
        #expect(estate.assets == assets)
        #expect(estate.systems == systems)
        #expect(estate.components == components)
        #expect(snapshot.organisation == nil)
    }

    @Test func recordsComeBackInIngestOrderNotIdOrder() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let ids = ["Z9", "A1", "M5", "B2"]
        let snapshot = try database.writeSnapshot(takenOn: day, organisation: nil) { writer in
            let source = try writer.addSource("a.csv", assets: ids.map { Asset(id: $0, assetClass: .server) })
            for id in ids { try writer.add(System(id: "S-\(id)", name: id), source: source, line: 1) }
        }
        let estate = try database.estate(snapshotID: snapshot.id)
        #expect(estate.assets.map(\.id) == ids)
        #expect(estate.systems.map(\.name) == ids)
    }

    @Test func readingASnapshotThatDoesNotExistFailsClearly() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        let error = #expect(throws: StoreError.self) { try database.estate(snapshotID: 42) }
        #expect(error?.reason.contains("no snapshot 42") == true)
        #expect(try database.snapshot(id: 42) == nil)
        #expect(try database.latestSnapshot() == nil)
    }
}
