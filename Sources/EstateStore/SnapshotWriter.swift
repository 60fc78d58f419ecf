import CSQLite
import EstateCore

/// Streams one snapshot's sources, records and rejects into the store, inside the transaction that
/// ``EstateDatabase/writeSnapshot(takenOn:organisation:appendingToLatest:_:)`` opened.
///
/// It is ingest's real ``IngestSink``: each call binds the values to a statement prepared once and steps it,
/// so a million assets stream in without being held in memory. A record names the source it came from with the
/// handle ``beginSource(path:format:checksum:)`` returned.
///
/// The writer works only while its `writeSnapshot` body runs; afterwards every call throws.
public struct SnapshotWriter: IngestSink {
    let statements: SnapshotStatements

    /// The id of the snapshot being written.
    public var snapshotID: Int64 { statements.snapshotID }

    /// Whether the records go into an existing snapshot, replacing any asset or system with the same id.
    public var isAppending: Bool { statements.isAppending }

    init(statements: SnapshotStatements) {
        self.statements = statements
    }

    /// Records a source of this snapshot; returns its handle for the records read from it.
    public mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64 {
        let store = try statements.open()
        try store.insertSource.bind(path, at: 2)
        try store.insertSource.bind(format, at: 3)
        try store.insertSource.bind(checksum, at: 4)
        try store.insertSource.run()
        let handle = store.connection.lastInsertRowID
        store.sourceHandles.insert(handle)
        return handle
    }

    /// Records how many records of the source were accepted and rejected.
    public mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws {
        let store = try statements.open(source: source)
        try store.finishSource.bind(source, at: 1)
        try store.finishSource.bind(accepted, at: 2)
        try store.finishSource.bind(rejected, at: 3)
        try store.finishSource.run()
    }

    /// Stores an asset. When appending, an asset with the same id replaces the stored one (keeping its
    /// place in order) and the components earlier writes gave it are removed.
    public mutating func add(_ asset: Asset, source: Int64, line: Int) throws {
        let store = try statements.open(source: source)
        let insert = store.insertAsset
        try Self.bind(asset, to: insert)
        try insert.bind(source, at: 25)
        try insert.bind(line, at: 26)
        try store.run(insert, recordKind: "asset", id: asset.id, line: line)
        if store.isAppending {
            try store.forgetEarlierComponents(of: .asset, id: asset.id)
            try store.merging().forgetEarlierProvenance(of: asset.id)
        }
    }

    /// Stores an asset unless one of this write's sources already gave its id; then stores nothing and returns
    /// where that one was read from.
    ///
    /// The unique index on `(snapshot_id, id)` finds the repeat, so the caller keeps no table of ids. When
    /// appending, an asset an earlier write stored is replaced, as `add(_:source:line:)` does.
    public mutating func addUnlessDuplicate(_ asset: Asset, source: Int64, line: Int) throws -> RecordOrigin? {
        let store = try statements.open(source: source)
        if store.isAppending, let first = try origin(ofAsset: asset.id) { return first }
        let insert = store.insertAsset
        try Self.bind(asset, to: insert)
        try insert.bind(source, at: 25)
        try insert.bind(line, at: 26)
        do {
            try insert.run()
        } catch let error as StoreError where error.resultCode == sqliteConstraintUnique {
            guard let first = try origin(ofAsset: asset.id) else { throw error }
            return first
        }
        if store.isAppending {
            try store.forgetEarlierComponents(of: .asset, id: asset.id)
            try store.merging().forgetEarlierProvenance(of: asset.id)
        }
        return nil
    }

    /// The source and line of the asset with `id` that one of this write's sources gave; `nil` when none did
    /// (an asset an earlier write stored does not count).
    public mutating func origin(ofAsset id: String) throws -> RecordOrigin? {
        let store = try statements.open()
        let select = store.selectOrigin
        defer { select.reset() }
        try select.bind(id, at: 2)
        try select.bind(store.sourceHandles.min() ?? Int64.max, at: 3)
        guard try select.step() else { return nil }
        return RecordOrigin(source: select.int64(at: 0), line: select.optionalInt(at: 1) ?? 0)
    }

    /// Records the checksum of a source's file, when it was worked out while the file was being read.
    public mutating func setChecksum(_ checksum: String, ofSource source: Int64) throws {
        let store = try statements.open(source: source)
        try store.updateChecksum.bind(source, at: 1)
        try store.updateChecksum.bind(checksum, at: 2)
        try store.updateChecksum.run()
    }

