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
    /// A number already written plainly (`12.5`), with its display text (`12.5%`).
    mutating func number(plain: String, display: String)
    /// Ends the row.
    mutating func endRow()
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
    public mutating func number(plain: String, display: String) {
        row.append(Table.Cell(number: plain, display: display))
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
    public mutating func number(plain: String, display _: String) { appendNumber(plain) }
    public mutating func endRow() { endRecord() }
}
