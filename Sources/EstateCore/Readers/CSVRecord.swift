/// One record of a CSV file as ``CSVReader`` read it: its fields, where it came from, and what was wrong with it.
///
/// A malformed record is still a record: the reader attaches a ``CSVProblem`` and carries on with the next one,
/// so ingest can reject that one row (keeping its raw text, see ``CSVReader/rawText(of:)``) and read the rest
/// of the file.
///
/// ```swift
/// // Line 7 of a register is `A-0042,"Dell, Inc.",OptiPlex 7010`
/// record.line      // 7
/// record.fields    // ["A-0042", "Dell, Inc.", "OptiPlex 7010"]
/// record.problem   // nil
/// ```
public struct CSVRecord: Sendable, Hashable {
    /// The 1-based physical line on which the record starts. A quoted field with line breaks makes a record
    /// span several lines; the next record's `line` counts them.
    public var line: Int
    /// The field texts, quotes removed and doubled quotes undone, in file order.
    ///
    /// A ragged record keeps exactly the fields it has: the reader neither pads nor cuts it to the header's length.
    /// A field with a quoting problem is kept exactly as written, quotes included. A record over the size limit
    /// has no fields.
    public var fields: [String]
    /// What was malformed about the record, or `nil` when it is well-formed.
    public var problem: CSVProblem?
    /// Offsets of the record's bytes in the reader's data, without the line end (and without a leading byte-order mark).
    public var byteRange: Range<Int>

    /// Creates a record.
    public init(line: Int, fields: [String], problem: CSVProblem? = nil, byteRange: Range<Int>) {
        self.line = line
        self.fields = fields
        self.problem = problem
        self.byteRange = byteRange
    }

    /// Whether every field is empty, as in the `,,,,` rows that spreadsheets leave below a table.
    /// Entirely blank lines are never records; rows of bare commas are, and the caller decides.
    public var hasOnlyEmptyFields: Bool {
        fields.allSatisfy(\.isEmpty)
    }
}

/// Something malformed in one CSV record, reported instead of failing the whole file.
///
/// ```swift
/// CSVProblem(column: 3, message: "invalid UTF-8 in field 3; save the file as UTF-8 (in Excel: CSV UTF-8)")
/// ```
public struct CSVProblem: Sendable, Hashable {
    /// The 1-based field number where the problem is, or `nil` when it concerns the whole record.
    public var column: Int?
    /// What is wrong and, where there is one, how to fix it.
    public var message: String

    /// Creates a problem.
    public init(column: Int?, message: String) {
        self.column = column
        self.message = message
    }
}
