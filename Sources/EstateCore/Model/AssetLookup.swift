/// Assets by id without copying them: the estate's own array (shared, not copied) and each id's position.
///
/// Analyses look assets up by id all the time (a virtual machine's host, a system's servers). A dictionary of
/// assets would copy every asset's fields; this keeps one position per id, so a lookup of a million assets costs
/// a few tens of megabytes rather than the estate again. Where an id repeats, the first asset wins.
public struct AssetLookup: Sendable {
    private let assets: [Asset]
    private let positions: [String: Int]
    /// Which positions can be found, when only a selection's can (nil: all).
    private let included: [Bool]?
    /// Whether some id names more than one asset (ingest refuses that, but an estate built in code may): then a
    /// recorded position may name a later asset of a repeated id, and only the index says which is first.
    private let hasRepeatedIds: Bool

    /// Indexes `assets` by id.
    /// - Complexity: O(*n*).
    public init(_ assets: [Asset]) {
        self.assets = assets
        // Ids are read in place (copying an asset out retains every one of its strings), each hashed once.
        positions = Dictionary(assets.indices.lazy.map { (assets[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        included = nil
        hasRepeatedIds = positions.count < assets.count
    }

    /// The assets of `selection`, found through `lookup`'s index of the same array (shared, not built again); an
    /// id whose asset is outside the selection is not found (where an id repeats, its first asset decides).
    /// - Complexity: O(*n*) in the array, for a mask of the selection.
    public init(_ lookup: AssetLookup, within selection: AssetSelection) {
        let same = lookup.assets.withUnsafeBufferPointer { lookupAssets in
            selection.all.withUnsafeBufferPointer { $0.baseAddress == lookupAssets.baseAddress }
        }
        precondition(same, "a selection of another array of assets than the lookup's")
        assets = lookup.assets
        positions = lookup.positions
        hasRepeatedIds = lookup.hasRepeatedIds
        var mask = [Bool](repeating: false, count: assets.count)
        for position in selection.positions { mask[position] = true }
        included = mask
    }

    /// Whether an asset has `id`.
    public func contains(_ id: String) -> Bool { position(of: id) != nil }

    /// The position of the asset with `id` in the assets looked up (in the selection's whole list for one made
    /// from a selection), if it is among them.
    public func position(of id: String) -> Int? {
        guard let position = positions[id], included?[position] ?? true else { return nil }
        return position
    }

    /// The position of the asset with `id`, as ``position(of:)`` gives it: `recorded` (where an analysis found it
    /// before) while the asset there still has that id and can be found, a comparison of one id rather than a hash;
    /// else the index's. A negative `recorded` means none was recorded. Where ids repeat, the index decides, so the
    /// first asset of an id still wins.
    func position(of id: String, recorded: Int32) -> Int? {
        let position = Int(recorded)
        if !hasRepeatedIds, position >= 0, position < assets.count, includes(position: position),
            assets[position].id == id
        {
            return position
        }
        return self.position(of: id)
    }

    /// Whether the asset at `position` of the array can be found (it is in the selection, if there is one).
    func includes(position: Int) -> Bool { included?[position] ?? true }

    /// The asset with `id`, if it is among those looked up.
    public subscript(id: String) -> Asset? {
        position(of: id).map { assets[$0] }
    }
}
