import Testing

@testable import EstateCore

@Suite struct RearrangeTests {
    @Test func rearrangingInPlaceGivesWhatPickingByPositionGives() {
        var generator = SeededGenerator(seed: 7)
        for count in [0, 1, 2, 3, 10, 257] {
            for _ in 0..<20 {
                let values = (0..<count).map { "item \($0)" }
                let order = Array(values.indices).shuffled(using: &generator)
                var rearranged = values
                rearranged.rearrange(by: order)
                #expect(rearranged == order.map { values[$0] }, "\(order)")
            }
        }
    }

    @Test func theIdentityAndASingleLongCycleAreHandled() {
        var values = ["a", "b", "c", "d"]
        values.rearrange(by: [0, 1, 2, 3])
        #expect(values == ["a", "b", "c", "d"])
        values.rearrange(by: [1, 2, 3, 0])
        #expect(values == ["b", "c", "d", "a"])
        values.rearrange(by: [3, 2, 1, 0])
        #expect(values == ["a", "d", "c", "b"])
    }
}
