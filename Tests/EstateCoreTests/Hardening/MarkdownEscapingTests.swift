import Foundation
import Testing

@testable import EstateCore

/// Inventory text in a Markdown report or on the terminal stays one cell's worth of plain text: it cannot add
/// columns or rows, inject HTML or links, or send control sequences to a terminal.
@Suite struct MarkdownEscapingTests {
    static let hostile = [
        "a|b", "a\\|b", "line one\nline two", "cr\rlf\r\n| x |", "<script>alert(1)</script>", "<img src=x onerror=y>",
        "[click](https://example.invalid)", "![x](y)", "`code|cell`", "**bold** _it_", "&lt;already&gt;", "\u{1B}[2J",
        "nul\u{0}byte", "tab\there", "\u{7F}\u{85}\u{9B}31m",
    ]

    /// The cells of one rendered Markdown table line, split at the pipes that are not escaped.
    static func cells(ofLine line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var isEscaped = false
        for character in line {
            if isEscaped {
                current.append(character)
                isEscaped = false
            } else if character == "\\" {
                current.append(character)
                isEscaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        return Array(cells.dropFirst().dropLast())
    }

    @Test(arguments: hostile)
    func aCellStaysOneCellOfPlainText(text: String) {
        var table = Table(columns: [.init("name", title: "Na|me"), .init("n", title: "Count", alignment: .right)])
        table.append([.init(text), .init(3)])
        let lines = table.markdown().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4, "\(table.markdown().debugDescription)")
        #expect(lines.last == "")
        for line in lines.dropLast() where !line.hasPrefix("|---") {
            #expect(Self.cells(ofLine: line).count == 2, "\(line.debugDescription)")
        }
        let cell = Self.cells(ofLine: lines[2])[0]
        #expect(!cell.contains("<") && !cell.contains(">"))
        #expect(!cell.unicodeScalars.contains(where: Markdown.isControl))
        #expect(!cell.contains("\r"))
    }

    @Test func everyMarkdownSpecialCharacterIsEscaped() {
        #expect(Markdown.escape("a|b\\c`d*e_f[g]h<i>j&k") == #"a\|b\\c\`d\*e\_f\[g\]h&lt;i&gt;j&amp;k"#)
    }

    @Test func lineBreaksAndTabsBecomeSpacesAndOtherControlCharactersAreReplaced() {
        #expect(Markdown.escape("a\r\nb\nc\rd\te") == "a  b c d e")
        #expect(Markdown.escape("x\u{0}y\u{1B}[2Jz\u{7F}\u{9B}") == "x\u{FFFD}y\u{FFFD}\\[2Jz\u{FFFD}\u{FFFD}")
    }

    @Test func theTerminalTableNeverPassesAControlSequenceThrough() {
        var table = Table(columns: [.init("name", title: "Name")])
        table.append([.init("evil\u{1B}]0;title\u{7}\u{1B}[2J\r\nnext\u{9B}1m")])
        let text = table.terminalText()
        #expect(!text.unicodeScalars.contains { Markdown.isControl($0) && $0 != "\n" })
        #expect(text.split(separator: "\n").count == 3)
        #expect(text.contains("evil\u{FFFD}]0;title\u{FFFD}\u{FFFD}[2J next\u{FFFD}1m"))
    }

    @Test func terminalTextForMessagesIsOneInertLine() {
        #expect(TerminalText.inert("PC-1\u{1B}[2J\r\nnext\u{0}") == "PC-1\u{FFFD}[2J next\u{FFFD}")
    }

    @Test func aNumberCellThatIsNotAJSONNumberIsWrittenAsAString() {
        var table = Table(columns: [.init("a"), .init("b"), .init("c")])
        table.append([
            Table.Cell(number: "1}, {\"x\": 1", display: ""), .init(number: "+3", display: ""),
            .init(number: "-1.5e-05", display: ""),
        ])
        #expect(table.json() == "[\n  {\"a\": \"1}, {\\\"x\\\": 1\", \"b\": \"+3\", \"c\": -1.5e-05}\n]\n")
        for text in ["0", "-0.5", "12", "1E+2", "10.25"] { #expect(JSONText.isNumber(text), "\(text)") }
        for text in ["", "-", "01", "1.", ".5", "1e", "+1", "1.2.3", "NaN", "1 "] {
            #expect(!JSONText.isNumber(text), "\(text)")
        }
    }

    @Test func jsonOutputEscapesEveryControlCharacter() {
        var table = Table(columns: [.init("name")])
        table.append([.init("a\u{0}\u{1B}\u{7}\"\\\n\u{2028}")])
        #expect(table.json() == "[\n  {\"name\": \"a\\u0000\\u001b\\u0007\\\"\\\\\\n\\u2028\"}\n]\n")
    }
}
