/// Where a table's rows go, cell by cell: into a ``Table`` (for Markdown, the terminal and JSON), or straight
/// into ``CSVText`` (for a report's CSV of a million rows, which then never holds a cell per value).
///
/// A table with one row per asset or finding is written once, as a function of a sink, and both shapes come
/// from it:
///
/// ```swift
/// static func rows(_ analysis: DebtAnalysis, into sink: inout some TableRows) { … sink.text(item.name) … }
/// ```
public protocol TableRows {
    /// A text cell; nil or empty is an empty cell.
    mutating func text(_ value: String?)
    /// A whole-number cell; nil is an empty cell.
    mutating func integer(_ value: Int?)
    /// An amount of money, written in pounds and pence; nil is an empty cell.
    mutating func money(_ value: Money?)
    /// A date, `yyyy-mm-dd`; nil is an empty cell.
    mutating func date(_ value: LocalDate?)
    /// A number already written plainly (`12.5`), with its display text (`12.5%`), written only where it shows.
    mutating func number(plain: String, display: @autoclosure () -> String)
    /// A text cell written in pieces, as one string of them would be written (`interest` lines joined by `; `,
    /// policy keys by spaces, on a million rows); empty is an empty cell. CSV text takes the pieces straight into
    /// its bytes, with no string made for the cell; a table builds the cell's string.
    mutating func text(composing compose: (inout FieldText) -> Void)
    /// Ends the row.
    mutating func endRow()
}

/// The text of one cell, built piece by piece as UTF-8 bytes; see ``TableRows/text(composing:)``.
public struct FieldText {
    var bytes: [UInt8] = []

    /// Appends `text`.
    public mutating func append(_ text: String) {
        var text = text
        // A native string's UTF-8 is contiguous already (this does nothing); a bridged one's is made so.
        text.makeContiguousUTF8()
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends the pieces with `separator` between them, as `pieces.joined(separator:)` would.
    public mutating func append(joining pieces: [String], separator: String) {
        for index in pieces.indices {
            if index > 0 { append(separator) }
            append(pieces[index])
        }
    }

    /// The text built.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension TableRows {
    /// Builds the text, then writes it as a text cell.
    public mutating func text(composing compose: (inout FieldText) -> Void) {
        var field = FieldText()
        compose(&field)
        text(field.text)
    }
}

/// Builds a ``Table`` row by row from a ``TableRows`` writer.
public struct TableBuilder: TableRows {
    /// The table built so far.
    public private(set) var table: Table
    private var row: [Table.Cell] = []

    /// Starts a table with `columns` and no rows.
    public init(columns: [Table.Column]) {
        table = Table(columns: columns)
        row.reserveCapacity(columns.count)
    }

    public mutating func text(_ value: String?) { row.append(Table.Cell(value)) }
    public mutating func integer(_ value: Int?) { row.append(Table.Cell(value)) }
    public mutating func money(_ value: Money?) { row.append(Table.Cell(value)) }
    public mutating func date(_ value: LocalDate?) { row.append(Table.Cell(value)) }
    public mutating func number(plain: String, display: @autoclosure () -> String) {
        row.append(Table.Cell(number: plain, display: display()))
    }
    public mutating func endRow() {
        table.append(row)
        row.removeAll(keepingCapacity: true)
    }
}

extension CSVText: TableRows {
    public mutating func text(_ value: String?) { append(value) }
    public mutating func integer(_ value: Int?) {
        if let value { append(value) } else { append(nil as String?) }
    }
    public mutating func money(_ value: Money?) {
        if let value { append(value) } else { append(nil as String?) }
    }
    public mutating func date(_ value: LocalDate?) { append(value) }
    public mutating func number(plain: String, display _: @autoclosure () -> String) { appendNumber(plain) }
    public mutating func text(composing compose: (inout FieldText) -> Void) { appendField(composing: compose) }
    public mutating func endRow() { endRecord() }
}
