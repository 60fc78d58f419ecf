/// Reads one record's cells as typed values, collecting a precise problem for each cell that
/// does not parse, so a bad row is rejected with every fault named at once.
struct FieldReader<Field: InventoryField> {
    let layout: FieldLayout<Field>
    let values: [String]
    /// 1-based column of each value for messages (CSV field number, or JSON column).
    let columns: [Int]?
    /// 1-based line of each value, where values sit on lines of their own (JSON).
    let lines: [Int]?
    private(set) var problems: [FieldProblem] = []
    /// Values an importer worked out for fields (a class from a model name, a unit added to a bare number):
    /// they take the place of the column's text, or stand in for a column the file lacks.
    var supplied: [Field: String] = [:]

    init(layout: FieldLayout<Field>, values: [String], columns: [Int]? = nil, lines: [Int]? = nil) {
        self.layout = layout
        self.values = values
        self.columns = columns
        self.lines = lines
    }

    /// The trimmed text of a field, `nil` when the column is absent or the cell is blank.
    func text(_ field: Field) -> String? {
        if !supplied.isEmpty, let value = supplied[field] {
            let trimmed = Self.trimmed(value)
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let index = layout.column(of: field), index < values.count else { return nil }
        let trimmed = Self.trimmed(values[index])
        return trimmed.isEmpty ? nil : trimmed
    }

    mutating func required(_ field: Field) -> String? {
        guard let value = text(field) else {
            report(field, "a value is required here, found nothing")
            return nil
        }
        return value
    }

    mutating func date(_ field: Field) -> LocalDate? { parse(field, ValueParser.date) }
    mutating func money(_ field: Field) -> Money? { parse(field, ValueParser.money) }
    mutating func bool(_ field: Field) -> Bool? { parse(field, ValueParser.bool) }
    mutating func integer(_ field: Field) -> Int? { parse(field, ValueParser.integer) }

    mutating func size(_ field: Field, convention: SizeConvention) -> Int64? {
        let unit = layout.unit[field]
        return parse(field) { ValueParser.size($0, convention: convention, defaultUnit: unit) }
    }

    mutating func word<V: Vocabulary>(_ field: Field, as _: V.Type) -> V? {
        guard let text = text(field) else { return nil }
        guard let value = layout.words.value(text, as: V.self) else {
            report(field, "expected one of \(V.expectedList), found \"\(text)\"")
            return nil
        }
        return value
    }

    /// A list cell (`SRV01; SRV02`), split on `;`, `|` or `,`.
    func list(_ field: Field) -> [String] {
        guard let text = text(field) else { return [] }
        return text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," || $0 == "\n" })
            .map { Self.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    mutating func parse<T>(_ field: Field, _ parser: (String) -> Result<T, ValueError>) -> T? {
        guard let text = text(field) else { return nil }
        switch parser(text) {
        case .success(let value): return value
        case .failure(let error):
            report(field, error.description)
            return nil
        }
    }

    mutating func report(_ field: Field, _ message: String) {
        let index = layout.column(of: field)
        let header = index.map { layout.headers[$0] } ?? field.rawValue
        let column = index.map { columns?[$0] ?? $0 + 1 }
        let line = index.flatMap { lines?[$0] }
        problems.append(FieldProblem(line: line, column: column, header: header, message: message))
    }

    static func trimmed(_ text: String) -> String {
        // Almost every cell starts and ends with a printable ASCII character: nothing to trim, no lookup of
        // Unicode properties.
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        // Each end is looked up in Unicode only when it is not ASCII (`£120.00`, `Café`).
        let startsClean = first > 0x20 && first < 0x7F
        let endsClean = last > 0x20 && last < 0x7F
        if startsClean && endsClean { return text }
        let scalars = text.unicodeScalars
        if (startsClean || first >= 0x80 && scalars.first?.properties.isWhitespace == false)
            && (endsClean || last >= 0x80 && scalars.last?.properties.isWhitespace == false)
        {
            return text
        }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[start...end])
    }
}

/// One cell that could not be read.
struct FieldProblem: Sendable, Hashable {
    /// The value's own line, when it is not the record's (JSON).
    var line: Int? = nil
    var column: Int?
    var header: String
    var message: String
}

extension Array where Element == FieldProblem {
    /// One reject for a record, naming every faulty cell; located at the first.
    func reject(file: String, line recordLine: Int, raw: String) -> Reject {
        let line = first?.line ?? recordLine
        guard let first else { return Reject(file: file, line: line, reason: "unreadable record", raw: raw) }
        if count == 1 {
            return Reject(
                file: file, line: line, column: first.column, field: first.header, reason: first.message, raw: raw)
        }
        let reason = map { problem in
            let place = problem.column.map { " (column \($0))" } ?? ""
            return "\(problem.header)\(place): \(problem.message)"
        }.joined(separator: "; ")
        return Reject(file: file, line: line, column: first.column, field: nil, reason: reason, raw: raw)
    }
}
