/// The sample's own pseudo-random numbers: xoshiro256** seeded through SplitMix64.
///
/// The standard library's generators and its `random(in:using:)` algorithms may change between
/// toolchains, which would change the committed sample files; these are written out here so that the
/// same seed gives the same estate, byte for byte, on every platform and every Swift release.
///
/// Each part of the estate (devices, core infrastructure, each scaled cluster) draws from its own
/// stream, so adding rows to one part never reshuffles another.
///
/// Related documentation: <https://prng.di.unimi.it> (xoshiro256** and SplitMix64, Blackman and Vigna).
struct SampleRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for one named stream of a seed: the pair is mixed through SplitMix64.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// A generator in a given state, for checking against the reference implementation.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject, so no modulo bias).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "a random bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True `percent` times in a hundred.
    mutating func percent(_ percent: Int) -> Bool { below(100) < percent }

    /// True `perMille` times in a thousand.
    mutating func perMille(_ perMille: Int) -> Bool { below(1000) < perMille }

    /// One element, uniformly.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index chosen with probability proportional to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// `count` characters drawn from `alphabet` (ASCII).
    mutating func characters(_ count: Int, from alphabet: StaticString) -> String {
        let size = alphabet.utf8CodeUnitCount
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        alphabet.withUTF8Buffer { letters in
            for _ in 0..<count { bytes.append(letters[below(size)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64: expands one 64-bit seed into well-mixed words (used to seed ``SampleRandom``).
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Alphabets for serial numbers.
enum Alphabet {
    static let digits: StaticString = "0123456789"
    static let upperAlphanumeric: StaticString = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    /// Dell service tags avoid vowels and easily confused letters.
    static let dellTag: StaticString = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
    static let hex: StaticString = "0123456789abcdef"
}
