/// Some of an estate's assets, in inventory order, without copying them: the estate's own array (shared, not
/// copied) and the positions chosen.
///
/// An analysis that looks only at in-service assets would otherwise copy every one of them (a million assets are
/// a few hundred megabytes of fields even when their strings are shared). Elements are read in place.
public struct AssetSelection: RandomAccessCollection, Sendable {
    /// Every asset the selection chooses from.
    public let all: [Asset]
    /// The positions in ``all`` chosen, ascending.
    public let positions: [Int]

    /// The assets of `assets` that `isIncluded` accepts, in order.
    /// - Complexity: O(*n*).
    public init(_ assets: [Asset], where isIncluded: (borrowing Asset) -> Bool) {
        self.init(assets, positions: assets.indices.filter { isIncluded(assets[$0]) })
    }

    /// The assets of `assets` in service (active, in stock or in repair; none recorded counts as in service), in
    /// order. Each asset's status is read where it is held, where a predicate would be handed a
    /// copy of every asset, retaining every one of its strings.
    /// - Complexity: O(*n*).
    public static func inService(_ assets: [Asset]) -> AssetSelection {
        AssetSelection(assets, positions: assets.indices.filter { assets[$0].status?.isInService ?? true })
    }

    private init(_ assets: [Asset], positions: [Int]) {
        all = assets
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    /// The asset at `position` in the selection, read in place.
    public subscript(position: Int) -> Asset {
        _read { yield all[positions[position]] }
    }
}
