import Foundation
import Testing

@testable import EstateCore

@Suite struct IngestSessionTests {
    func ingest(_ text: String, path: String = "assets.csv", format: InputFormat? = nil) throws -> (
        CollectingSink, IngestSession.Outcome
    ) {
        var session = IngestSession()
        var sink = CollectingSink()
        let outcome = try session.ingest(InputFile(path: path, data: Data(text.utf8)), format: format, into: &sink)
        return (sink, outcome)
    }

    @Test func readsAnAssetRegisterWithHumanHeadersAndUKValues() throws {
        let csv = """
            Asset Tag,Hostname,Type,Purchase Date,Cost (£),RAM (GB),Storage (GB),Last Seen,Status
            LT-0001,EW-LT-0001,Laptop,12/03/2019,"£1,234.50",16,512,2026-09-30,In Use

            """
        let (sink, outcome) = try ingest(csv)
        #expect(outcome.source.format == "assets-csv")
        #expect(outcome.source.accepted == 1)
        let asset = try #require(sink.assets.first)
        #expect(asset.id == "LT-0001")
        #expect(asset.assetClass == .laptop)
        #expect(asset.purchaseDate?.description == "2019-03-12")
        #expect(asset.purchaseCost == Money(pence: 123_450))
        #expect(asset.memoryBytes == 16 << 30)
        #expect(asset.storageBytes == 512_000_000_000)
        #expect(asset.status == .active)
    }

    @Test func rejectsABadRowWithFileLineColumnAndReasonAndKeepsTheGoodOnes() throws {
        let csv = """
            Asset Tag,Type,Purchase Date
            A1,desktop,01/02/2020
            A2,desktop,31/02/2021
            A3,toaster,01/02/2020
            A4,laptop,01/02/2020

            """
        let (sink, outcome) = try ingest(csv)
        #expect(sink.assets.map(\.id) == ["A1", "A4"])
        #expect(outcome.source.rejected == 2)
        let first = try #require(sink.rejects.first)
        #expect(first.file == "assets.csv")
        #expect(first.line == 3)
        #expect(first.column == 3)
        #expect(first.field == "Purchase Date")
        #expect(first.raw == "A2,desktop,31/02/2021")
        #expect(sink.rejects[1].line == 4)
        #expect(sink.rejects[1].column == 2)
        #expect(sink.rejects[1].reason.contains("found \"toaster\""))
    }

    @Test func namesEveryFaultyCellOfARowInOneReject() throws {
        let (sink, _) = try ingest("Asset Tag,Type,Purchase Date,Cost\nA1,toaster,31/02/2021,$5\n")
        let reject = try #require(sink.rejects.first)
        #expect(reject.column == 2)
        #expect(reject.field == nil)
        #expect(reject.reason.contains("Type (column 2)"))
        #expect(reject.reason.contains("Purchase Date (column 3)"))
        #expect(reject.reason.contains("Cost (column 4)"))
    }

    @Test func aRaggedRowIsRejectedNotPaddedOrCrashedOn() throws {
        let (sink, outcome) = try ingest("Asset Tag,Type\nA1,laptop,extra\nA2,laptop\n")
        #expect(sink.assets.map(\.id) == ["A2"])
        #expect(outcome.source.rejected == 1)
        #expect(sink.rejects.first?.reason == "expected 2 fields as in the header, found 3")
    }

    @Test func aDuplicateAssetIdIsRejectedNamingTheFirst() throws {
        let (sink, _) = try ingest("Asset Tag,Type\nA1,laptop\nA1,desktop\n")
        #expect(sink.assets.count == 1)
        #expect(sink.rejects.first?.reason == "duplicate asset id \"A1\": first seen at assets.csv:2")
    }

    @Test func aMissingAssetTagIsRejected() throws {
        let (sink, _) = try ingest("Asset Tag,Hostname,Type\n,PC1,laptop\n")
        #expect(sink.assets.isEmpty)
        #expect(sink.rejects.first?.field == "Asset Tag")
    }

    @Test func aFileWithoutAnIdColumnUsesTheHostname() throws {
        let (sink, _) = try ingest("Hostname,Type,Serial\nPC1,laptop,S1\n")
        #expect(sink.assets.first?.id == "PC1")
    }

