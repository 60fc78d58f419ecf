import Foundation

/// Reads RFC 4180 CSV bytes record by record, reporting malformed records instead of failing the file.
///
/// Council inventories come out of spreadsheets, discovery tools and finance systems, and some rows in a large
/// export are always damaged. The reader keeps going: each record arrives with its fields and, when something is
/// wrong with it, a ``CSVProblem`` that names the field and says what is wrong, so the caller rejects that row
/// and reads the rest.
///
/// What it accepts:
/// - fields separated by commas; a field in double quotes may hold commas, line breaks (LF or CRLF, kept as written)
///   and doubled quotes (`""` for one `"`);
/// - records ending in CRLF, LF or a lone CR, in any mix, and a last record with no line end;
/// - a UTF-8 byte-order mark at the start, which is skipped;
/// - blank lines anywhere, which are skipped and are not records (a line of bare commas *is* a record);
/// - records with more or fewer fields than the header, returned as they are for the caller to report.
///
/// What becomes a problem on the record (the first one found is kept; quoting and size come before encoding):
/// - a quote inside an unquoted field (`stray quote in unquoted field 2; …`);
/// - text between a closing quote and the next comma (`text after the closing quote of field 2; …`);
/// - a quote that is never closed (`unterminated quoted field starting at line 12`): the record then ends at the
///   first line end after that quote and reading carries on from the next line, so one bad quote does not
///   swallow the rest of the file;
/// - a NUL byte, which no inventory text holds (`NUL byte in field 3; the file looks binary or UTF-16: …`);
/// - bytes that are not UTF-8 (`invalid UTF-8 in field 3; …`): the field is repaired with U+FFFD;
/// - a record longer than `maximumRecordBytes` (`record is longer than the limit of 1048576 bytes`): its fields
///   are not read, and reading carries on after the next line end outside quotes.
///
/// ```swift
/// let reader = try CSVReader(contentsOf: URL(filePath: "assets.csv"))
/// try reader.forEachRecord { record in
///     if let problem = record.problem {
///         print("line \(record.line): \(problem.message)")   // reject the row, keep reader.rawText(of: record)
///     } else {
///         print(record.fields)
///     }
/// }
/// ```
///
/// Related RFC: RFC 4180, Common Format and MIME Type for CSV Files <https://www.rfc-editor.org/rfc/rfc4180>
public struct CSVReader: Sendable {
    /// The bytes being read. Open large files memory-mapped (`Data(contentsOf:options: .alwaysMapped)`)
    /// so they are not copied.
    public let data: Data
    /// The longest record, in bytes, whose fields are read; a longer one is reported and skipped.
    public let maximumRecordBytes: Int

    /// Creates a reader over `data`.
    ///
    /// - Parameters:
    ///   - data: The file's bytes; byte offsets in ``CSVRecord/byteRange`` count from its first byte.
    ///   - maximumRecordBytes: The longest record to read, 1 MiB unless given; it also caps ``rawText(of:)``.
    public init(data: Data, maximumRecordBytes: Int = 1 << 20) {
        self.data = data
        self.maximumRecordBytes = max(1, maximumRecordBytes)
    }

    /// Creates a reader over a file, mapped into memory rather than read.
    ///
    /// - Throws: The error from `Data(contentsOf:options:)` when the file cannot be opened.
    public init(contentsOf url: URL, maximumRecordBytes: Int = 1 << 20) throws {
        self.init(data: try Data(contentsOf: url, options: .alwaysMapped), maximumRecordBytes: maximumRecordBytes)
    }

    /// Calls `body` with each record in file order, the header (the first record) included.
    ///
    /// Nothing is thrown for malformed input: problems arrive on the records. To stop early, throw from `body`;
    /// the error is rethrown.
    ///
    /// - Complexity: O(*n*) in the size of the data; memory stays proportional to the longest record.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) rethrows {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            var scanner = CSVScanner(base: base, count: bytes.count, maximumRecordBytes: maximumRecordBytes)
            while let record = scanner.nextRecord() {
                try body(record)
            }
        }
    }

    /// Every record, header first. Convenient for small files; stream large ones with ``forEachRecord(_:)``.
    ///
    /// - Complexity: O(*n*) in the size of the data.
    public func records() -> [CSVRecord] {
        var all: [CSVRecord] = []
        forEachRecord { all.append($0) }
        return all
    }

    /// The record's text exactly as written in the file, for keeping with a rejected row.
    ///
    /// Bytes that are not UTF-8 are replaced with U+FFFD. Text longer than ``maximumRecordBytes`` is cut there
    /// and ends with `…`.
    ///
    /// - Complexity: O(*m*) in the length of the record.
    public func rawText(of record: CSVRecord) -> String {
        data.withUnsafeBytes { raw in
            let lower = min(max(record.byteRange.lowerBound, 0), raw.count)
            let upper = min(max(record.byteRange.upperBound, lower), raw.count)
            let isCut = upper - lower > maximumRecordBytes
            let end = isCut ? lower + maximumRecordBytes : upper
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[lower..<end]), as: UTF8.self)
            return isCut ? text + "…" : text
        }
    }
}
