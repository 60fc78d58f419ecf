import Testing

@testable import EstateCore

@Suite struct CSVWriterTests {
    @Test(arguments: ["=SUM(A1:A9)", "+44 20 7946 0000", "-cmd|' /C calc'!A0", "@SUM(1)", "\tindent", "\rreturn"])
    func neutralisesCellsASpreadsheetWouldRunAsFormulas(text: String) {
        let safe = CSVWriter().safe(text)
        #expect(safe == "'" + text)
    }

    @Test(arguments: ["-12", "-12.50", "+3", "Windows 10", "", "a=b"])
    func leavesNumbersAndOrdinaryTextAlone(text: String) {
        #expect(CSVWriter().safe(text) == text)
    }

    @Test func quotesCommasQuotesAndLineBreaks() {
        var table = Table(columns: [.init("a"), .init("b")])
        table.append([.init("x, y"), .init("say \"hi\"\nthere")])
        #expect(CSVWriter().render(table) == "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n")
    }

    @Test func numericCellsAreNeverPrefixed() {
        var table = Table(columns: [.init("amount_gbp")])
        table.append([.init(Money(pence: -1250))])
        #expect(CSVWriter().render(table) == "amount_gbp\r\n-12.50\r\n")
    }

    @Test func writesAByteOrderMarkWhenAsked() {
        let table = Table(columns: [.init("a")])
        #expect(CSVWriter(writesByteOrderMark: true).render(table).unicodeScalars.first == "\u{FEFF}")
    }
}

@Suite struct TableRenderingTests {
    @Test func markdownEscapesPipesLineBreaksAndHTML() {
        var table = Table(columns: [.init("name", title: "Name")])
        table.append([.init("a|b\n<script>x</script>")])
        #expect(table.markdown() == "| Name |\n|---|\n| a\\|b &lt;script&gt;x&lt;/script&gt; |\n")
    }

    @Test func jsonKeepsNumbersAsNumbersAndEmptiesAsNull() {
        var table = Table(columns: [.init("name"), .init("count"), .init("cost"), .init("note")])
        table.append([.init("x\"y"), .init(3), .init(Money(pence: 150)), .init(nil as String?)])
        #expect(table.json() == "[\n  {\"name\": \"x\\\"y\", \"count\": 3, \"cost\": 1.50, \"note\": null}\n]\n")
    }

    @Test func terminalTableAlignsNumbersRight() {
        var table = Table(columns: [.init("class", title: "Class"), .init("n", title: "Count", alignment: .right)])
        table.append([.init("laptop"), .init(1200)])
        #expect(table.terminalText() == "Class   Count\n------  -----\nlaptop  1,200\n")
    }
}

@Suite struct ComposedCellTests {
    @Test func aComposedCellIsNeutralisedAndQuotedAsTheStringOfItsPiecesWouldBe() {
        var text = CSVText(writer: CSVWriter())
        text.appendHeader(["a", "b", "c"])
        text.text { $0.append(joining: ["=SUM(A1)", "x,y"], separator: "; ") }
        text.text { $0.append("say \"hi\"") }
        text.text { _ in }
        text.endRow()
        #expect(text.finish() == "a,b,c\r\n\"'=SUM(A1); x,y\",\"say \"\"hi\"\"\",\r\n")
    }

    @Test func aComposedCellReusesNothingOfTheCellBeforeIt() {
        var text = CSVText(writer: CSVWriter())
        text.text { $0.append("a long first cell") }
        text.text { $0.append("b") }
        text.endRow()
        #expect(text.finish() == "a long first cell,b\r\n")
    }

    @Test func aTableBuiltFromComposedCellsHoldsTheirText() {
        var builder = TableBuilder(columns: [.init("keys", title: "Keys")])
        builder.text { $0.append(joining: ["debt_weights", "stale_after_days"], separator: " ") }
        builder.endRow()
        #expect(builder.table.rows.first?.first == Table.Cell("debt_weights stale_after_days"))
    }
}
