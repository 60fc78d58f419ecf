import Testing

@testable import EstateCore

@Suite struct HandoffTests {
    @Test func theValueIsTakenOnceAndThenLetGo() {
        let handoff = Handoff([1, 2, 3])
        #expect(handoff.take() == [1, 2, 3])
        #expect(handoff.take() == nil)
    }

    @Test func nothingGivenIsNothingTaken() {
        let handoff = Handoff<[Int]>(nil)
        #expect(handoff.take() == nil)
    }
}
