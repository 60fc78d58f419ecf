extension Array {
    /// Puts the element at `order[i]` at position `i`, for every `i`, by moving elements rather than copying
    /// them: a copy of a wide value retains every one of its strings, and two arrays of a million of them are
    /// twice the memory.
    ///
    /// `order` must be a permutation of the array's indices (a sort of positions on keys, say); anything else
    /// stops the program.
    /// - Complexity: O(*n*).
    mutating func rearrange(by order: [Int]) {
        precondition(order.count == count, "an order of \(order.count) positions for \(count) elements")
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where !placed[start] {
                // Follow the cycle through `start`: each place takes its element from the next, and the last
                // takes the element that was first.
                let first = (base + start).move()
                var current = start
                while true {
                    placed[current] = true
                    let next = order[current]
                    // A repeated or out-of-range position would loop for ever or move from outside the array.
                    precondition(
                        next == start || (order.indices.contains(next) && !placed[next]),
                        "the order is not a permutation of the array's positions")
                    if next == start {
                        (base + current).initialize(to: first)
                        break
                    }
                    (base + current).moveInitialize(from: base + next, count: 1)
                    current = next
                }
            }
        }
    }
}
