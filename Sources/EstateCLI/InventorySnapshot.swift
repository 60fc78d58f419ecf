import EstateCore
import EstateStore
import Foundation

/// What every view works from: the organisation's policy, the database and its latest snapshot, ingesting
/// the inventory folders first when the database holds no snapshot of their current content.
///
/// The organisation is `--org NAME` (a folder under `organisations/` whose policy names it), else the one the
/// inventory folder's own `policy.json` names.
struct InventorySnapshot {
    var common: CommonOptions
    var policy: Policy
    var database: EstateDatabase
    var snapshot: Snapshot
    var estate: Estate
    /// The inventory's folders, and the one whose policy and local lifecycle apply.
    var layout: InventoryLayout
    var folder: InventoryLayout.Folder
    /// Catalogues and carbon factors, read once for the run.
    var reference: ReferenceData

    /// Opens the database, ingests any inventory folder that changed, and loads the organisation's latest
    /// snapshot.
    static func load(_ common: CommonOptions, console: Console) throws -> InventorySnapshot {
        let database = try EstateDatabase(path: common.database)
        let layout = try inventoryLayout(common: common, database: database)
        let folder = try layout?.current(organisation: common.organisation)
        let policy = try folder?.policy ?? InventoryFiles.policy(in: common.inventory)
        let organisation = folder == nil ? common.organisation : policy.organisation
        // The snapshot used when the files have not changed is read meanwhile; a changed file stops that read.
        let latest = try latestSnapshot(in: database, organisation: organisation)
        let prefetch = latest.map { SnapshotPrefetch(database: common.database, snapshotID: $0.id) }
        let ingested =
            try layout.map { layout in
                try ingestChangedFolders(
                    of: layout, common: common, database: database, console: console,
                    beforeIngesting: { prefetch?.cancel() })
            } ?? false
        // Only an ingest can have added a newer snapshot.
        guard let snapshot = ingested ? try latestSnapshot(in: database, organisation: organisation) : latest else {
            throw IngestError(
                file: common.database,
                message: organisation.map { "the database holds no snapshot of \($0); run estate ingest --org first" }
                    ?? "the database holds no snapshot; run estate ingest first")
        }
        let resolved =
            layout
            ?? InventoryLayout(folders: [
                .init(path: common.inventory, policyFolder: common.inventory, policy: policy, takenOn: nil)
            ])
        let estate = try prefetch?.estate(of: snapshot.id) ?? database.estate(snapshotID: snapshot.id)
        return InventorySnapshot(
            common: common, policy: policy, database: database, snapshot: snapshot, estate: estate, layout: resolved,
            folder: folder ?? resolved.folders[0], reference: ReferenceData(database: database))
    }

    /// The newest snapshot of `organisation` (of any, when nil and no snapshot names one).
    static func latestSnapshot(in database: EstateDatabase, organisation: String?) throws -> Snapshot? {
        try snapshots(in: database, organisation: organisation).last
    }

    /// The snapshots of `organisation`, oldest first; when none names it, those that name no organisation
    /// (ingested without one); with nil and none unnamed, every snapshot.
    static func snapshots(in database: EstateDatabase, organisation: String?) throws -> [Snapshot] {
        let all = try database.snapshots().sorted { ($0.takenOn, $0.id) < ($1.takenOn, $1.id) }
        let mine = all.filter { $0.organisation?.lowercased() == organisation?.lowercased() }
        if !mine.isEmpty { return mine }
        let unnamed = all.filter { $0.organisation == nil }
        return unnamed.isEmpty && organisation == nil ? all : unnamed
    }

