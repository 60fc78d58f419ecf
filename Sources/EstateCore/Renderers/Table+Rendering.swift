import Foundation

/// The output shapes of every view: `--format table|md|csv|json`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, md, csv, json

    public static var expectedList: String { allCases.map(\.rawValue).joined(separator: "|") }
}

extension Table {
    /// The table in the requested shape.
    public func rendered(as format: OutputFormat, csv: CSVWriter = CSVWriter()) -> String {
        switch format {
        case .table: terminalText()
        case .md: markdown()
        case .csv: csv.render(self)
        case .json: json()
        }
    }

    /// A GitHub-flavoured Markdown table. Cells escape pipes, line breaks and HTML so that no
    /// inventory text can break the table or inject markup.
    public func markdown() -> String {
        var out = "| " + columns.map { Markdown.escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map { Markdown.escape($0.display) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Aligned plain text for a terminal.
    public func terminalText() -> String {
        let cells = [columns.map(\.title)] + rows.map { $0.map { Self.singleLine($0.display) } }
        var widths = [Int](repeating: 0, count: columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for (rowIndex, row) in cells.enumerated() {
            let line = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return columns[index].alignment == .right ? padding + cell : cell + padding
            }.joined(separator: "  ")
            out += Self.trailingTrimmed(line) + "\n"
            if rowIndex == 0 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    /// A JSON array of objects keyed by column key; numbers stay numbers, empty cells are null.
    public func json() -> String {
        var out = "[\n"
        for (rowIndex, row) in rows.enumerated() {
            let members = zip(columns, row).map { column, cell in
                "\(JSONText.quoted(column.key)): \(JSONText.value(cell))"
            }
            out += "  {" + members.joined(separator: ", ") + "}" + (rowIndex + 1 < rows.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }

    static func trailingTrimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Markdown escaping for text that came from inventories.
public enum Markdown {
    /// Escapes a table cell or inline text: `|`, `\`, backticks, `*`, `_`, `<`, `>`, `&`, `[`, `]`; line breaks become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "`": out += "\\`"
            case "*": out += "\\*"
            case "_": out += "\\_"
            case "[": out += "\\["
            case "]": out += "\\]"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// JSON text for the values Estate prints.
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func value(_ cell: Table.Cell) -> String {
        switch cell.value {
        case .text(let text): quoted(text)
        case .integer(let integer): String(integer)
        case .number(let number): number
        case .empty: "null"
        }
    }
}
