import Foundation
import Testing

@testable import EstateCore

/// The shortcuts that keep a million-asset report fast give exactly what the plain code gives.
@Suite struct ScaleHelpersTests {
    @Test func csvTextWritesWhatTheWriterWritesForAnyCell() {
        let cells: [Table.Cell] = [
            .init("plain"), .init("with, comma"), .init("say \"hi\""), .init("line\nbreak"), .init("=SUM(A1)"),
            .init("-12.5"), .init("+44 20 7946 0000"), .init("@handle"), .init(""), .init(nil as String?),
            .init(1_234), .init(-7), .init(number: "12.50", display: "12.5"),
            .init(LocalDate(year: 2026, month: 4, day: 1)),
            .init("Café ünïcode"), .init("'already"), .init("\"starts quoted"), .init("ends quoted\""),
            .init("two \"\" quotes, and \"more\""),
        ]
        let table = Table(columns: cells.indices.map { Table.Column("c\($0)") }, rows: [cells, cells.reversed()])
        for writer in [CSVWriter(), CSVWriter(neutralisesFormulas: false), CSVWriter(writesByteOrderMark: true)] {
            var text = CSVText(writer: writer)
            text.append(table)
            #expect(text.finish() == Self.reference(writer, table))
            #expect(writer.render(table) == Self.reference(writer, table))
        }
    }

