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

    /// The cell on one line with nothing a terminal would act on: line breaks and tabs become spaces, and other
    /// control characters (an escape sequence hidden in an inventory field, say) become U+FFFD.
    static func singleLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r": break
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(Markdown.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
            previous = scalar
        }
        return out
    }

    static func trailingTrimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Text from inventories made safe to print on a terminal, for messages and notes that quote it.
public enum TerminalText {
    /// `text` on one line, with nothing a terminal would act on: line breaks and tabs become spaces, and other
    /// control characters (NUL, an escape sequence hidden in a header or a cell) become U+FFFD.
    ///
    /// ```swift
    /// TerminalText.inert("PC-1\u{1B}[2J")   // "PC-1\u{FFFD}[2J"
    /// ```
    public static func inert(_ text: String) -> String { Table.singleLine(text) }
}

/// Markdown escaping for text that came from inventories.
public enum Markdown {
    /// Escapes a table cell or inline text: `|`, `\`, backticks, `*`, `_`, `<`, `>`, `&`, `[`, `]`; line breaks
    /// and tabs become spaces, and other control characters (NUL, escape sequences) become U+FFFD.
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
            default: out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// Whether the scalar is a C0 or C1 control character or DEL, which no report should pass through.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
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
        case .number(let number): isNumber(number) ? number : quoted(number)
        case .empty: "null"
        }
    }

    /// Whether the text is a JSON number as RFC 8259 writes one (`-12.5`, `0.25`, `1.5e-05`), so it can go out
    /// unquoted; anything else in a number cell is written as a string, so it can never break the JSON.
    static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let first = bytes.first
        let integerDigits = digits()
        guard integerDigits > 0, first != UInt8(ascii: "0") || integerDigits == 1 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
