extension Array {
    /// Puts the element at `order[i]` at position `i`, for every `i`, by moving elements rather than copying
    /// them: a copy of a wide value retains every one of its strings, and two arrays of a million of them are
    /// twice the memory.
    ///
    /// `order` must be a permutation of the array's indices (a sort of positions on keys, say).
    /// - Complexity: O(*n*).
    mutating func rearrange(by order: [Int]) {
        precondition(order.count == count, "an order of \(order.count) positions for \(count) elements")
        var placed = [Bool](repeating: false, count: count)
        for start in order.indices where !placed[start] {
            // Follow the cycle through `start`, carrying its first element along until its place comes up.
            var current = start
            while true {
                placed[current] = true
                let next = order[current]
                if next == start { break }
                swapAt(current, next)
                current = next
            }
        }
    }
}
