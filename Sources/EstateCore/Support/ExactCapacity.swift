extension Array {
    /// The same elements in storage of about their count, moved (not copied) when the array holds much more room
    /// than it uses. An array grown by appending can hold up to twice its count, and a million wide values leave
    /// hundreds of megabytes empty beside them for as long as the array lives.
    ///
    /// Meant for an array about to be kept: while it moves, the old storage and the new are both held.
    /// - Complexity: O(*n*) when it moves, O(1) otherwise.
    consuming func withExactCapacity() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        var source = self
        let total = source.count
        return Array(unsafeUninitializedCapacity: total) { target, initialized in
            guard let base = target.baseAddress else { return }
            // Taken from the end: `popLast` moves an element out of uniquely held storage without copying it.
            var index = total
            while let last = source.popLast() {
                index -= 1
                (base + index).initialize(to: last)
            }
            initialized = total
        }
    }
}