    /// Binds an asset's id and fields to parameters 2 to 24, in ``Columns/asset`` order.
    static func bind(_ asset: Asset, to insert: SQLiteStatement) throws {
        try insert.bind(asset.id, at: 2)
        try insert.bind(asset.hostname, at: 3)
        try insert.bind(asset.assetClass, at: 4)
        try insert.bind(asset.manufacturer, at: 5)
        try insert.bind(asset.model, at: 6)
        try insert.bind(asset.serial, at: 7)
        try insert.bind(asset.site, at: 8)
        try insert.bind(asset.department, at: 9)
        try insert.bind(asset.purchaseDate, at: 10)
        try insert.bind(asset.purchaseCost, at: 11)
        try insert.bind(asset.warrantyEnd, at: 12)
        try insert.bind(asset.osName, at: 13)
        try insert.bind(asset.osVersion, at: 14)
        try insert.bind(asset.cpu, at: 15)
        try insert.bind(asset.cores, at: 16)
        try insert.bind(asset.memoryBytes, at: 17)
        try insert.bind(asset.storageBytes, at: 18)
        try insert.bind(asset.tpmVersion, at: 19)
        try insert.bind(asset.lastSeen, at: 20)
        try insert.bind(asset.hosting, at: 21)
        try insert.bind(asset.isVirtual, at: 22)
        try insert.bind(asset.hostId, at: 23)
        try insert.bind(asset.status, at: 24)
    }

    /// Stores a system with the assets it runs on and the systems it integrates with, in their order.
    /// When appending, a system with the same id replaces the stored one, with its links and components.
    public mutating func add(_ system: System, source: Int64, line: Int) throws {
        let store = try statements.open(source: source)
        let insert = store.insertSystem
        try insert.bind(system.id, at: 2)
        try insert.bind(system.name, at: 3)
        try insert.bind(system.vendor, at: 4)
        try insert.bind(system.product, at: 5)
        try insert.bind(system.version, at: 6)
        try insert.bind(system.capability, at: 7)
        try insert.bind(system.department, at: 8)
        try insert.bind(system.users, at: 9)
        try insert.bind(system.hosting, at: 10)
        try insert.bind(system.client, at: 11)
        try insert.bind(system.customisation, at: 12)
        try insert.bind(system.criticality, at: 13)
        try insert.bind(system.dataClassification, at: 14)
        try insert.bind(system.annualCost, at: 15)
        try insert.bind(system.contractEnd, at: 16)
        try insert.bind(system.vendorOffersSaaS, at: 17)
        try insert.bind(source, at: 18)
        try insert.bind(line, at: 19)
        try store.run(insert, recordKind: "system", id: system.id, line: line)
        if store.isAppending {
            try store.forgetLinks(ofSystem: system.id)
            try store.forgetEarlierComponents(of: .system, id: system.id)
        }
        try store.link(system.id, to: system.assetIds, with: store.insertSystemAsset)
        try store.link(system.id, to: system.integrations, with: store.insertIntegration)
    }

    /// Stores a component of an asset or system.
    public mutating func add(_ component: Component, source: Int64, line: Int) throws {
        let store = try statements.open(source: source)
        let insert = store.insertComponent
        try insert.bind(component.subject, at: 2)
        try insert.bind(component.subjectId, at: 3)
        try insert.bind(component.kind, at: 4)
        try insert.bind(component.product, at: 5)
        try insert.bind(component.version, at: 6)
        try insert.bind(source, at: 7)
        try insert.bind(line, at: 8)
        try insert.run()
    }

    /// Stores a record the source could not give, with where it was and why.
    public mutating func add(_ reject: Reject, source: Int64) throws {
        let store = try statements.open(source: source)
        let insert = store.insertReject
        try insert.bind(source, at: 2)
        try insert.bind(reject.file, at: 3)
        try insert.bind(reject.line, at: 4)
        try insert.bind(reject.column, at: 5)
        try insert.bind(reject.field, at: 6)
        try insert.bind(reject.reason, at: 7)
        try insert.bind(reject.raw, at: 8)
        try insert.run()
    }
}

/// The prepared statements and state of one snapshot write, shared by every copy of its ``SnapshotWriter``.
final class SnapshotStatements {
    let connection: SQLiteConnection
    let snapshotID: Int64
    let isAppending: Bool
    /// Set when the write's transaction ends; the writer then refuses every call.
    var isOpen = true
    /// The sources this write began; records must name one of them.
    var sourceHandles: Set<Int64> = []
    /// The last source a record named that was found in `sourceHandles`.
    var lastCheckedSource: Int64?
    /// The last component `seq` before this write began: appended components have larger ones.
    let lastComponentBeforeWrite: Int64
    /// The statements merges use, prepared the first time a write needs them.
    var mergeStatements: MergeStatements?

    let insertSource: SQLiteStatement
    let finishSource: SQLiteStatement
    let updateChecksum: SQLiteStatement
    let selectOrigin: SQLiteStatement
    let insertAsset: SQLiteStatement
    let insertSystem: SQLiteStatement
    let insertSystemAsset: SQLiteStatement
    let insertIntegration: SQLiteStatement
    let insertComponent: SQLiteStatement
    let insertReject: SQLiteStatement
    let deleteSystemAssets: SQLiteStatement
    let deleteIntegrations: SQLiteStatement
    let deleteEarlierComponents: SQLiteStatement

