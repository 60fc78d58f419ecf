/// The refreshes of one over-budget year that share a class, cycle and price (so any move of one changes the
/// plan exactly as the same move of another), in the order smoothing tries them, with a tree that finds the
/// first one still in the year whose date limit allows a move.
///
/// Smoothing tries refreshes in order and takes the first move that fits; trying every refresh for every move
/// made the smoothing of a large estate quadratic. A move fits or not for a whole kind at once, so smoothing asks
/// each kind for its first refresh whose limit allows the target year, in O(log *n*).
struct FinanceSmoothingQueue {
    /// Item indices, in the order smoothing tries them.
    let members: [Int]
    /// Each member's place in the year's whole order.
    let ranks: [Int]
    private var tree: MinimumTree

    /// - Parameter keys: each member's key: the queue finds the first member whose key is at most a limit.
    init(members: [Int], ranks: [Int], keys: [Int]) {
        self.members = members
        self.ranks = ranks
        tree = MinimumTree(keys)
    }

    /// The position of the first member still queued whose key is at most `limit`.
    /// - Complexity: O(log *n*).
    func first(keyAtMost limit: Int) -> Int? { tree.first(atMost: limit) }

    /// The position of the first member still queued.
    func firstQueued() -> Int? { tree.first(atMost: Int.max - 1) }

    /// Takes the member at `position` out of the queue (it moved).
    mutating func remove(at position: Int) { tree.remove(at: position) }
}

/// A complete binary tree of minimums over a fixed array of keys, where removed keys count as `Int.max`.
struct MinimumTree {
    private let leaves: Int
    private var nodes: [Int]

    init(_ keys: [Int]) {
        var leaves = 1
        while leaves < keys.count { leaves *= 2 }
        self.leaves = leaves
        var nodes = [Int](repeating: Int.max, count: 2 * leaves)
        for (offset, key) in keys.enumerated() { nodes[leaves + offset] = key }
        for node in stride(from: leaves - 1, through: 1, by: -1) {
            nodes[node] = min(nodes[2 * node], nodes[2 * node + 1])
        }
        self.nodes = nodes
    }

    /// The leftmost position whose key is at most `limit`.
    /// - Complexity: O(log *n*).
    func first(atMost limit: Int) -> Int? {
        guard nodes[1] <= limit else { return nil }
        var node = 1
        while node < leaves { node = nodes[2 * node] <= limit ? 2 * node : 2 * node + 1 }
        return node - leaves
    }

    /// Removes the key at `position`.
    /// - Complexity: O(log *n*).
    mutating func remove(at position: Int) {
        var node = leaves + position
        nodes[node] = Int.max
        node /= 2
        while node >= 1 {
            nodes[node] = min(nodes[2 * node], nodes[2 * node + 1])
            node /= 2
        }
    }
}
