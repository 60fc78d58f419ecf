import CSQLite
import EstateCore

/// Turns stored rows back into the model, column by column in ``Columns`` order, refusing any value this
/// version of Estate does not understand rather than dropping it.
struct RowReader {
    let connection: SQLiteConnection

    /// The snapshot's assets in ingest order (of them, those on `seqs`' side of its `seq`, when given); `expected`
    /// is about how many there are.
    func assets(snapshotID: Int64, seqs: Columns.SeqSide? = nil, expected: Int) throws -> [Asset] {
        let row = try connection.prepare(Columns.select(from: "assets", Columns.asset, seqs: seqs))
        try row.bind(snapshotID, at: 1)
        if let seqs { try row.bind(seqs.seq, at: 2) }
        var assets: [Asset] = []
        assets.reserveCapacity(expected)
        var memo = AssetMemo()
        try row.forEachRow { assets.append(try memo.asset(row)) }
        return assets
    }

    /// The `seq` of the asset at `offset` in the snapshot's ingest order, if there is one.
    func assetSeq(snapshotID: Int64, at offset: Int) throws -> Int64? {
        let row = try connection.prepare(
            "SELECT seq FROM assets WHERE snapshot_id = ?1 ORDER BY seq LIMIT 1 OFFSET ?2")
        try row.bind(snapshotID, at: 1)
        try row.bind(offset, at: 2)
        defer { row.reset() }
        return try row.step() ? row.int64(at: 0) : nil
    }

    /// Reads assets sharing one `String` per distinct text of the columns that repeat (makes, models, sites,
    /// departments, processors, operating systems) and one decoding per vocabulary word.
    struct AssetMemo {
        /// By column index in ``Columns/asset``; only the columns whose values repeat across a register
        /// (manufacturer, model, site, department, OS name and version, processor, TPM, host) use theirs.
        private var texts = [ColumnMemo<String>](repeating: ColumnMemo(), count: Columns.asset.count)
        private var classes = ColumnMemo<AssetClass?>()
        private var hostings = ColumnMemo<AssetHosting?>()
        private var statuses = ColumnMemo<AssetStatus?>()

        /// The asset in the current row; the same value ``RowReader/asset(_:)`` gives.
        mutating func asset(_ row: SQLiteStatement) throws -> Asset {
            Asset(
                id: row.string(at: 1), hostname: row.optionalString(at: 2),
                assetClass: try RowReader.required(row, at: 3, memo: &classes),
                manufacturer: text(row, at: 4), model: text(row, at: 5),
                serial: row.optionalString(at: 6), site: text(row, at: 7),
                department: text(row, at: 8), purchaseDate: try RowReader.date(row, at: 9),
                purchaseCost: row.optionalInt64(at: 10).map(Money.init(pence:)),
                warrantyEnd: try RowReader.date(row, at: 11), osName: text(row, at: 12),
                osVersion: text(row, at: 13), cpu: text(row, at: 14),
                cores: row.optionalInt(at: 15), memoryBytes: row.optionalInt64(at: 16),
                storageBytes: row.optionalInt64(at: 17), tpmVersion: text(row, at: 18),
                lastSeen: try RowReader.date(row, at: 19), hosting: try Self.vocabulary(row, at: 20, memo: &hostings),
                isVirtual: row.optionalBool(at: 21), hostId: text(row, at: 22),
                status: try Self.vocabulary(row, at: 23, memo: &statuses))
        }

        private mutating func text(_ row: SQLiteStatement, at column: Int32) -> String? {
            if row.isNull(at: column) { return nil }
            return texts[Int(column)].value(for: row.bytes(at: column)) {
                String(decoding: $0, as: UTF8.self)
            }
        }

        /// Static: a method of the memo handed one of its own columns' memos inout would copy the whole memo for
        /// every row, to keep the two accesses apart.
        private static func vocabulary<Value: Vocabulary>(
            _ row: SQLiteStatement, at column: Int32, memo: inout ColumnMemo<Value?>
        ) throws -> Value? {
            if row.isNull(at: column) { return nil }
            return try RowReader.required(row, at: column, memo: &memo)
        }
    }

    /// The asset in the current row of a statement that selects ``Columns/asset``.
    static func asset(_ row: SQLiteStatement) throws -> Asset {
        Asset(
            id: row.string(at: 1), hostname: row.optionalString(at: 2),
            assetClass: try required(row, at: 3, as: AssetClass.self),
            manufacturer: row.optionalString(at: 4), model: row.optionalString(at: 5),
            serial: row.optionalString(at: 6), site: row.optionalString(at: 7),
            department: row.optionalString(at: 8), purchaseDate: try date(row, at: 9),
            purchaseCost: row.optionalInt64(at: 10).map(Money.init(pence:)),
            warrantyEnd: try date(row, at: 11), osName: row.optionalString(at: 12),
            osVersion: row.optionalString(at: 13), cpu: row.optionalString(at: 14),
            cores: row.optionalInt(at: 15), memoryBytes: row.optionalInt64(at: 16),
            storageBytes: row.optionalInt64(at: 17), tpmVersion: row.optionalString(at: 18),
            lastSeen: try date(row, at: 19), hosting: try vocabulary(row, at: 20),
            isVirtual: row.optionalBool(at: 21), hostId: row.optionalString(at: 22),
            status: try vocabulary(row, at: 23))
    }

