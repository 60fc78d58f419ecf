import EstateCore
import EstateSample
import Foundation
import Testing

@Suite struct SampleWriterTests {
    let small = SampleEstate(endUserDevices: 400)

    @Test func sameSeedWritesIdenticalBytes() throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        defer { first.cleanUp(); second.cleanUp() }
        _ = try SampleWriter.write(small, to: first.url)
        _ = try SampleWriter.write(small, to: second.url)
        for name in SampleWriter.fileNames {
            #expect(try first.data(name) == second.data(name), "\(name) differs between two runs")
        }
    }

    @Test func anotherSeedWritesOtherDevicesAndServers() throws {
        let first = try TemporaryFolder()
        let second = try TemporaryFolder()
        defer { first.cleanUp(); second.cleanUp() }
        _ = try SampleWriter.write(small, to: first.url)
        _ = try SampleWriter.write(SampleEstate(seed: 12_345, endUserDevices: 400), to: second.url)
        for name in ["assets.csv", "servers.csv", "components.csv"] {
            #expect(try first.data(name) != second.data(name), "\(name) is the same for two seeds")
        }
        #expect(try first.data(SampleWriter.stocktakeFileName) == second.data(SampleWriter.stocktakeFileName))
    }

    @Test func returnsThePathsWrittenAndLeavesNoPartialFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let target = folder.url.appending(path: "Inventory")
        let paths = try SampleWriter.write(small, to: target)
        #expect(paths == SampleWriter.fileNames.map { target.appending(path: $0).path(percentEncoded: false) })
        let listing = try FileManager.default.contentsOfDirectory(atPath: target.path(percentEncoded: false)).sorted()
        #expect(listing == SampleWriter.fileNames.sorted())
    }

    @Test func writingAgainReplacesTheFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(SampleEstate(seed: 1, endUserDevices: 300), to: folder.url)
        _ = try SampleWriter.write(small, to: folder.url)
        let fresh = try TemporaryFolder()
        defer { fresh.cleanUp() }
        _ = try SampleWriter.write(small, to: fresh.url)
        #expect(try folder.data("assets.csv") == fresh.data("assets.csv"))
    }

    @Test func everyHeaderNamesAnEstateField() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(small, to: folder.url)
        let detector = FormatDetector()
        let expected: [(String, InputFormat)] = [
            ("assets.csv", .assetsCSV), ("servers.csv", .assetsCSV), (SampleWriter.stocktakeFileName, .assetsCSV),
            ("systems.csv", .systemsCSV), ("components.csv", .componentsCSV),
        ]
        for (name, format) in expected {
            let header = try #require(csvRecords(folder.data(name)).first)
            #expect(detector.csvFormat(header: header) == format, "\(name) is not read as \(format)")
            let unknown: [String]
            let duplicate: [String]
            switch format {
            case .systemsCSV:
                let layout = FieldLayout<SystemField>(headers: header)
                (unknown, duplicate) = (layout.unknownHeaders, layout.duplicateHeaders)
            case .componentsCSV:
                let layout = FieldLayout<ComponentField>(headers: header)
                (unknown, duplicate) = (layout.unknownHeaders, layout.duplicateHeaders)
            default:
                let layout = FieldLayout<AssetField>(headers: header)
                (unknown, duplicate) = (layout.unknownHeaders, layout.duplicateHeaders)
            }
            #expect(unknown.isEmpty, "\(name): headers Estate does not know: \(unknown)")
            #expect(duplicate.isEmpty, "\(name): headers that repeat a field: \(duplicate)")
        }
    }

    @Test func everyDateCellIsARealDate() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(.standard, to: folder.url)
        let dateColumns = [
            "assets.csv": ["Purchase Date", "Warranty Expiry", "Last Seen"],
            "servers.csv": ["Purchased", "Warranty End", "Last Scan"],
            "systems.csv": ["Contract End"],
        ]
        var checked = 0
        for (name, headers) in dateColumns {
            let records = csvRecords(try folder.data(name))
            for header in headers {
                let index = try #require(column(header, in: records), "\(name) has no \(header)")
                for record in records.dropFirst() where !record[index].isEmpty {
                    guard case .success(let date) = ValueParser.date(record[index]) else {
                        Issue.record("\(name): \(header) \"\(record[index])\" is not a date")
                        continue
                    }
                    #expect(date <= SampleEstate.defaultAsOf.adding(years: 5))
                    checked += 1
                }
            }
        }
        #expect(checked > 6_000)
    }

    @Test func everyVocabularyWordParses() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(.standard, to: folder.url)
        func words(_ name: String, _ header: String) throws -> Set<String> {
            let records = csvRecords(try folder.data(name))
            let index = try #require(column(header, in: records))
            return Set(records.dropFirst().map { $0[index] }.filter { !$0.isEmpty })
        }
        func check<V: Vocabulary>(_ name: String, _ header: String, as _: V.Type) throws {
            let found = try words(name, header)
            #expect(!found.isEmpty, "\(name): \(header) is empty")
            for word in found { #expect(V(parsing: word) != nil, "\(name): \(header) \"\(word)\" is not a \(V.self)") }
        }
        try check("assets.csv", "Type", as: AssetClass.self)
        try check("assets.csv", "Status", as: AssetStatus.self)
        try check("servers.csv", "Class", as: AssetClass.self)
        try check("servers.csv", "Hosted In", as: AssetHosting.self)
        try check("servers.csv", "State", as: AssetStatus.self)
        try check("systems.csv", "Hosting", as: SystemHosting.self)
        try check("systems.csv", "Client", as: ClientType.self)
        try check("systems.csv", "Customisation", as: Customisation.self)
        try check("systems.csv", "Criticality", as: Criticality.self)
        try check("systems.csv", "Data Classification", as: DataClassification.self)
        try check("components.csv", "Type", as: ComponentKind.self)
    }

    @Test func moneyIsWrittenInPoundsTheWayEachSourceDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(small, to: folder.url)
        let assets = csvRecords(try folder.data("assets.csv"))
        let cost = try #require(column("Cost (£)", in: assets))
        #expect(assets.dropFirst().allSatisfy { $0[cost].hasPrefix("£") })
        #expect(
            assets.dropFirst().contains { $0[cost].contains(",") }, "no cost over £1,000 with a thousands separator")
        let servers = csvRecords(try folder.data("servers.csv"))
        let price = try #require(column("Purchase Price", in: servers))
        #expect(
            servers.dropFirst().allSatisfy { $0[price].isEmpty || $0[price].allSatisfy { $0.isNumber || $0 == "." } })
    }
}
