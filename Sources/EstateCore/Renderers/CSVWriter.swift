/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled,
/// lines end CRLF as spreadsheets expect.
///
/// With `neutralisesFormulas` (the default for anything Estate reports), a text cell that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is prefixed with `'`, as OWASP's CSV-injection guidance recommends. Cells that are
/// plain numbers (`-12.50`) stay numbers.
public struct CSVWriter: Sendable {
    public var neutralisesFormulas: Bool
    /// Starts the output with a UTF-8 byte-order mark, which some spreadsheet programs need to read UTF-8.
    public var writesByteOrderMark: Bool

    public init(neutralisesFormulas: Bool = true, writesByteOrderMark: Bool = false) {
        self.neutralisesFormulas = neutralisesFormulas
        self.writesByteOrderMark = writesByteOrderMark
    }

    /// The whole table as CSV text, header first.
    public func render(_ table: Table) -> String {
        var out = writesByteOrderMark ? "\u{FEFF}" : ""
        appendRecord(table.columns.map(\.key), to: &out)
        for row in table.rows {
            appendRecord(row.map { cell in cell.isNumeric ? cell.plain : safe(cell.plain) }, to: &out)
        }
        return out
    }

    /// Appends one record (already-plain field texts) and its line ending.
    public func appendRecord(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(",") }
            out.append(Self.quoted(field))
        }
        out.append("\r\n")
    }

    /// The text a spreadsheet cannot run: `'=SUM(A1)` for `=SUM(A1)`.
    public func safe(_ text: String) -> String {
        guard neutralisesFormulas, let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return Self.isPlainNumber(text) ? text : "'" + text
        default:
            return text
        }
    }

    static func quoted(_ field: String) -> String {
        var needsQuotes = false
        for byte in field.utf8
        where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return field }
        var out = "\""
        for character in field.unicodeScalars {
            if character == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(character) }
        }
        out.append("\"")
        return out
    }

    /// `-12`, `+3.5`, `-0.25`: a sign, digits and at most one point, nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var digits = 0
        var points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return false }
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}
