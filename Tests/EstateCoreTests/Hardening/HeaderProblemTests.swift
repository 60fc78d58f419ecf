import Foundation
import Testing

@testable import EstateCore

/// A header row that cannot be read stops its file with an error at line 1 naming the column, rather than
/// being taken as column names and every row of the file rejected against it.
@Suite struct HeaderProblemTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/header-problems")

    /// Reads `data` as an asset register through the reader every CSV register shares.
    func readRegister(_ data: Data, path: String = "assets.csv") throws {
        _ = try IngestSession.readCSV(
            InputFile(path: path, data: data), progress: nil, build: { RecordBuilders.asset(&$0) }, handle: { _ in })
    }

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name))
    }

    @Test(arguments: [
        ("stray-quote.csv", 2, "stray quote in unquoted field 2"),
        ("nul-byte.csv", 3, "NUL byte in field 3"),
        ("invalid-utf8.csv", 3, "invalid UTF-8 in field 3"),
    ])
    func aMalformedHeaderIsAnErrorAtLineOneWithItsColumn(name: String, column: Int, problem: String) throws {
        let error = #expect(throws: IngestError.self) { try readRegister(try fixture(name), path: name) }
        #expect(error?.file == name)
        #expect(error?.line == 1)
        #expect(error?.column == column)
        let message = try #require(error?.message)
        #expect(message.hasPrefix("the header row cannot be read: \(problem)"), "\(message)")
    }

    @Test func aHeaderLongerThanTheRecordLimitIsAnErrorAtLineOne() {
        var bytes = Data("Asset Tag,Type,".utf8)
        bytes.append(Data(repeating: UInt8(ascii: "x"), count: (1 << 20) + 10))
        bytes.append(Data("\nA1,laptop\n".utf8))
        let error = #expect(throws: IngestError.self) { try readRegister(bytes) }
        #expect(error?.line == 1)
        #expect(error?.column == nil)
        #expect(error?.message == "the header row cannot be read: record is longer than the limit of 1048576 bytes")
    }

    @Test(arguments: ["stray-quote.csv", "nul-byte.csv"])
    func ingestingAFileWithAMalformedHeaderStoresNothingFromIt(name: String) throws {
        var session = IngestSession()
        var sink = CollectingSink()
        let file = InputFile(path: name, data: try fixture(name))
        let error = #expect(throws: IngestError.self) { try session.ingest(file, into: &sink) }
        #expect(error?.line == 1)
        #expect(sink.assets.isEmpty)
        #expect(sink.rejects.isEmpty)
    }

    @Test func anUnrecognisedHeaderIsQuotedAtMostTwoHundredCharactersWithItsLength() throws {
        var bytes = Data(repeating: UInt8(ascii: "q"), count: 4 << 20)
        bytes.append(Data("\n1\n".utf8))
        let error = #expect(throws: IngestError.self) {
            try FormatDetector().format(of: InputFile(path: "odd.csv", data: bytes))
        }
        let message = try #require(error?.message)
        #expect(message.count < 800, "\(message.prefix(300))")
        #expect(message.contains(String(repeating: "q", count: 200) + "…, a header line of 4194304 bytes in all"))
        #expect(!message.contains(String(repeating: "q", count: 201)))
    }

    @Test func aShortUnrecognisedHeaderIsQuotedWhole() throws {
        let error = #expect(throws: IngestError.self) {
            try FormatDetector().format(of: InputFile(path: "odd.csv", data: Data("colour,flavour\nred,sweet\n".utf8)))
        }
        #expect(error?.message.hasPrefix("cannot tell what this file holds from its header (colour, flavour);") == true)
    }
}
