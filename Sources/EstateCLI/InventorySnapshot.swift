import EstateCore
import EstateStore
import Foundation

/// What every view works from: the policy, the database and the latest snapshot, ingesting the
/// inventory folder first when the database holds no snapshot of its current content.
struct InventorySnapshot {
    var common: CommonOptions
    var policy: Policy
    var database: EstateDatabase
    var snapshot: Snapshot
    var estate: Estate

    /// Opens the database, ingests the inventory if it changed, and loads the latest snapshot.
    static func load(_ common: CommonOptions, console: Console) throws -> InventorySnapshot {
        let policy = try InventoryFiles.policy(in: common.inventory)
        let database = try EstateDatabase(path: common.database)
        try ingestInventoryIfChanged(common: common, database: database, policy: policy, console: console)
        guard let snapshot = try database.latestSnapshot() else {
            throw IngestError(file: common.database, message: "the database holds no snapshot; run estate ingest first")
        }
        return InventorySnapshot(
            common: common, policy: policy, database: database, snapshot: snapshot,
            estate: try database.estate(snapshotID: snapshot.id))
    }

    /// Ingests the inventory folder unless a snapshot of exactly its files is already stored.
    static func ingestInventoryIfChanged(
        common: CommonOptions, database: EstateDatabase, policy: Policy, console: Console
    ) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: common.inventory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            if try database.latestSnapshot() == nil {
                throw IngestError(
                    file: common.inventory, message: "no inventory folder here and no snapshot in \(common.database)")
            }
            return
        }
        let (files, _) = try InventoryFiles.expand([common.inventory])
        var checksums = Set<String>()
        for path in files { checksums.insert(SHA256.hex(of: try InventoryFiles.read(path).data)) }
        if try database.snapshotID(matchingChecksums: checksums) != nil { return }
        console.note("ingesting \(common.inventory) (its content is not in \(common.database) yet)")
        let run = IngestRun(
            files: files, format: nil, mapping: try InventoryFiles.mapping(in: common.inventory),
            takenOn: common.asOf, organisation: policy.organisation, append: false, strict: false,
            keepAllRejects: false, console: console)
        let result = try run.run(on: database)
        IngestRun.printSummary(
            outcomes: result.outcomes, rejects: [], rejectCount: result.rejectCount, console: console)
    }

    /// The lifecycle catalogue: the shipped one, then every import stored in the database, then the
    /// council's local layer (`lifecycle-local.csv` in the inventory folder).
    func catalogue() throws -> LifecycleCatalogue {
        try Self.catalogue(database: database, inventory: common.inventory)
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
        let catalogue = try catalogue()
        let matcher = LifecycleMatcher(catalogue: catalogue)
        return LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: catalogue,
            local: try Self.localLifecycle(in: common.inventory),
            matching: { text, version, platform in matcher.match(text, version: version, platform: platform) },
            asOf: common.asOf, horizonYears: horizonYears)
    }
}
