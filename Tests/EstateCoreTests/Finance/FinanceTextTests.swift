import Foundation
import Testing

@testable import EstateCore

@Suite struct FinanceTextTests {
    @Test func namesEveryIdSortedWhenThereAreFewerThanTheLimit() {
        #expect(FinanceText.ids(["LBE3", "LBE1", "LBE2"]) == "LBE1, LBE2, LBE3")
    }

    @Test func namesTheTwelveSmallestIdsInOrderThenCountsTheRest() {
        let ids = (1...40).reversed().map { String(format: "LBE%03d", $0) }
        let expected = (1...12).map { String(format: "LBE%03d", $0) }.joined(separator: ", ")
        #expect(FinanceText.ids(ids, table: "finance-moves") == expected + " and 28 more (finance-moves)")
    }

    @Test func keepsRepeatedIdsAsASortWould() {
        let ids = ["B", "A", "B", "A"] + (0..<12).map { "Z\($0)" }
        let sorted = ids.sorted()
        #expect(FinanceText.ids(ids) == sorted.prefix(12).joined(separator: ", ") + " and 4 more (finance-items)")
    }
}
