import EstateCore
import EstateStore

/// The reference data a run analyses snapshots against, read once and shared by every snapshot it analyses
/// (the review reads three or more): each folder's lifecycle catalogue with its matcher and local layer, and the
/// shipped carbon factors.
final class ReferenceData {
    /// A folder's catalogue (shipped, then the database's imports, then its `lifecycle-local.csv`), the matcher
    /// over it, and the local layer.
    struct Lifecycle {
        var catalogue: LifecycleCatalogue
        var matcher: LifecycleMatcher
        var local: LocalLifecycle
    }

    private let database: EstateDatabase
    private var lifecycles: [String: Lifecycle] = [:]
    private var factors: Result<CarbonFactors, CarbonFactorsError>?

    init(database: EstateDatabase) {
        self.database = database
    }

    /// The lifecycle reference data of the folder whose policy applies.
    func lifecycle(for folder: String) throws -> Lifecycle {
        if let known = lifecycles[folder] { return known }
        let catalogue = try InventorySnapshot.catalogue(database: database, inventory: folder)
        let made = Lifecycle(
            catalogue: catalogue, matcher: LifecycleMatcher(catalogue: catalogue),
            local: try InventorySnapshot.localLifecycle(in: folder))
        lifecycles[folder] = made
        return made
    }

    /// The shipped carbon factors, or why they could not be read (a damaged build).
    var carbonFactors: Result<CarbonFactors, CarbonFactorsError> {
        if let factors { return factors }
        let read = CarbonFactors.shippedResult()
        factors = read
        return read
    }
}
