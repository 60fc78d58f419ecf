import Foundation
import Testing

@testable import EstateCore

/// Files built to hurt the reader give a clear message with a line and column, in time and memory proportional
/// to the file, and the rest of the file is still read.
@Suite struct HostileInputTests {
    /// Ingests `bytes` as `path` into memory; the outcome and what was kept.
    func ingest(_ bytes: Data, path: String = "assets.csv", format: InputFormat? = nil) throws -> (
        IngestSession.Outcome, CollectingSink
    ) {
        var session = IngestSession()
        var sink = CollectingSink()
        let outcome = try session.ingest(InputFile(path: path, data: bytes), format: format, into: &sink)
        _ = try session.finish(into: &sink)
        return (outcome, sink)
    }

    @Test func aGiganticFieldRejectsItsRowWithTheLimitAndTheRestIsRead() throws {
        var text = "Asset Tag,Hostname,Type\nA1,PC-1,laptop\nA2,\""
        text += String(repeating: "x", count: 3 << 20)
        text += "\",laptop\nA3,PC-3,desktop\n"
        let (outcome, sink) = try ingest(Data(text.utf8))
        #expect(sink.assets.map(\.id) == ["A1", "A3"])
        #expect(outcome.source.rejected == 1)
        let reject = try #require(sink.rejects.first)
        #expect(reject.line == 3)
        #expect(reject.reason == "record is longer than the limit of 1048576 bytes")
        // The raw text kept with the reject is cut at the limit, so a hostile row cannot bloat the store.
        #expect(reject.raw.utf8.count <= (1 << 20) + 3)
        #expect(reject.raw.hasSuffix("…"))
    }

    @Test func aGiganticLineWithoutLineBreaksIsAClearErrorNotAHang() throws {
        let line = Data(repeating: UInt8(ascii: "a"), count: 4 << 20)
        let started = ContinuousClock.now
        let error = #expect(throws: IngestError.self) { try ingest(line) }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(error?.file == "assets.csv")
        #expect(error?.message.isEmpty == false)
    }

    @Test func aJSONFaultOnTheFirstLineOfALaterDocumentHasItsColumnInTheFile() {
        let text = "{\"a\": 1}\nhost-1 | SUCCESS => {\"b\": tru}\n"
        let error = #expect(throws: IngestError.self) {
            try ingest(Data(text.utf8), path: "facts.txt", format: .ansibleFacts)
        }
        #expect(error?.line == 2)
        #expect(error?.column == 27)
    }

    @Test func aNULByteRejectsItsRowNamingTheField() throws {
        var bytes = Array("Asset Tag,Hostname,Type\nA1,PC".utf8)
        bytes += [0] + Array("1,laptop\nA2,\"P\u{0}C2\",laptop\nA3,PC-3,laptop\n".utf8)
        let (_, sink) = try ingest(Data(bytes))
        #expect(sink.assets.map(\.id) == ["A3"])
        #expect(sink.rejects.map(\.line) == [2, 3])
        #expect(sink.rejects.map(\.column) == [2, 2])
        #expect(sink.rejects.first?.reason.hasPrefix("NUL byte in field 2; the file looks binary or UTF-16") == true)
    }

    @Test(arguments: [true, false])
    func utf16WithoutAByteOrderMarkIsConvertedWithANote(isLittleEndian: Bool) throws {
        let text = "Asset Tag,Type\nA1,laptop\nA2,desktop\n"
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += isLittleEndian ? pair : pair.reversed()
        }
        let (outcome, sink) = try ingest(Data(bytes))
        #expect(sink.assets.map(\.id) == ["A1", "A2"])
        #expect(outcome.notes.first?.contains("without a byte-order mark") == true)
    }

    @Test func invalidUTF8InsideAValidUTF8RegisterRejectsOnlyThatRow() {
        var bytes = Array("id,host\nA1,caf\u{E9}\nA2,".utf8)
        bytes += [0xC3, 0x28] + Array("\nA3,\u{1F5A5}\n".utf8)
        let records = CSVReader(data: Data(bytes)).records()
        #expect(records.map { $0.problem?.column } == [nil, nil, 2, nil])
        #expect(records[2].fields[1] == "\u{FFFD}(")
    }

    @Test(arguments: [
        InputFormat.estateJSON, .estateScan, .osqueryJSON, .ansibleFacts, .cycloneDXJSON, .spdxJSON, .glpiJSON,
    ])
    func deeplyNestedJSONIsAClearErrorInEveryJSONFormat(format: InputFormat) {
        let depth = 200_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = #expect(throws: IngestError.self) {
            try ingest(Data(text.utf8), path: "deep.json", format: format)
        }
        #expect(error?.line == 1)
        #expect(error?.column == 257)
        #expect(error?.message.contains("at most 256 levels of nested arrays and objects") == true)
    }

    @Test func deeplyNestedJSONIsAClearErrorInTheLifecycleCatalogue() {
        let text = "{\"a\":" + String(repeating: "[", count: 100_000)
        let date = LocalDate(year: 2026, month: 1, day: 1) ?? LocalDate(daysSinceEpoch: 0)
        #expect(throws: (any Error).self) { try LifecycleImport.api(Data(text.utf8), file: "x.json", asOf: date) }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ESTATE_SLOW_TESTS"] == "1", "set ESTATE_SLOW_TESTS=1"))
    func tenMillionRowsStreamThroughTheReaderOneRecordAtATime() {
        let rows = 10_000_000
        var bytes = [UInt8]()
        bytes.reserveCapacity(rows * 12)
        bytes += Array("id,class\n".utf8)
        for index in 0..<rows { bytes += Array("A\(index),pc\n".utf8) }
        var count = 0
        var last = 0
        CSVReader(data: Data(bytes)).forEachRecord { record in
            count += 1
            last = record.line
        }
        #expect(count == rows + 1)
        #expect(last == rows + 1)
    }
}

