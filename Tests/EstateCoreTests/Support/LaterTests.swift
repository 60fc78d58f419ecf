import Dispatch
import Testing

@testable import EstateCore

@Suite struct LaterTests {
    @Test func everyReaderGetsTheResultAndATakerAfterThem() {
        let gate = DispatchSemaphore(value: 0)
        let later = Later.onItsOwnThread {
            gate.wait()
            return [1, 2, 3]
        }
        // Two readers wait at once; the work finishes only once both are waiting.
        let readers = (0..<2).map { _ in Later.onItsOwnThread { later.read() } }
        gate.signal()
        #expect(readers.map { $0.take() } == [[1, 2, 3], [1, 2, 3]])
        #expect(later.read() == [1, 2, 3])
        #expect(later.take() == [1, 2, 3])
    }
}
