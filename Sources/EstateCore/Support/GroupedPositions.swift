/// The positions of a collection's elements grouped by owner (owners numbered from zero), held flat in two
/// arrays however many owners there are: a million assets' component statuses are two allocations, not a
/// million arrays of copies.
///
/// ```swift
/// let byAsset = GroupedPositions(owners: assets.count, count: statuses.count) { lookup.position(of: statuses[$0].subjectId) }
/// for position in byAsset[7] { statuses[position] }   // asset 7's statuses, in their order in `statuses`
/// ```
struct GroupedPositions: Sendable {
    /// Owner *i*'s positions are `positions[starts[i]..<starts[i + 1]]`.
    private let starts: [Int32]
    private let positions: [Int32]

    /// Groups positions `0..<count` by `owner` (nil: no owner, left out), keeping their order within an owner.
    /// - Complexity: O(*owners* + *count*).
    init(owners: Int, count: Int, owner: (Int) -> Int?) {
        precondition(owners < Int(Int32.max) && count < Int(Int32.max), "more than Int32 can number")
        var owned = [Int32](repeating: -1, count: count)
        var starts = [Int32](repeating: 0, count: owners + 1)
        for position in 0..<count {
            guard let index = owner(position) else { continue }
            precondition((0..<owners).contains(index), "owner \(index) outside 0..<\(owners)")
            owned[position] = Int32(index)
            starts[index + 1] += 1
        }
        for index in 0..<owners { starts[index + 1] += starts[index] }
        var next = starts
        var positions = [Int32](repeating: 0, count: Int(starts[owners]))
        for position in 0..<count where owned[position] >= 0 {
            let index = Int(owned[position])
            positions[Int(next[index])] = Int32(position)
            next[index] += 1
        }
        self.starts = starts
        self.positions = positions
    }

    /// The positions owned by `owner`, in order.
    subscript(owner: Int) -> ArraySlice<Int32> {
        positions[Int(starts[owner])..<Int(starts[owner + 1])]
    }
}