    @Test func csvTextWithADrainHandsOnWholeRecordsThatMakeTheSameText() {
        let rows = (0..<500).map { (index: Int) -> [Table.Cell] in
            [.init("row \(index), with a comma"), .init(index), .init("=\(index)")]
        }
        let table = Table(columns: [.init("name"), .init("n"), .init("formula")], rows: rows)
        var chunks: [[UInt8]] = []
        var text = CSVText(writer: CSVWriter(), chunkBytes: 1_000) { chunks.append($0) }
        text.append(table)
        #expect(chunks.count > 5)
        let beforeFlush = chunks.count
        text.flush()
        #expect(chunks.count == beforeFlush + 1)
        #expect(text.finish().isEmpty)
        // Every chunk ends where a record ends, and together they are the text the writer renders.
        #expect(chunks.allSatisfy { $0.suffix(2) == [0x0D, 0x0A] })
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == CSVWriter().render(table))
        text.flush()
        #expect(chunks.count == beforeFlush + 1)
    }

    @Test func quotingScanFindsEverySpecialByteAtEveryPosition() {
        for length in 0...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(!plain.withUnsafeBufferPointer(CSVWriter.needsQuotes))
            for position in 0..<length {
                // Near misses (bytes one away from the special ones, high bytes) do not count; the special ones do.
                for byte: UInt8 in [0x2B, 0x2D, 0x21, 0x23, 0x09, 0x0B, 0x0C, 0x0E, 0xAC, 0xE2] {
                    var near = plain
                    near[position] = byte
                    #expect(!near.withUnsafeBufferPointer(CSVWriter.needsQuotes), "\(byte) at \(position) of \(length)")
                }
                for byte: UInt8 in [0x2C, 0x22, 0x0A, 0x0D] {
                    var special = plain
                    special[position] = byte
                    #expect(
                        special.withUnsafeBufferPointer(CSVWriter.needsQuotes), "\(byte) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func csvTextWritesNumbersAndMoneyAsTheirPlainText() {
        let numbers: [Int64] = [0, 7, -7, 10, 99, 100, -1_234_567, .max, .min]
        let pence: [Int64] = [0, 5, -5, 50, 99, 100, 101, -1_250, 123_456_789, .max, .min + 1]
        var text = CSVText(writer: CSVWriter())
        for number in numbers { text.append(number) }
        text.endRecord()
        for amount in pence { text.money(Money(pence: amount)) }
        text.endRecord()
        let expected =
            numbers.map(String.init).joined(separator: ",") + "\r\n"
            + pence.map { Money(pence: $0).plain }.joined(separator: ",") + "\r\n"
        #expect(text.finish() == expected)
    }

    @Test func csvTextWritesDatesAsTheirDescription() {
        for date in [LocalDate(year: 999, month: 1, day: 2), LocalDate(year: 2026, month: 12, day: 31)] {
            var text = CSVText(writer: CSVWriter())
            text.append(date)
            text.endRecord()
            #expect(text.finish() == "\(date?.description ?? "")\r\n")
        }
    }

    /// The writer's rules spelled out cell by cell, as they were before the byte writer.
    static func reference(_ writer: CSVWriter, _ table: Table) -> String {
        var out = writer.writesByteOrderMark ? "\u{FEFF}" : ""
        writer.appendRecord(table.columns.map(\.key), to: &out)
        for row in table.rows {
            writer.appendRecord(row.map { $0.isNumeric ? $0.plain : writer.safe($0.plain) }, to: &out)
        }
        return out
    }

    @Test func laterHandsOverItsWorksResult() {
        let later = Later { (1...1_000).reduce(0, +) }
        #expect(later.take() == 500_500)
    }

    @Test func parallelMapKeepsTheOrder() {
        let numbers = Array(0..<200)
        #expect(numbers.parallelMap { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([Int]().parallelMap { $0 }.isEmpty)
    }

    @Test func anEventsProductAndCycleReadBackAsGivenAndEventsWithoutThemTakeNoRoomForThem() throws {
        let day = try #require(LocalDate(year: 2027, month: 1, day: 1))
        var event = RoadmapEvent(
            date: day, kind: .securitySupportEnds, subjectKind: .asset, subjectId: "A1", subjectName: "A1",
            product: "windows-server", cycle: "2016", severity: .high, reason: "r")
        #expect(event.product == "windows-server" && event.cycle == "2016")
        let same = event
        event.cycle = nil
        #expect(event.product == "windows-server" && event.cycle == nil && event != same)
        event.product = nil
        let bare = RoadmapEvent(
            date: day, kind: .securitySupportEnds, subjectKind: .asset, subjectId: "A1", subjectName: "A1",
            severity: .high, reason: "r")
        #expect(event == bare && event.hashValue == bare.hashValue)
        #expect(MemoryLayout<RoadmapEvent>.stride == 72)
    }

    @Test func eventsSortByDateSeveritySubjectAndKindKeepingTies() throws {
        let day = try #require(LocalDate(year: 2027, month: 1, day: 1))
        var events: [RoadmapEvent] = []
        for index in 0..<60 {
            events.append(
                RoadmapEvent(
                    date: day.adding(days: index % 3), kind: RoadmapEvent.Kind.allCases[index % 4],
                    subjectKind: .asset, subjectId: "A\(index % 5)", subjectName: "n\(index)",
                    severity: RoadmapEvent.Severity.allCases[(index / 2) % 4], reason: "r\(index)"))
        }
        let expected = events.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            let keyA = (a.date, a.severity, a.subjectId, a.kind.rawValue)
            let keyB = (b.date, b.severity, b.subjectId, b.kind.rawValue)
            return keyA < keyB || (keyA == keyB && left.offset < right.offset)
        }.map(\.element)
        #expect(LifecycleAnalysis.chronological(events).map(\.reason) == expected.map(\.reason))
        // Severities rank in the order of their cases, low to critical.
        #expect(RoadmapEvent.Severity.allCases.map(\.rank) == [0, 1, 2, 3])
        #expect(RoadmapEvent.Severity.allCases.sorted() == [.low, .medium, .high, .critical])
    }

    @Test(arguments: ["Dell", " Dell", "Dell\t", "\u{00A0}Dell\u{00A0}", "  ", "", "é", " Café "])
    func trimmingMatchesTheUnicodeRule(_ text: String) {
        let scalars = text.unicodeScalars
        let expected: String
        if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        {
            expected = String(scalars[first...last])
        } else {
            expected = ""
        }
        #expect(FieldReader<AssetField>.trimmed(text) == expected)
    }

    @Test func rememberedWordsReadAsTheVocabularyReadsThem() {
        let memo = VocabularyMemo()
        for word in ["Laptop", "laptop", "Desktop PC", "no such class", "Laptop"] {
            #expect(memo.value(word, as: AssetClass.self) == AssetClass(parsing: word))
        }
        #expect(memo.value("laptop", as: AssetStatus.self) == nil)
    }
}
