import Testing

@testable import EstateCore

@Suite struct ExactCapacityTests {
    @Test func anArrayGrownByAppendingKeepsItsElementsInOrderInTighterStorage() {
        var values: [String] = []
        for index in 0..<1_000 { values.append("a string long enough to be stored apart \(index)") }
        let expected = values
        values.reserveCapacity(5_000)
        let trimmed = values.withExactCapacity()
        #expect(trimmed == expected)
        #expect(trimmed.capacity < 1_125)
    }

    @Test func anArrayWithLittleRoomToSpareIsLeftAsItIs() {
        var values = Array(0..<100)
        values.reserveCapacity(105)
        let capacity = values.capacity
        let kept = values.withExactCapacity()
        #expect(kept == Array(0..<100))
        #expect(kept.capacity == capacity)
    }

    @Test func anEmptyArrayStaysEmpty() {
        var values: [Int] = []
        values.reserveCapacity(64)
        #expect(values.withExactCapacity().isEmpty)
    }
}
