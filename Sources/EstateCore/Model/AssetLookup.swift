/// Assets by id without copying them: the estate's own array (shared, not copied) and each id's position.
///
/// Analyses look assets up by id all the time (a virtual machine's host, a system's servers). A dictionary of
/// assets would copy every asset's fields; this keeps one position per id, so a lookup of a million assets costs
/// a few tens of megabytes rather than the estate again. Where an id repeats, the first asset wins.
public struct AssetLookup: Sendable {
    private let assets: [Asset]
    private let positions: [String: Int]

    /// Indexes `assets` by id.
    /// - Complexity: O(*n*).
    public init(_ assets: [Asset]) {
        self.assets = assets
        // Ids are read in place (copying an asset out retains every one of its strings), each hashed once.
        positions = Dictionary(assets.indices.lazy.map { (assets[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Indexes the assets of a selection by id (the rest of its array cannot be looked up).
    /// - Complexity: O(*n*) in the selection.
    public init(_ selection: AssetSelection) {
        let assets = selection.all
        self.assets = assets
        positions = Dictionary(
            selection.positions.lazy.map { (assets[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether an asset has `id`.
    public func contains(_ id: String) -> Bool { positions[id] != nil }

    /// The position of the asset with `id` in the assets looked up (in the selection's whole list for one made
    /// from a selection), if it is among them.
    public func position(of id: String) -> Int? { positions[id] }

    /// The asset with `id`, if it is among those looked up.
    public subscript(id: String) -> Asset? {
        positions[id].map { assets[$0] }
    }
}