    @Test func detectsSystemsAndComponentsFromTheirHeaders() throws {
        let systems =
            "System ID,System Name,Vendor,Capability,Hosting,Runs On,Annual Cost\nSYS1,Housing,NEC,Housing,On-Premises,SRV1; SRV2,\"£12,000\"\n"
        let (sink, outcome) = try ingest(systems, path: "systems.csv")
        #expect(outcome.source.format == "systems-csv")
        #expect(sink.systems.first?.assetIds == ["SRV1", "SRV2"])
        #expect(sink.systems.first?.annualCost == Money(pounds: 12_000))
        let components = "Asset ID,Kind,Product,Version\nSRV1,Database,Microsoft SQL Server 2014 (SP3),12.0.6024.0\n"
        let (sink2, outcome2) = try ingest(components, path: "components.csv")
        #expect(outcome2.source.format == "components-csv")
        #expect(
            sink2.components.first
                == Component(
                    subject: .asset, subjectId: "SRV1", kind: .database, product: "Microsoft SQL Server 2014 (SP3)",
                    version: "12.0.6024.0"))
    }

    @Test func anUnrecognisableHeaderIsAnErrorNamingWhatWasExpected() {
        #expect(throws: IngestError.self) { try ingest("Colour,Flavour\nred,sweet\n", path: "mystery.csv") }
    }

    @Test func readsEstateJSONWithNestedComponentsAndRejectsWithLineNumbers() throws {
        let json = """
            {"estate_format": 1,
             "assets": [
              {"id": "SRV1", "class": "server", "memory": "64 GB", "purchase_date": "2019-04-01",
               "components": [{"kind": "os", "product": "Microsoft Windows Server 2012 R2 Standard", "version": "6.3.9600"}]},
              {"id": "SRV2", "class": "server",
               "purchase_date": "31/02/2020"}
             ],
             "systems": [{"id": "SYS1", "name": "Housing", "runs_on": ["SRV1", "SRV2"], "users": 250}]
            }
            """
        let (sink, outcome) = try ingest(json, path: "estate.json")
        #expect(outcome.source.format == "estate-json")
        #expect(sink.assets.map(\.id) == ["SRV1"])
        #expect(sink.components.first?.subjectId == "SRV1")
        #expect(sink.components.first?.kind == .operatingSystem)
        #expect(sink.systems.first?.assetIds == ["SRV1", "SRV2"])
        #expect(sink.systems.first?.users == 250)
        let reject = try #require(sink.rejects.first)
        #expect(reject.line == 6)
        #expect(reject.field == "purchase_date")
        #expect(reject.column == 21)
        #expect(reject.raw.hasPrefix("{\"id\": \"SRV2\""))
        #expect(outcome.source.accepted == 3)
        #expect(outcome.source.rejected == 1)
    }

    @Test func aJSONSyntaxErrorNamesItsLineAndColumn() {
        do {
            _ = try ingest("{\"assets\": [\n  {\"id\": 1,,}\n]}", path: "bad.json")
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.file == "bad.json")
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct TextEncodingTests {
    @Test func aWindows1252PoundSignIsReadAsPoundsWithANote() throws {
        var bytes = Array("Asset Tag,Type,Cost\nA1,laptop,\"".utf8)
        bytes += [0xA3] + Array("1,200.00\"\n".utf8)
        var session = IngestSession()
        var sink = CollectingSink()
        let outcome = try session.ingest(InputFile(path: "old.csv", data: Data(bytes)), into: &sink)
        #expect(sink.assets.first?.purchaseCost == Money(pounds: 1200))
        #expect(outcome.notes.first?.contains("Windows-1252") == true)
    }

    @Test func aUTF16FileWithAByteOrderMarkIsConverted() throws {
        let text = "Asset Tag,Type\nA1,laptop\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var session = IngestSession()
        var sink = CollectingSink()
        let outcome = try session.ingest(InputFile(path: "u16.csv", data: Data(bytes)), into: &sink)
        #expect(sink.assets.map(\.id) == ["A1"])
        #expect(outcome.notes.first?.contains("UTF-16") == true)
    }

    @Test func validUTF8IsLeftAsItIs() {
        let data = Data("£5 café".utf8)
        let (converted, note) = TextEncoding.utf8(data)
        #expect(converted == data)
        #expect(note == nil)
    }
}
