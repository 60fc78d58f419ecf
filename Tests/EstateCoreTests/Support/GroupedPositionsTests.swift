import Testing

@testable import EstateCore

@Suite struct GroupedPositionsTests {
    @Test func eachOwnerGetsItsPositionsInOrderAsADictionaryOfArraysWould() {
        var generator = SeededGenerator(seed: 11)
        for owners in [1, 2, 7, 100] {
            for count in [0, 1, 5, 300] {
                // Some positions have no owner (nil), as a system's status has no asset.
                let owner = (0..<count).map { _ in Int.random(in: -1..<owners, using: &generator) }
                let grouped = GroupedPositions(owners: owners, count: count) { owner[$0] < 0 ? nil : owner[$0] }
                var expected: [Int: [Int32]] = [:]
                for position in 0..<count where owner[position] >= 0 {
                    expected[owner[position], default: []].append(Int32(position))
                }
                for index in 0..<owners {
                    #expect(Array(grouped[index]) == expected[index, default: []], "owner \(index) of \(owners)")
                }
            }
        }
    }

    @Test func anOwnerWithNothingHasAnEmptyGroup() {
        let grouped = GroupedPositions(owners: 3, count: 4) { $0 == 1 ? nil : 2 }
        #expect(grouped[0].isEmpty)
        #expect(grouped[1].isEmpty)
        #expect(Array(grouped[2]) == [0, 2, 3])
    }
}
