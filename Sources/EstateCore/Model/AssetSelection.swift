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
        all = assets
        // Read through a buffer: an array's element handed to a function is copied first.
        positions = assets.withUnsafeBufferPointer { buffer in buffer.indices.filter { isIncluded(buffer[$0]) } }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    /// The asset at `position` in the selection, read in place.
    public subscript(position: Int) -> Asset {
        _read { yield all[positions[position]] }
    }

    /// Calls `body` with each chosen asset, in order, where it is held. Iterating the selection (`for asset in`,
    /// `map`) hands out a copy of each asset, retaining every one of its strings: a million assets' worth of
    /// retains and releases.
    public func forEachInPlace(_ body: (borrowing Asset) throws -> Void) rethrows {
        try all.withUnsafeBufferPointer { assets in
            for position in positions { try body(assets[position]) }
        }
    }
}
