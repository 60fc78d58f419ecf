import Foundation
import Testing

@testable import EstateCore

@Suite struct CSVReaderTests {
    private func read(_ text: String, maximumRecordBytes: Int = 1 << 20) -> [CSVRecord] {
        CSVReader(data: Data(text.utf8), maximumRecordBytes: maximumRecordBytes).records()
    }

    private func read(bytes: [UInt8]) -> [CSVRecord] {
        CSVReader(data: Data(bytes)).records()
    }

    @Test func readsTheHeaderAsTheFirstRecordThenEachRow() {
        let records = read("id,hostname\nA1,PC-001\nA2,PC-002\n")
        #expect(records.map(\.fields) == [["id", "hostname"], ["A1", "PC-001"], ["A2", "PC-002"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test func keepsCommasInsideQuotedFields() {
        let records = read("id,maker\nA1,\"Dell, Inc.\"\n")
        #expect(records[1].fields == ["A1", "Dell, Inc."])
        #expect(records[1].problem == nil)
    }

    @Test func undoesDoubledQuotesInsideQuotedFields() {
        let records = read("\"27\"\" monitor\",\"\"\"quoted\"\"\",\"\"\n")
        #expect(records[0].fields == ["27\" monitor", "\"quoted\"", ""])
        #expect(records[0].problem == nil)
    }

    @Test func keepsLineFeedsInsideQuotedFieldsAndCountsTheirLines() {
        let records = read("id,notes\nA1,\"first\nsecond\nthird\"\nA2,plain\n")
        #expect(records[1].fields == ["A1", "first\nsecond\nthird"])
        #expect(records[1].line == 2)
        #expect(records[2].fields == ["A2", "plain"])
        #expect(records[2].line == 5)
    }

    @Test func keepsCRLFInsideQuotedFieldsAsWritten() {
        let records = read("id,notes\r\nA1,\"first\r\nsecond\"\r\nA2,x\r\n")
        #expect(records[1].fields == ["A1", "first\r\nsecond"])
        #expect(records[2].line == 4)
    }

    @Test func endsRecordsAtCRLF() {
        let records = read("a,b\r\nc,d\r\n")
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func endsRecordsAtLoneCarriageReturns() {
        let records = read("a,b\rc,d\re,f")
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func acceptsMixedLineEnds() {
        let records = read("a\nb\r\nc\rd")
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"], ["d"]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func readsALastRecordWithoutALineEnd() {
        let records = read("a,b\nc,d")
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(records[1].byteRange == 4..<7)
    }

    @Test func skipsAByteOrderMarkAtTheStart() {
        let records = read(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8))
        #expect(records[0].fields == ["id", "name"])
        #expect(records[0].byteRange == 3..<10)
    }

    @Test func readsNothingFromAFileWithOnlyAByteOrderMark() {
        #expect(read(bytes: [0xEF, 0xBB, 0xBF]).isEmpty)
        #expect(read("").isEmpty)
    }

    @Test func skipsBlankLinesButCountsThem() {
        let records = read("id\n\nA1\r\n\r\n\nA2\n")
        #expect(records.map(\.fields) == [["id"], ["A1"], ["A2"]])
        #expect(records.map(\.line) == [1, 3, 6])
    }

    @Test func doesNotTurnBlankTrailingLinesIntoRecords() {
        let records = read("id\nA1\n\n\r\n\n")
        #expect(records.map(\.fields) == [["id"], ["A1"]])
    }

    @Test func keepsRowsOfBareCommasAsRecordsWithOnlyEmptyFields() throws {
        let records = read("a,b,c\n,,\n")
        let commas = try #require(records.last)
        #expect(commas.fields == ["", "", ""])
        #expect(commas.hasOnlyEmptyFields)
        #expect(!records[0].hasOnlyEmptyFields)
    }

    @Test func returnsRaggedRowsAsTheyAreWithoutPaddingOrProblem() {
        let records = read("a,b,c\n1,2\n1,2,3,4\n")
        #expect(records[1].fields == ["1", "2"])
        #expect(records[2].fields == ["1", "2", "3", "4"])
        #expect(records[1].problem == nil)
        #expect(records[2].problem == nil)
    }

    @Test func readsATrailingCommaAsAnEmptyLastField() {
        #expect(read("a,b,\n").first?.fields == ["a", "b", ""])
        #expect(read("a,b,").first?.fields == ["a", "b", ""])
    }

    @Test func reportsAStrayQuoteInAnUnquotedFieldAndKeepsTheText() {
        let records = read("id,size\nA1,27\" screen,x\nA2,ok,y\n")
        #expect(records[1].fields == ["A1", "27\" screen", "x"])
        #expect(
            records[1].problem
                == CSVProblem(
                    column: 2,
                    message: "stray quote in unquoted field 2; quote the whole field and double the quotes inside it"))
        #expect(records[2].fields == ["A2", "ok", "y"])
        #expect(records[2].problem == nil)
    }

