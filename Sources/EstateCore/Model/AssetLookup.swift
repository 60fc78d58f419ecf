/// Assets by id without copying them: the estate's own array (shared, not copied) and each id's position.
///
/// Analyses look assets up by id all the time (a virtual machine's host, a system's servers). A dictionary of
/// assets would copy every asset's fields, and even a dictionary of positions holds a copy of every id; this
/// keeps a table of positions alone, four bytes a slot, and compares a sought id with the id of the asset a slot
/// names, so a lookup of a million assets costs 8 MB. Where an id repeats, the first asset wins.
public struct AssetLookup: Sendable {
    private let assets: [Asset]
    /// Open addressing: an asset's position plus one (0: an empty slot) at its id's hash masked to the table's
    /// size, or in the first empty slot after (linear probing). The table has at least twice as many slots as
    /// assets, so a search meets an empty slot within a few.
    private let slots: [UInt32]
    /// The table's size less one (a power of two less one).
    private let mask: Int
    /// Which positions can be found, when only a selection's can (nil: all).
    private let included: [Bool]?
    /// Whether some id names more than one asset (ingest refuses that, but an estate built in code may): then a
    /// recorded position may name a later asset of a repeated id, and only the index says which is first.
    private let hasRepeatedIds: Bool

    /// Indexes `assets` by id.
    /// - Complexity: O(*n*).
    public init(_ assets: [Asset]) {
        precondition(assets.count < Int(UInt32.max), "more assets than a lookup can number")
        self.assets = assets
        var size = 8
        while size < 2 * assets.count { size <<= 1 }
        let mask = size - 1
        var slots = [UInt32](repeating: 0, count: size)
        var hasRepeatedIds = false
        // Ids are read in place: copying an asset out retains every one of its strings.
        assets.withUnsafeBufferPointer { assets in
            slots.withUnsafeMutableBufferPointer { slots in
                for position in assets.indices {
                    var slot = assets[position].id.hashValue & mask
                    while slots[slot] != 0 {
                        if assets[Int(slots[slot]) - 1].id == assets[position].id {
                            hasRepeatedIds = true
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                    if slots[slot] == 0 { slots[slot] = UInt32(position + 1) }
                }
            }
        }
        self.slots = slots
        self.mask = mask
        self.hasRepeatedIds = hasRepeatedIds
        included = nil
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
        slots = lookup.slots
        mask = lookup.mask
        hasRepeatedIds = lookup.hasRepeatedIds
        var selected = [Bool](repeating: false, count: assets.count)
        for position in selection.positions { selected[position] = true }
        included = selected
    }

    /// Whether an asset has `id`.
    public func contains(_ id: String) -> Bool { position(of: id) != nil }

    /// The position of the asset with `id` in the assets looked up (in the selection's whole list for one made
    /// from a selection), if it is among them.
    public func position(of id: String) -> Int? {
        guard let position = indexed(id), included?[position] ?? true else { return nil }
        return position
    }

    /// The position of the first asset with `id`, selected or not.
    private func indexed(_ id: String) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            assets.withUnsafeBufferPointer { assets in
                var slot = id.hashValue & mask
                while slots[slot] != 0 {
                    let position = Int(slots[slot]) - 1
                    if assets[position].id == id { return position }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
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
