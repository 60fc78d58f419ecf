import Foundation

/// What the council knows that the vendors' dates do not: negotiated extended support and planned
/// retirements, from `lifecycle-local.csv` in the inventory folder.
///
/// ```csv
/// product,cycle,system_id,extended_support_end,retire_by,note
/// windows,10-22h2-e,,2027-10-12,2027-03-31,Windows 10 ESU year 2 bought; devices replaced by March 2027
/// mssqlserver,11.0,,2027-07-08,,Paid SQL Server 2012 extension (Azure Arc ESU)
/// ,,APP010,,2027-06-30,Legacy CRM decommissioned once Dynamics takes its cases
/// ```
/// A row names a product and cycle (its catalogue slug and cycle, as `estate catalogue match` shows) or a
/// system id. `extended_support_end` replaces the catalogue's extended-support end for that cycle (layer
/// `local`); `retire_by` puts a planned retirement on the roadmap.
public struct LocalLifecycle: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var product: String?
        public var cycle: String?
        public var systemId: String?
        public var extendedSupportEnd: LocalDate?
        public var retireBy: LocalDate?
        public var note: String?
        /// `lifecycle-local.csv:3`.
        public var source: String
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public static let fileName = "lifecycle-local.csv"

    /// Reads the file.
    /// - Throws: ``IngestError`` with the line and column of the first bad cell.
    public static func parse(_ data: Data, file: String) throws -> LocalLifecycle {
        let name = (file as NSString).lastPathComponent
        var header: [String: Int] = [:]
        var entries: [Entry] = []
        var failure: IngestError?
        let columns = ["product", "cycle", "system_id", "extended_support_end", "retire_by", "note"]
        CSVReader(data: data).forEachRecord { record in
            guard failure == nil else { return }
            if header.isEmpty {
                for (index, title) in record.fields.enumerated() { header[HeaderKey.fold(title)] = index }
                if let missing = columns.first(where: { header[HeaderKey.fold($0)] == nil }) {
                    failure = IngestError(
                        file: file, line: record.line,
                        message: "expected the columns \(columns.joined(separator: ",")), missing \(missing)")
                }
                return
            }
            if let problem = record.problem {
                failure = IngestError(file: file, line: record.line, column: problem.column, message: problem.message)
                return
            }
            func cell(_ column: String) -> String? {
                guard let index = header[HeaderKey.fold(column)], index < record.fields.count else { return nil }
                let text = record.fields[index].trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            func date(_ column: String) -> LocalDate? {
                guard let text = cell(column) else { return nil }
                switch ValueParser.date(text) {
                case .success(let date): return date
                case .failure(let error):
                    failure = IngestError(
                        file: file, line: record.line, column: (header[HeaderKey.fold(column)] ?? 0) + 1,
                        message: "\(column): \(error.description)")
                    return nil
                }
            }
            let entry = Entry(
                product: cell("product")?.lowercased(), cycle: cell("cycle")?.lowercased(), systemId: cell("system_id"),
                extendedSupportEnd: date("extended_support_end"), retireBy: date("retire_by"), note: cell("note"),
                source: "\(name):\(record.line)")
            guard failure == nil else { return }
            if entry.systemId == nil && (entry.product == nil || entry.cycle == nil) {
                failure = IngestError(
                    file: file, line: record.line, message: "name a product and cycle, or a system_id, found neither")
            } else if entry.extendedSupportEnd == nil && entry.retireBy == nil {
                failure = IngestError(
                    file: file, line: record.line, message: "give extended_support_end or retire_by, found neither")
            } else {
                entries.append(entry)
            }
        }
        if let failure { throw failure }
        return LocalLifecycle(entries: entries)
    }

    /// The catalogue with this file's extended-support ends laid over the cycles they name (layer `local`).
    /// - Throws: ``IngestError`` for a product or cycle the catalogue does not have.
    public func applied(to catalogue: LifecycleCatalogue) throws -> LifecycleCatalogue {
        var cycles: [LifecycleCycle] = []
        for entry in entries {
            guard let product = entry.product, let name = entry.cycle, let end = entry.extendedSupportEnd else {
                continue
            }
            guard var cycle = catalogue.cycle(name, of: product) else {
                throw IngestError(
                    file: entry.source,
                    message:
                        "no cycle \"\(name)\" of product \"\(product)\" in the catalogue (estate catalogue list \(product))"
                )
            }
            cycle.extendedSupportEnd = .date(end)
            cycle.layer = .local
            cycle.source = entry.source
            cycles.append(cycle)
        }
        guard !cycles.isEmpty else { return catalogue }
        return catalogue.adding(LifecycleEntries(layer: .local, products: [], cycles: cycles, problems: []))
    }
}
