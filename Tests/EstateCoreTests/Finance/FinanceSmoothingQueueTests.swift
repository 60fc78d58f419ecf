import Testing

@testable import EstateCore

@Suite struct FinanceSmoothingQueueTests {
    @Test func findsTheFirstKeyAtMostTheLimit() {
        let tree = MinimumTree([30, 10, 50, 20, 40])
        #expect(tree.first(atMost: 5) == nil)
        #expect(tree.first(atMost: 10) == 1)
        #expect(tree.first(atMost: 30) == 0)
        #expect(tree.first(atMost: 25) == 1)
    }

    @Test func skipsRemovedKeys() {
        var tree = MinimumTree([30, 10, 50, 20, 40])
        tree.remove(at: 1)
        #expect(tree.first(atMost: 25) == 3)
        tree.remove(at: 3)
        #expect(tree.first(atMost: 25) == nil)
        #expect(tree.first(atMost: 45) == 0)
        for position in 0..<5 { tree.remove(at: position) }
        #expect(tree.first(atMost: Int.max - 1) == nil)
    }

    @Test func anEmptyQueueFindsNothing() {
        let queue = FinanceSmoothingQueue(members: [], ranks: [], keys: [])
        #expect(queue.firstQueued() == nil)
        #expect(queue.first(keyAtMost: 0) == nil)
    }

    @Test func aQueueGivesPositionsInItsOwnOrder() {
        var queue = FinanceSmoothingQueue(members: [7, 3, 9], ranks: [0, 4, 6], keys: [100, 50, 75])
        #expect(queue.first(keyAtMost: 80) == 1)
        queue.remove(at: 1)
        #expect(queue.first(keyAtMost: 80).map { queue.members[$0] } == 9)
        #expect(queue.firstQueued().map { queue.ranks[$0] } == 0)
    }
}
