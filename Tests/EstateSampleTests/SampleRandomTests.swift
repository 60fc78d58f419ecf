import Testing

@testable import EstateSample

@Suite struct SampleRandomTests {
    @Test func splitMixMatchesTheReferenceSequence() {
        var mixer = SplitMix64(state: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(mixer.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func xoshiroMatchesTheReferenceSequence() {
        var random = SampleRandom(state: (1, 2, 3, 4))
        #expect(random.next() == 11_520)
        #expect(random.next() == 0)
        #expect(random.next() == 1_509_978_240)
        #expect(random.next() == 1_215_971_899_390_074_240)
    }

    @Test func sameSeedAndStreamRepeatAndOtherStreamsDiffer() {
        var first = SampleRandom(seed: 42, stream: 1)
        var second = SampleRandom(seed: 42, stream: 1)
        var other = SampleRandom(seed: 42, stream: 2)
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var random = SampleRandom(seed: 7)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<7_000 { counts[random.below(7)] += 1 }
        #expect(counts.allSatisfy { (850...1_150).contains($0) }, "counts \(counts)")
        for _ in 0..<1_000 {
            let value = random.int(in: -3...3)
            #expect((-3...3).contains(value))
        }
    }

    @Test func weightedChoiceNeverPicksAZeroWeight() {
        var random = SampleRandom(seed: 9)
        var counts = [0, 0, 0]
        for _ in 0..<3_000 { counts[random.weighted([1, 0, 2])] += 1 }
        #expect(counts[1] == 0)
        #expect((800...1_200).contains(counts[0]), "counts \(counts)")
    }
}