    /// Prepares every statement and binds the snapshot id, which bindings keep across resets.
    init(connection: SQLiteConnection, snapshotID: Int64, isAppending: Bool) throws {
        self.connection = connection
        self.snapshotID = snapshotID
        self.isAppending = isAppending
        let lastComponent = try connection.prepare("SELECT coalesce(max(seq), 0) FROM components")
        lastComponentBeforeWrite = try lastComponent.step() ? lastComponent.int64(at: 0) : 0
        lastComponent.reset()

        insertSource = try connection.prepare(
            "INSERT INTO sources (snapshot_id, path, format, checksum) VALUES (?1, ?2, ?3, ?4)")
        finishSource = try connection.prepare(
            "UPDATE sources SET accepted = ?2, rejected = ?3 WHERE id = ?1")
        updateChecksum = try connection.prepare("UPDATE sources SET checksum = ?2 WHERE id = ?1")
        selectOrigin = try connection.prepare(
            "SELECT source_id, line FROM assets WHERE snapshot_id = ?1 AND id = ?2 AND source_id >= ?3")
        insertAsset = try connection.prepare(
            isAppending ? Columns.upsert(into: "assets", Columns.asset) : Columns.insert(into: "assets", Columns.asset))
        insertSystem = try connection.prepare(
            isAppending
                ? Columns.upsert(into: "systems", Columns.system) : Columns.insert(into: "systems", Columns.system))
        insertSystemAsset = try connection.prepare(
            "INSERT INTO system_assets (snapshot_id, system_id, asset_id, position) VALUES (?1, ?2, ?3, ?4)")
        insertIntegration = try connection.prepare(
            "INSERT INTO system_integrations (snapshot_id, system_id, other_id, position) VALUES (?1, ?2, ?3, ?4)")
        insertComponent = try connection.prepare(Columns.insert(into: "components", Columns.component))
        insertReject = try connection.prepare(Columns.insert(into: "rejects", Columns.reject))
        deleteSystemAssets = try connection.prepare(
            "DELETE FROM system_assets WHERE snapshot_id = ?1 AND system_id = ?2")
        deleteIntegrations = try connection.prepare(
            "DELETE FROM system_integrations WHERE snapshot_id = ?1 AND system_id = ?2")
        deleteEarlierComponents = try connection.prepare(
            "DELETE FROM components WHERE snapshot_id = ?1 AND subject = ?2 AND subject_id = ?3 AND seq <= ?4")

        for statement in [
            insertSource, selectOrigin, insertAsset, insertSystem, insertSystemAsset, insertIntegration,
            insertComponent, insertReject, deleteSystemAssets, deleteIntegrations, deleteEarlierComponents,
        ] {
            try statement.bind(snapshotID, at: 1)
        }
        try deleteEarlierComponents.bind(lastComponentBeforeWrite, at: 4)
    }

    /// `self`, while the write is open.
    func open() throws -> SnapshotStatements {
        guard isOpen else {
            throw connection.storeError(
                SQLITE_MISUSE, "the snapshot writer was used after its writeSnapshot call had finished")
        }
        return self
    }

    /// `self`, while the write is open and `source` is one of its sources.
    func open(source: Int64) throws -> SnapshotStatements {
        let store = try open()
        // A register's million records name the same source: check the set once per run of them.
        if source == lastCheckedSource { return store }
        guard sourceHandles.contains(source) else {
            throw connection.storeError(
                SQLITE_MISUSE,
                "a record names source \(source), which this snapshot write did not begin with beginSource")
        }
        lastCheckedSource = source
        return store
    }

    /// Runs an asset or system insert, explaining a duplicate id in the user's terms.
    func run(_ insert: SQLiteStatement, recordKind: String, id: String, line: Int) throws {
        do {
            try insert.run()
        } catch let error as StoreError where error.resultCode == sqliteConstraintUnique {
            var duplicate = error
            duplicate.reason =
                "\(recordKind) id \"\(id)\" (line \(line)) is already in this snapshot; each \(recordKind) id "
                + "must appear once (append to the latest snapshot to replace a \(recordKind))"
            throw duplicate
        }
    }

    /// Removes a system's asset and integration links, before a re-sent system writes its own.
    func forgetLinks(ofSystem id: String) throws {
        try deleteSystemAssets.bind(id, at: 2)
        try deleteSystemAssets.run()
        try deleteIntegrations.bind(id, at: 2)
        try deleteIntegrations.run()
    }

    /// Removes the components that earlier writes gave a re-sent asset or system (this write's stay).
    func forgetEarlierComponents(of subject: Component.Subject, id: String) throws {
        try deleteEarlierComponents.bind(subject, at: 2)
        try deleteEarlierComponents.bind(id, at: 3)
        try deleteEarlierComponents.run()
    }

    /// Writes the links from `systemID` to `targets`, numbered in order from 0.
    func link(_ systemID: String, to targets: [String], with insert: SQLiteStatement) throws {
        guard !targets.isEmpty else { return }
        try insert.bind(systemID, at: 2)
        for (position, target) in targets.enumerated() {
            try insert.bind(target, at: 3)
            try insert.bind(position, at: 4)
            try insert.run()
        }
    }
}

@available(*, unavailable)
extension SnapshotStatements: Sendable {}

@available(*, unavailable)
extension SnapshotWriter: Sendable {}
