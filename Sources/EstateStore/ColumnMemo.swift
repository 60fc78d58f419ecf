/// One value per distinct text of a column, looked up by the column's bytes without making a `String` first.
///
/// A register of a million devices names a few hundred models, sites, departments, processors and operating
/// systems. Reading each cell into its own `String` allocates and checks its UTF-8 a million times over and
/// holds a million copies; a memo makes each distinct text once and shares it, and turns vocabulary words
/// (`laptop`, `data-centre`) into their values once.
///
/// It stops remembering new texts after `limit` of them, so a column that turns out to be unique costs a
/// table of bounded size, not a second copy of the column.
///
/// - Complexity: Amortised O(*m*) per lookup in the length of the text.
struct ColumnMemo<Value> {
    private let limit: Int
    /// Open-addressed slots holding an index into `entries`, or -1.
    private var slots: [Int32]
    private var entries: [(hash: UInt64, start: Int, count: Int, value: Value)] = []
    /// The bytes of every remembered text, end to end.
    private var arena: [UInt8] = []

    init(limit: Int = 16_384) {
        self.limit = limit
        slots = [Int32](repeating: -1, count: 64)
    }

    /// The value remembered for `bytes`, or the one `make` gives, remembered while there is room.
    mutating func value(
        for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) throws -> Value
    ) rethrows -> Value {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            let entry = entries[index]
            if entry.hash == hash, entry.count == bytes.count, matches(bytes, start: entry.start) { return entry.value }
            slot = (slot + 1) & mask
        }
        let value = try make(bytes)
        guard entries.count < limit else { return value }
        slots[slot] = Int32(entries.count)
        entries.append((hash, arena.count, bytes.count, value))
        arena.append(contentsOf: bytes)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            for offset in 0..<bytes.count where stored[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a, 64-bit.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