    /// The inventory's folders, or nil when there is no inventory folder and the database already holds a
    /// snapshot.
    static func inventoryLayout(common: CommonOptions, database: EstateDatabase) throws -> InventoryLayout? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: common.inventory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            if try database.latestSnapshot() == nil {
                throw IngestError(
                    file: common.inventory, message: "no inventory folder here and no snapshot in \(common.database)")
            }
            return nil
        }
        return try InventoryLayout.read(common.inventory)
    }

    /// Ingests each folder of `layout` (the current one, `history/DATE/` and `organisations/NAME/`) whose files
    /// are not exactly those of a stored snapshot (their SHA-256 checksums are compared, see ``FileChecksums``), calling
    /// `beforeIngesting` before the first ingest. Returns whether any folder was ingested.
    static func ingestChangedFolders(
        of layout: InventoryLayout, common: CommonOptions, database: EstateDatabase, console: Console,
        beforeIngesting: () -> Void = {}
    ) throws -> Bool {
        var announced = false
        var hashes = FileChecksums(database: database)
        for folder in layout.folders {
            let (files, _) = try InventoryFiles.expand([folder.path])
            var checksums = Set<String>()
            for path in files { checksums.insert(try hashes.checksum(of: path)) }
            if try database.snapshotID(matchingChecksums: checksums) != nil { continue }
            if !announced {
                beforeIngesting()
                announced = true
            }
            console.note("ingesting \(folder.path) (its content is not in \(common.database) yet)")
            let run = IngestRun(
                files: files, format: nil, mapping: try InventoryFiles.mapping(in: folder.path),
                takenOn: folder.takenOn ?? common.asOf, organisation: folder.policy.organisation, append: false,
                strict: false, keepAllRejects: false, console: console)
            let result = try run.run(on: database)
            IngestRun.printSummary(
                outcomes: result.outcomes, rejects: [], rejectCount: result.rejectCount, console: console)
        }
        hashes.record(console: console)
        return announced
    }

    /// The lifecycle catalogue: the shipped one, then every import stored in the database, then the
    /// council's local layer (`lifecycle-local.csv` in the inventory folder).
    func catalogue() throws -> LifecycleCatalogue {
        try reference.lifecycle(for: folder.policyFolder).catalogue
    }

    static func catalogue(database: EstateDatabase, inventory: String) throws -> LifecycleCatalogue {
        var catalogue = try LifecycleCatalogue.shipped()
        for stored in try database.catalogueImports() {
            catalogue.add(try CatalogueFiles.entries(stored))
        }
        return try localLifecycle(in: inventory).applied(to: catalogue)
    }

    static func localLifecycle(in inventory: String) throws -> LocalLifecycle {
        let path = (inventory as NSString).appendingPathComponent(LocalLifecycle.fileName)
        guard FileManager.default.fileExists(atPath: path) else { return LocalLifecycle() }
        return try LocalLifecycle.parse(try InventoryFiles.read(path).data, file: path)
    }

    /// The lifecycle analysis of the snapshot on the as-of date.
    func lifecycle(horizonYears: Int = 5) throws -> LifecycleAnalysis {
        try lifecycle(
            of: estate, policy: policy, policyFolder: folder.policyFolder, asOf: common.asOf,
            horizonYears: horizonYears)
    }

    /// The lifecycle analysis of any snapshot on `asOf`, with the catalogue and the local layer of the folder
    /// whose policy applies.
    func lifecycle(
        of estate: Estate, policy: Policy, policyFolder: String, asOf: LocalDate, horizonYears: Int = 5
    ) throws -> LifecycleAnalysis {
        let reference = try reference.lifecycle(for: policyFolder)
        let matcher = reference.matcher
        return LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: reference.catalogue, local: reference.local,
            matching: matcher.preparingEachNameOnce(),
            asOf: asOf, horizonYears: horizonYears)
    }

    /// Every analysis of a stored snapshot as of `asOf` (its own date when nil), under its organisation's
    /// policy.
    func analyses(of snapshot: Snapshot, asOf: LocalDate? = nil) throws -> EstateAnalyses {
        let estate = snapshot.id == self.snapshot.id ? self.estate : try database.estate(snapshotID: snapshot.id)
        let folder =
            layout.folders.first { $0.takenOn == nil && $0.policy.organisation == snapshot.organisation } ?? folder
        let date = asOf ?? snapshot.takenOn
        return EstateAnalyses(
            estate: estate, policy: folder.policy,
            lifecycle: try lifecycle(of: estate, policy: folder.policy, policyFolder: folder.policyFolder, asOf: date),
            factors: try? reference.carbonFactors.get(), asOf: date)
    }
}
