/// How Estate reads another tool's CSV export through its own CSV path: a header mapping onto asset fields,
/// the fields read straight from columns, and value translations worked out from each row's cells.
///
/// Every field not in ``readFields`` is left empty unless ``derive`` supplies it, so a column that happens
/// to share a name with an Estate field (RVTools' `Host`, Snipe-IT's `Warranty` in months) never
/// misreads. Rejects carry the file's line and the column at fault, as for any register.
struct CSVProfile: Sendable {
    /// What a row gives besides the asset fields.
    struct Derived: Sendable {
        var fields: [AssetField: String] = [:]
        var macAddresses: [String] = []
        var components: [(ComponentKind, String, String?)] = []
        /// Why the row is not a machine (a VM template), so it is counted in a note rather than stored.
        var skipReason: String?
        /// Keep the asset id only when the source has real asset tags; otherwise the merge names the asset.
        var explicitId: String?
    }

    var name: String
    var mapping: HeaderMapping
    var readFields: Set<AssetField>
    var derive: @Sendable (CSVRow) -> Derived

    /// Builds the asset of one row, or `nil` with the problems in `cells`.
    func build(_ cells: inout FieldReader<AssetField>, row: CSVRow) -> (Asset, Derived)? {
        let derived = derive(row)
        for field in AssetField.allCases where !readFields.contains(field) { cells.supplied[field] = "" }
        for (field, value) in derived.fields { cells.supplied[field] = value }
        guard let asset = RecordBuilders.asset(&cells) else { return nil }
        return (asset, derived)
    }

    /// Reads a whole export into host records: one per row that describes a machine.
    func readHosts(_ file: InputFile) throws -> ImportBatch {
        var batch = ImportBatch()
        var columns: CSVRow.Columns?
        var skipped: [String: Int] = [:]
        _ = try IngestSession.readCSV(file, progress: nil, mapping: mapping) {
            (cells: inout FieldReader<AssetField>) -> (Asset, Derived)? in
            let index = columns ?? CSVRow.Columns(cells.layout.headers)
            columns = index
            return build(&cells, row: CSVRow(columns: index, values: cells.values))
        } handle: { item in
            switch item {
            case .record(let (asset, derived), let line, _):
                if let reason = derived.skipReason {
                    skipped[reason, default: 0] += 1
                    return
                }
                var record = HostRecord(asset: asset, macAddresses: derived.macAddresses, line: line)
                record.asset.id = derived.explicitId ?? ""
                for (kind, product, version) in derived.components { record.install(kind, product, version: version) }
                batch.hosts.append(record)
            case .reject(let reject):
                batch.rejects.append(reject)
            }
        }
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) {
            batch.notes.append("\(count) rows left out: \(reason)")
        }
        return batch
    }
}

/// One row of an export, read by header name.
struct CSVRow {
    /// Column positions by folded header; the first column of a name wins.
    struct Columns: Sendable {
        var index: [String: Int] = [:]

        init(_ headers: [String]) {
            for (position, header) in headers.enumerated() {
                let key = HeaderKey.fold(header)
                if index[key] == nil { index[key] = position }
            }
        }
    }

    let columns: Columns
    let values: [String]

    /// The trimmed text of the first of `headers` the file has and fills; `nil` for blanks and placeholders.
    func value(_ headers: String...) -> String? {
        for header in headers {
            guard let position = columns.index[HeaderKey.fold(header)], position < values.count else { continue }
            if let text = HostIdentity.clean(values[position]) { return text }
        }
        return nil
    }

    /// Whether the file has a column of this name.
    func has(_ header: String) -> Bool { columns.index[HeaderKey.fold(header)] != nil }
}