    @Test func reportsTextAfterAClosingQuoteAndKeepsTheFieldAsWritten() {
        let records = read("a,\"b\"c,d\ne,f,g\n")
        #expect(records[0].fields == ["a", "\"b\"c", "d"])
        #expect(
            records[0].problem
                == CSVProblem(
                    column: 2,
                    message: "text after the closing quote of field 2; a quoted field must end at a comma or a line end"
                ))
        #expect(records[1].fields == ["e", "f", "g"])
    }

    @Test func reportsAnUnterminatedQuoteAndReadsOnFromTheNextLine() {
        let text = "id,name\nA1,ok\nA2,\"never closed,x\nA3,fine\nA4,also fine\n"
        let records = read(text)
        #expect(records.count == 5)
        #expect(records[2].line == 3)
        #expect(records[2].fields == ["A2", "\"never closed,x"])
        #expect(
            records[2].problem == CSVProblem(column: 2, message: "unterminated quoted field starting at line 3"))
        #expect(records[3].fields == ["A3", "fine"])
        #expect(records[3].line == 4)
        #expect(records[4].fields == ["A4", "also fine"])
        #expect(records[4].line == 5)
        #expect(records[3].problem == nil)
    }

    @Test func reportsTheLineOfTheOpeningQuoteWhenAnEarlierFieldSpansLines() {
        let records = read("\"two\nlines\",\"open\nmore")
        #expect(records.count == 2)
        #expect(records[0].line == 1)
        #expect(records[0].fields == ["two\nlines", "\"open"])
        #expect(
            records[0].problem == CSVProblem(column: 2, message: "unterminated quoted field starting at line 2"))
        #expect(records[1].fields == ["more"])
        #expect(records[1].line == 3)
    }

    @Test func reportsAnUnterminatedQuoteOnTheLastLine() {
        let records = read("id,name\nA1,\"cut off")
        #expect(records.count == 2)
        #expect(records[1].fields == ["A1", "\"cut off"])
        #expect(records[1].problem?.message == "unterminated quoted field starting at line 2")
        #expect(records[1].byteRange == 8..<19)
    }

    @Test func reportsInvalidUTF8AndRepairsTheField() {
        // "Caf\xE9" is Windows-1252, as a spreadsheet saved as plain CSV writes it.
        let records = read(bytes: Array("id,site,room\n1,".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array(",2\n".utf8))
        #expect(records[1].fields == ["1", "Caf\u{FFFD}", "2"])
        #expect(
            records[1].problem
                == CSVProblem(
                    column: 2, message: "invalid UTF-8 in field 2; save the file as UTF-8 (in Excel: CSV UTF-8)"))
    }

    @Test func acceptsValidMultibyteUTF8InPlainAndQuotedFields() {
        let records = read("£1,\"Zoë \"\"Ő\"\"\",日本\n")
        #expect(records[0].fields == ["£1", "Zoë \"Ő\"", "日本"])
        #expect(records[0].problem == nil)
    }

    @Test func reportsInvalidUTF8InsideAQuotedFieldWithDoubledQuotes() {
        let records = read(bytes: Array("a,\"x\"\"".utf8) + [0xFF] + Array("\"\n".utf8))
        #expect(records[0].fields == ["a", "x\"\u{FFFD}"])
        #expect(records[0].problem?.column == 2)
    }

    @Test func reportsARecordOverTheSizeLimitAndReadsOnAfterIt() {
        let long = String(repeating: "x", count: 100)
        let records = read("id,notes\nA1,\(long)\nA2,short\n", maximumRecordBytes: 50)
        #expect(records.count == 3)
        #expect(records[1].fields.isEmpty)
        #expect(records[1].problem == CSVProblem(column: nil, message: "record is longer than the limit of 50 bytes"))
        #expect(records[1].byteRange == 9..<112)
        #expect(records[2].fields == ["A2", "short"])
        #expect(records[2].line == 3)
    }

    @Test func resynchronisesAfterAnOversizedRecordAtTheLineEndOutsideQuotes() {
        let long = String(repeating: "y,", count: 40)
        let records = read("A1,\"\(long)\nstill inside\"\nA2,ok\n", maximumRecordBytes: 50)
        #expect(records.count == 2)
        #expect(records[0].problem?.message == "record is longer than the limit of 50 bytes")
        #expect(records[1].fields == ["A2", "ok"])
        #expect(records[1].line == 3)
    }

    @Test func givesEachRecordTheOffsetsOfItsRawBytes() {
        let text = "a,b\r\n\"c\nd\",e\n"
        let reader = CSVReader(data: Data(text.utf8))
        let records = reader.records()
        #expect(records.map(\.byteRange) == [0..<3, 5..<12])
        #expect(reader.rawText(of: records[1]) == "\"c\nd\",e")
    }

    @Test func givesTheRawTextOfARejectedRecordWithInvalidBytesRepaired() {
        let reader = CSVReader(data: Data(Array("ok\nbad,\"x".utf8) + [0xE9] + Array("\"y\n".utf8)))
        let records = reader.records()
        #expect(records[1].problem?.column == 2)
        #expect(reader.rawText(of: records[1]) == "bad,\"x\u{FFFD}\"y")
    }

    @Test func cutsTheRawTextOfAnOversizedRecordAtTheLimit() {
        let reader = CSVReader(data: Data((String(repeating: "z", count: 30) + "\n").utf8), maximumRecordBytes: 10)
        let records = reader.records()
        #expect(reader.rawText(of: records[0]) == "zzzzzzzzzz…")
    }

    @Test func readsASliceOfLargerData() {
        let whole = Data("id,name\n1,x\n2,y\n".utf8)
        let records = CSVReader(data: whole.prefix(11)).records()
        #expect(records.map(\.fields) == [["id", "name"], ["1", "x"]])
    }

    @Test func stopsWhenTheBodyThrows() {
        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            try CSVReader(data: Data("a\nb\nc\n".utf8)).forEachRecord { _ in
                seen += 1
                if seen == 2 { throw Enough() }
            }
        }
        #expect(seen == 2)
    }

    @Test func readsAMemoryMappedFileFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory
            .appending(path: "estate-csv-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "assets.csv")
        var text = "id,hostname,cost\r\n"
        for index in 1...2_000 { text += "A\(index),\"PC, \(index)\",\(index).50\r\n" }
        try Data(text.utf8).write(to: file)

        let reader = try CSVReader(contentsOf: file)
        var count = 0
        var last: CSVRecord?
        reader.forEachRecord { record in
            count += 1
            last = record
        }
        #expect(count == 2_001)
        #expect(last?.fields == ["A2000", "PC, 2000", "2000.50"])
        #expect(last?.line == 2_001)
    }
}