/// Sizes and counts no machine has, read from other tools' output, are left unrecorded instead of overflowing.
@Suite struct HostQuantityTests {
    @Test func sizesPastWhatAnInt64HoldsAreLeftUnrecorded() {
        #expect(HostQuantities.bytes(16, shift: 30) == 17_179_869_184)
        #expect(HostQuantities.bytes(Int64.max >> 20, shift: 20) == (Int64.max >> 20) << 20)
        #expect(HostQuantities.bytes((Int64.max >> 20) + 1, shift: 20) == nil)
        #expect(HostQuantities.bytes(-1, shift: 10) == nil)
        #expect(HostQuantities.total([Int64.max, 1]) == nil)
        #expect(HostQuantities.total([1, -1] as [Int]) == nil)
        #expect(HostQuantities.total([Int]()) == nil)
        #expect(HostQuantities.total([2, 3]) == 5)
        #expect(HostQuantities.product(Int64.max / 2, 3) == nil)
    }

    @Test func aDmidecodeFileWithAnImpossibleMemorySizeIsReadWithoutIt() throws {
        let text = """
            Handle 0x0001, DMI type 1, 27 bytes
            System Information
            \tManufacturer: Dell Inc.
            \tSerial Number: 7XK2Q93

            Handle 0x1100, DMI type 17, 84 bytes
            Memory Device
            \tSize: 99999999999999999 GB

            Handle 0x1101, DMI type 17, 84 bytes
            Memory Device
            \tSize: 9223372036854775807 MB

            """
        var session = IngestSession()
        var sink = CollectingSink()
        _ = try session.ingest(
            InputFile(path: "db-01.dmidecode.txt", data: Data(text.utf8)), format: .dmidecode, into: &sink)
        _ = try session.finish(into: &sink)
        #expect(sink.assets.count == 1)
        #expect(sink.assets.first?.memoryBytes == nil)
    }

    @Test func mergingSizesNearTheLargestInt64NeverOverflows() {
        #expect(MergeField.sizeText(Int64.max).hasPrefix("9223372036854775807 bytes (8589934591.9 GiB)"))
        #expect(MergeField.sizeText(17_179_869_184) == "17179869184 bytes (16.0 GiB)")
        #expect(MergeField.sizesAgree("9223372036854775807 bytes", "9223372036854775000 bytes"))
        #expect(!MergeField.sizesAgree("9223372036854775807 bytes", "1 bytes"))
        #expect(MergeField.sizesAgree("100 bytes", "85 bytes") && !MergeField.sizesAgree("100 bytes", "84 bytes"))
    }
}
