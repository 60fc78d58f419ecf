import Foundation

/// A small reference CSV read whole: its header, and its rows with their line numbers, cells found by
/// column name, and numbers read strictly, so a damaged cell is named with its file, line and column.
struct CarbonCSVTable {
    let file: String
    let columns: [String: Int]
    let rows: [(line: Int, fields: [String])]

    init(_ data: Data, file: String, required: [String]) throws(CarbonFactorsError) {
        self.file = file
        let records = CSVReader(data: data).records()
        guard let header = records.first else {
            throw CarbonFactorsError(file: file, expected: "a header row", found: "an empty file")
        }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { columns[name] = index }
        for name in required where columns[name] == nil {
            throw CarbonFactorsError(
                file: file, line: header.line, expected: "a column named \(name)",
                found: "columns \(header.fields.joined(separator: ", "))")
        }
        var rows: [(line: Int, fields: [String])] = []
        for record in records.dropFirst() where !record.hasOnlyEmptyFields {
            if let problem = record.problem {
                throw CarbonFactorsError(
                    file: file, line: record.line, expected: "a well-formed row", found: problem.message)
            }
            guard record.fields.count == header.fields.count else {
                throw CarbonFactorsError(
                    file: file, line: record.line, expected: "\(header.fields.count) fields",
                    found: "\(record.fields.count)")
            }
            rows.append((record.line, record.fields))
        }
        self.columns = columns
        self.rows = rows
    }

    func text(_ row: (line: Int, fields: [String]), _ column: String) -> String {
        columns[column].map { row.fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
    }

    func number(_ row: (line: Int, fields: [String]), _ column: String) throws(CarbonFactorsError) -> Double {
        guard let value = try optionalNumber(row, column) else {
            throw CarbonFactorsError(file: file, line: row.line, column: column, expected: "a number", found: "nothing")
        }
        return value
    }

    /// A plain decimal (`0.1508`, `1196.0`, `-3`), or `nil` for an empty cell.
    func optionalNumber(_ row: (line: Int, fields: [String]), _ column: String) throws(CarbonFactorsError) -> Double? {
        let cell = text(row, column)
        if cell.isEmpty { return nil }
        var digits = 0
        var points = 0
        for (index, byte) in cell.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where index == 0: continue
            default: digits = -1_000_000
            }
        }
        guard digits > 0, points <= 1, let value = Double(cell), value.isFinite else {
            throw CarbonFactorsError(
                file: file, line: row.line, column: column, expected: "a number", found: "\"\(cell)\"")
        }
        return value
    }

    func integer(_ row: (line: Int, fields: [String]), _ column: String) throws(CarbonFactorsError) -> Int {
        let cell = text(row, column)
        guard let value = Int(cell) else {
            throw CarbonFactorsError(
                file: file, line: row.line, column: column, expected: "a whole number", found: "\"\(cell)\"")
        }
        return value
    }

    func money(_ row: (line: Int, fields: [String]), _ column: String) throws(CarbonFactorsError) -> Money {
        let cell = text(row, column)
        switch ValueParser.money(cell) {
        case .success(let money): return money
        case .failure(let error):
            throw CarbonFactorsError(
                file: file, line: row.line, column: column, expected: "an amount in pounds", found: error.description)
        }
    }
}