    func systems(snapshotID: Int64, expected: Int) throws -> [System] {
        let assetLinks = try links(table: "system_assets", target: "asset_id", snapshotID: snapshotID)
        let integrations = try links(table: "system_integrations", target: "other_id", snapshotID: snapshotID)
        let row = try connection.prepare(Columns.select(from: "systems", Columns.system))
        try row.bind(snapshotID, at: 1)
        var systems: [System] = []
        systems.reserveCapacity(expected)
        try row.forEachRow {
            let id = row.string(at: 1)
            systems.append(
                System(
                    id: id, name: row.string(at: 2), vendor: row.optionalString(at: 3),
                    product: row.optionalString(at: 4), version: row.optionalString(at: 5),
                    capability: row.optionalString(at: 6), department: row.optionalString(at: 7),
                    users: row.optionalInt(at: 8), hosting: try Self.vocabulary(row, at: 9),
                    client: try Self.vocabulary(row, at: 10), customisation: try Self.vocabulary(row, at: 11),
                    criticality: try Self.vocabulary(row, at: 12), dataClassification: try Self.vocabulary(row, at: 13),
                    integrations: integrations[id] ?? [],
                    annualCost: row.optionalInt64(at: 14).map(Money.init(pence:)),
                    contractEnd: try Self.date(row, at: 15), assetIds: assetLinks[id] ?? [],
                    vendorOffersSaaS: row.optionalBool(at: 16)))
        }
        return systems
    }

    func components(snapshotID: Int64, expected: Int) throws -> [Component] {
        let row = try connection.prepare(Columns.select(from: "components", Columns.component))
        try row.bind(snapshotID, at: 1)
        var components: [Component] = []
        components.reserveCapacity(expected)
        // Products and versions repeat across an estate: share one string for each.
        var subjects = ColumnMemo<Component.Subject?>()
        var kinds = ColumnMemo<ComponentKind?>()
        var products = ColumnMemo<String>()
        var versions = ColumnMemo<String>()
        func shared(_ column: Int32, _ memo: inout ColumnMemo<String>) -> String {
            memo.value(for: row.bytes(at: column)) { String(decoding: $0, as: UTF8.self) }
        }
        try row.forEachRow {
            components.append(
                Component(
                    subject: try Self.required(row, at: 1, memo: &subjects), subjectId: row.string(at: 2),
                    kind: try Self.required(row, at: 3, memo: &kinds), product: shared(4, &products),
                    version: row.isNull(at: 5) ? nil : shared(5, &versions)))
        }
        return components
    }

    /// A link table as system id → targets in position order.
    private func links(table: String, target: String, snapshotID: Int64) throws -> [String: [String]] {
        let row = try connection.prepare(
            "SELECT system_id, \(target) FROM \(table) WHERE snapshot_id = ?1 ORDER BY system_id, position")
        try row.bind(snapshotID, at: 1)
        var links: [String: [String]] = [:]
        try row.forEachRow { links[row.string(at: 0), default: []].append(row.string(at: 1)) }
        return links
    }

    // MARK: Column decoding

    static func date(_ row: SQLiteStatement, at column: Int32) throws -> LocalDate? {
        if row.isNull(at: column) { return nil }
        guard let date = ISODateText.parse(row.bytes(at: column)) else {
            throw unreadable(row, column: column, expected: "a date as yyyy-mm-dd")
        }
        return date
    }

    static func vocabulary<Value: Vocabulary>(_ row: SQLiteStatement, at column: Int32) throws -> Value? {
        if row.isNull(at: column) { return nil }
        return try required(row, at: column, as: Value.self)
    }

    static func required<Value: RawRepresentable<String> & CaseIterable>(
        _ row: SQLiteStatement, at column: Int32, as type: Value.Type
    ) throws -> Value {
        guard let value = Value(rawValue: row.string(at: column)) else {
            let expected = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw unreadable(row, column: column, expected: "one of \(expected)")
        }
        return value
    }

    /// ``required(_:at:as:)``, decoding each distinct word once.
    static func required<Value: RawRepresentable<String> & CaseIterable>(
        _ row: SQLiteStatement, at column: Int32, memo: inout ColumnMemo<Value?>
    ) throws -> Value {
        let value = memo.value(for: row.bytes(at: column)) { Value(rawValue: String(decoding: $0, as: UTF8.self)) }
        guard let value else { return try required(row, at: column, as: Value.self) }
        return value
    }

    /// The error for a stored value the model cannot hold, naming the column, the value and what was expected.
    static func unreadable(_ row: SQLiteStatement, column: Int32, expected: String) -> StoreError {
        let found = row.isNull(at: column) ? "NULL" : "\"\(row.string(at: column))\""
        return row.connection.storeError(
            SQLITE_MISMATCH,
            "column \(row.columnName(at: column)) holds \(found) where this version of Estate expects \(expected); "
                + "the database was written by another version of Estate or changed by hand",
            sql: row.sql)
    }
}
