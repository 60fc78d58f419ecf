import Foundation

/// A lifecycle CSV file read into header-named rows, with every malformed record reported.
///
/// Shared by the shipped catalogue files and councils' own lifecycle files, which use the same columns.
struct LifecycleCSVTable {
    /// One well-formed record: its line and its fields by column name.
    struct Row {
        var line: Int
        var fields: [String]
        let columns: [String: Int]

        /// The trimmed text of `column`, or `nil` when the file has no such column or the cell is empty.
        func text(_ column: String) -> String? {
            guard let index = columns[column], index < fields.count else { return nil }
            let value = fields[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }

        /// The 1-based field number of `column`.
        func fieldNumber(_ column: String) -> Int { (columns[column] ?? 0) + 1 }
    }

    let file: String
    let header: [String]
    let columns: [String: Int]
    var rows: [Row] = []
    var problems: [LifecycleError] = []

    /// Reads `data`, requiring the `required` columns and reporting any column outside `known`.
    ///
    /// - Throws: ``LifecycleError`` when the file is empty or lacks a required column: nothing in it can be used.
    init(data: Data, file: String, required: [String], known: Set<String>) throws {
        self.file = file
        let records = CSVReader(data: data).records()
        guard let first = records.first else {
            throw LifecycleError(
                file: file, location: .file, expected: "a header row naming the columns", found: "an empty file")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() where columns[name] == nil {
            columns[name] = index
        }
        self.columns = columns
        for name in required where columns[name] == nil {
            throw LifecycleError(
                file: file, location: .csvRecord(line: first.line),
                expected: "a column named \(name) (columns: \(required.joined(separator: ", ")) are required)",
                found: "the header " + LifecycleError.quoted(first.fields.joined(separator: ",")))
        }
        for (index, name) in header.enumerated() where !known.contains(name) {
            problems.append(
                LifecycleError(
                    file: file, location: .csv(line: first.line, field: index + 1, column: name),
                    expected: "one of the columns " + known.sorted().joined(separator: ", "),
                    found: LifecycleError.quoted(name), hint: "the column is ignored"))
        }
        for record in records.dropFirst() where !record.hasOnlyEmptyFields {
            if let problem = record.problem {
                problems.append(
                    LifecycleError(
                        file: file, location: .csvRecord(line: record.line), expected: "a well-formed CSV record",
                        found: "a malformed one", hint: problem.message))
                continue
            }
            if record.fields.count != header.count {
                problems.append(
                    LifecycleError(
                        file: file, location: .csvRecord(line: record.line),
                        expected: "\(header.count) fields, as in the header",
                        found: "\(record.fields.count) fields"))
                continue
            }
            rows.append(Row(line: record.line, fields: record.fields, columns: columns))
        }
    }

    /// An error about one field of `row`.
    func error(_ row: Row, _ column: String, expected: String, found: String, hint: String? = nil) -> LifecycleError {
        LifecycleError(
            file: file, location: .csv(line: row.line, field: row.fieldNumber(column), column: column),
            expected: expected, found: LifecycleError.quoted(found), hint: hint)
    }

    /// A space-separated list cell (`tags`, `aliases`, `purls`, `cpes`).
    static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).map(String.init)
    }
}
