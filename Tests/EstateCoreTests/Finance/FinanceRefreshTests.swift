import Foundation
import Testing

@testable import EstateCore

@Suite struct FinanceRefreshTests {
    typealias F = FinanceFixtures

    /// Capital threshold low enough that one £1,000 laptop is capital, so each refresh shows as capital.
    static let lowThreshold = F.policy { $0.capitalisationThreshold = Money(pounds: 500) }

    @Test func aRefreshDueOn31MarchFallsInTheYearEndingThenAnd1AprilInTheNext() throws {
        // Laptops on a 4-year cycle: bought 2023-03-31, due 2027-03-31 (2026/27); bought 2023-04-01, due
        // 2027-04-01 (2027/28). The March laptop's replacement is due again 2031-03-31: still 2030/31.
        let estate = F.estate([F.laptop("MAR", bought: "2023-03-31"), F.laptop("APR", bought: "2023-04-01")])
        let finance = try F.analysis(estate, policy: Self.lowThreshold)
        #expect(finance.years.map(\.description) == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        #expect(finance.baseline.totals(.capital, .deviceRefresh) == [1_000, 1_000, 0, 0, 1_000].map(F.pounds))
        let march = try #require(F.lines(finance.baseline, 2026, .capital, .deviceRefresh).first)
        #expect(march.drivers == "1 laptop: MAR")
        #expect(march.basis.hasPrefix("refresh due by age: purchase date + 4-year cycle"))
        let april = try #require(F.lines(finance.baseline, 2027, .capital, .deviceRefresh).first)
        #expect(april.drivers == "1 laptop: APR")
        let again = try #require(F.lines(finance.baseline, 2030, .capital, .deviceRefresh).first)
        #expect(again.drivers == "1 laptop: MAR")
        #expect(again.basis.hasPrefix("a replacement bought in the plan reaches its 4-year cycle"))
    }

    @Test func anOverdueRefreshIsPlacedOnTheAsOfDate() throws {
        let finance = try F.analysis(F.estate([F.laptop("OLD", bought: "2019-05-01")]), policy: Self.lowThreshold)
        let item = try #require(finance.items.first)
        #expect(item.rule == .overdue)
        #expect(item.plannedDate == F.asOf)
        // Overdue since 2023-05-01: already more than two years past due, so smoothing may not defer it.
        #expect(item.latest == F.asOf)
        #expect(finance.baseline.totals(.capital, .deviceRefresh)[0] == F.pounds(1_000))
    }

    @Test func aPCThatCannotRunWindows11IsAForcedRefreshByItsLastDayOfSupport() throws {
        // Windows 10 with extended updates bought to 2027-10-12 (the council's local layer), on a CPU that
        // cannot run Windows 11; bought 2024-06-01 so not due by age until 2029-06-01.
        let local = try LocalLifecycle.parse(
            Data(
                "product,cycle,system_id,extended_support_end,retire_by,note\nwindows,10-22h2-e,,2027-10-12,,ESU\n".utf8
            ),
            file: "lifecycle-local.csv")
        let pc = Asset(
            id: "PC1", assetClass: .desktop, purchaseDate: F.date("2024-06-01"),
            osName: "Microsoft Windows 10 Enterprise", cpu: "Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz",
            memoryBytes: 8 << 30, storageBytes: 256_000_000_000, tpmVersion: "2.0", lastSeen: F.asOf)
        let finance = try F.analysis(F.estate([pc]), policy: Self.lowThreshold, local: local)
        let item = try #require(finance.items.first)
        #expect(item.rule == .forced)
        #expect(item.plannedDate == F.date("2027-10-12"))
        #expect(item.latest == item.plannedDate)
        #expect(item.latestReason.hasPrefix("forced upgrade"))
        // Extended updates are paid from 2025-10-15 until the refresh on 2027-10-12: £48 a year, by days.
        let fees = finance.baseline.totals(.revenue, .extendedSupport)
        #expect(fees[0] == F.pounds(48))
        #expect(fees[1] == Money(pounds: 48).scaled(by: 194, over: 366))  // 2027-04-01 to 2027-10-11 inclusive
        #expect(fees[2] == .zero)
    }

    @Test func sparesAndUnusedDevicesAreNotRefreshedButListed() throws {
        var spare = F.laptop("SPARE", bought: "2019-01-01")
        spare.status = .inStock
        var gone = F.laptop("GONE", bought: "2019-01-01")
        gone.lastSeen = F.date("2025-01-01")
        var undated = F.laptop("NODATE", bought: "2019-01-01")
        undated.purchaseDate = nil
        let finance = try F.analysis(F.estate([spare, gone, undated]))
        #expect(finance.items.isEmpty)
        #expect(finance.notRefreshed.map(\.assetId) == ["GONE", "NODATE", "SPARE"])
        #expect(finance.notRefreshed.first { $0.assetId == "GONE" }?.reason.contains("stale_after_days") == true)
    }

    @Test func aProgrammeAtTheThresholdIsCapitalAndOneBelowItIsRevenue() throws {
        // Ten £1,000 laptops due in 2027/28 make a £10,000 programme (at the threshold: capital); nine due in
        // 2028/29 make £9,000 (below: revenue).
        let ten = (0..<10).map { F.laptop("A\($0)", bought: "2023-06-01") }
        let nine = (0..<9).map { F.laptop("B\($0)", bought: "2024-06-01") }
        let finance = try F.analysis(F.estate(ten + nine))
        #expect(finance.baseline.totals(.capital, .deviceRefresh) == [0, 10_000, 0, 0, 0].map(F.pounds))
        #expect(finance.baseline.totals(.revenue, .deviceRefresh) == [0, 0, 9_000, 0, 0].map(F.pounds))
        let revenue = try #require(F.lines(finance.baseline, 2028, .revenue, .deviceRefresh).first)
        #expect(
            revenue.basis.contains("revenue: the 2028/29 laptop programme of £9,000 is below the £10,000 threshold"))
    }

    @Test func perItemTheSameLaptopsAreRevenueAndAServerIsCapital() throws {
        let policy = F.policy { $0.finance.capitalisationBasis = .item }
        let laptops = (0..<10).map { F.laptop("A\($0)", bought: "2023-06-01") }
        let finance = try F.analysis(F.estate(laptops + [F.server("S1", bought: "2022-06-01")]), policy: policy)
        #expect(finance.baseline.totals(.capital, .deviceRefresh) == [0, 0, 0, 0, 0].map(F.pounds))
        #expect(finance.baseline.totals(.revenue, .deviceRefresh)[1] == F.pounds(10_000))
        #expect(finance.baseline.totals(.capital, .serverRefresh)[1] == F.pounds(12_000))
    }
}
