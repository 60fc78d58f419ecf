import Foundation
import Testing

@testable import EstateCore

@Suite struct FinanceSmoothingTests {
    typealias F = FinanceFixtures

    /// Three £12,000 servers all overdue (refreshes placed on 2026-10-01), over three years:
    /// - A runs Windows Server 2012 R2, out of security support since 2023-10-10: it may not be deferred;
    /// - B runs Windows Server 2019 (supported to 2029-01-09): it may go two years past due, to 2028-07-01;
    /// - C runs Acme OS 9, out of security support after 2027-10-12: no later than that.
    static let servers = F.estate([
        F.server("A", bought: "2021-06-01", os: "Microsoft Windows Server 2012 R2 Standard"),
        F.server("B", bought: "2021-07-01", os: "Microsoft Windows Server 2019 Standard"),
        F.server("C", bought: "2021-08-01", os: "Acme OS 9"),
    ])

    @Test func theBaselineSpikesAndSmoothingRespectsEachSecurityEndOfSupport() throws {
        let finance = try F.analysis(
            Self.servers,
            options: FinanceOptions(horizonYears: 3, capitalBudget: F.pounds(12_000), smooth: true))
        // Baseline: £36,000 in 2026/27 against an average of £12,000 a year: 200% above, a spike.
        #expect(finance.baseline.capitalByYear == [36_000, 0, 0].map(F.pounds))
        #expect(finance.spikes.map(\.year) == [F.year(2026)])
        #expect(finance.spikes.first?.aboveAverage == 2)
        let smoothing = try #require(finance.smoothing)
        // C has the least room, so it takes the nearer year (2027-04-01, before its 2027-10-12 support end);
        // B goes to 2028-04-01, inside its two-year limit; A stays.
        #expect(smoothing.plan.capitalByYear == [12_000, 12_000, 12_000].map(F.pounds))
        #expect(smoothing.moves.map(\.assetId) == ["B", "C"])
        let c = try #require(smoothing.moves.first { $0.assetId == "C" })
        #expect(c.to == F.date("2027-04-01"))
        #expect(c.to <= F.date("2027-10-12"))
        #expect(c.limit.hasPrefix("security end of support: acme-os 9"))
        let b = try #require(smoothing.moves.first { $0.assetId == "B" })
        #expect(b.to == F.date("2028-04-01"))
        #expect(b.reason.contains("deferred into 2028/29"))
        let a = try #require(finance.items.first { $0.assetId == "A" })
        #expect(a.latest == F.asOf)
        #expect(a.latestReason.hasPrefix("security end of support: windows-server 2012-r2"))
        #expect(smoothing.shortfalls.isEmpty)
        #expect(smoothing.spikes.isEmpty)
        // Risk: 182 + 548 days past the planned refresh; post-warranty support at 10% of £12,000 a year:
        // C 1,200 × 182 ÷ 365 = 598.36; B 598.36 in 2026/27 and 1,200 in 2027/28.
        #expect(smoothing.risk.assetsBeyondLife == 2)
        #expect(smoothing.risk.daysBeyondLife == 182 + 548)
        #expect(smoothing.risk.extraSupport == Money(pence: 239_672))
        #expect(smoothing.plan.totals(.revenue, .maintenance) == [119_672, 120_000, 0].map { Money(pence: $0) })
    }

    @Test func aYearThatCannotGetUnderBudgetSaysWhy() throws {
        let finance = try F.analysis(
            F.estate([F.server("A", bought: "2021-06-01", os: "Microsoft Windows Server 2012 R2 Standard")]),
            options: FinanceOptions(horizonYears: 3, capitalBudget: F.pounds(1), smooth: true))
        let smoothing = try #require(finance.smoothing)
        #expect(smoothing.moves.isEmpty)
        let shortfall = try #require(smoothing.shortfalls.first)
        #expect(shortfall.year == F.year(2026))
        #expect(shortfall.excess == Money(pence: 1_199_900))
        #expect(shortfall.reason == "refreshes that cannot move: 1 held by a security end of support")
    }

    @Test func aRefreshDueInAprilIsBroughtForwardTo31MarchWhenTheYearBeforeHasRoom() throws {
        let estate = F.estate([F.server("D", bought: "2022-05-01"), F.server("E", bought: "2022-06-01")])
        let finance = try F.analysis(
            estate, options: FinanceOptions(horizonYears: 2, capitalBudget: F.pounds(12_000), smooth: true))
        #expect(finance.baseline.capitalByYear == [0, 24_000].map(F.pounds))
        let smoothing = try #require(finance.smoothing)
        #expect(smoothing.plan.capitalByYear == [12_000, 12_000].map(F.pounds))
        let move = try #require(smoothing.moves.first)
        #expect(smoothing.moves.count == 1)
        #expect(move.assetId == "D")  // the older of the two goes first
        #expect(move.kind == .broughtForward)
        #expect(move.to == F.date("2027-03-31"))
        #expect(move.extraSupport == .zero)
        let line = try #require(F.lines(smoothing.plan, 2026, .capital, .serverRefresh).first)
        #expect(line.basis.hasPrefix("brought forward by smoothing"))
    }

    @Test func movingRefreshesIntoABelowThresholdProgrammeCountsItAllAsCapital() throws {
        // 2026/27: 24 overdue £1,000 laptops (£24,000). 2027/28: 9 laptops due, a £9,000 programme, revenue.
        // Under a £12,000 budget, the first laptop deferred makes 2027/28 a £10,000 capital programme; two more
        // bring it to £12,000; a fourth would exceed the budget, so 2026/27 stays at £21,000.
        let estate = F.estate(
            (0..<24).map { F.laptop("A\($0 + 10)", bought: "2021-06-01") }
                + (0..<9).map { F.laptop("B\($0)", bought: "2023-06-01") })
        let finance = try F.analysis(
            estate, options: FinanceOptions(horizonYears: 3, capitalBudget: F.pounds(12_000), smooth: true))
        #expect(finance.baseline.capitalByYear == [24_000, 0, 0].map(F.pounds))
        #expect(finance.baseline.totals(.revenue, .deviceRefresh) == [0, 9_000, 0].map(F.pounds))
        let smoothing = try #require(finance.smoothing)
        #expect(smoothing.plan.capitalByYear == [21_000, 12_000, 0].map(F.pounds))
        #expect(smoothing.moves.count == 3)
        #expect(smoothing.moves.allSatisfy { $0.to == F.date("2027-04-01") })
        #expect(smoothing.shortfalls.map(\.year) == [F.year(2026)])
    }

    @Test func smoothingNeverRelabelsPartOfACapitalProgrammeAsRevenue() throws {
        // 2026/27: eleven overdue £1,000 laptops, an £11,000 capital programme, against a £5,000 budget. Deferring
        // one leaves £10,000 (still capital); deferring a second would leave £9,000, below the threshold, which
        // would meet the budget only by calling it revenue, so it stays.
        let estate = F.estate((0..<11).map { F.laptop("A\($0 + 10)", bought: "2021-06-01") })
        let finance = try F.analysis(
            estate, options: FinanceOptions(horizonYears: 3, capitalBudget: F.pounds(5_000), smooth: true))
        let smoothing = try #require(finance.smoothing)
        #expect(smoothing.moves.count == 1)
        #expect(smoothing.plan.capitalByYear == [10_000, 0, 0].map(F.pounds))
        #expect(smoothing.plan.totals(.revenue, .deviceRefresh) == [0, 1_000, 0].map(F.pounds))
        #expect(smoothing.shortfalls.first?.reason.contains("below the threshold") == true)
    }

    @Test func withoutABudgetSmoothingFlattensToTheAverage() throws {
        let finance = try F.analysis(Self.servers, options: FinanceOptions(horizonYears: 3, smooth: true))
        #expect(finance.smoothing?.budget == F.pounds(12_000))
        #expect(finance.smoothing?.budgetBasis.contains("average") == true)
    }
}

@Suite struct FinanceMigrationTests {
    typealias F = FinanceFixtures

    /// Host H1 (due 2027-06-01) runs V1 (8 vCPUs, housing) and V2 (24 vCPUs).
    static var estate: Estate {
        let host = F.server("H1", bought: "2022-06-01")
        let guests = [("V1", 8), ("V2", 24)].map { id, cores in
            Asset(
                id: id, assetClass: .virtualMachine, cores: cores, lastSeen: F.asOf, hosting: .dataCentre,
                isVirtual: true, hostId: "H1")
        }
        let housing = System(
            id: "APP1", name: "Housing", hosting: .onPremises, annualCost: F.pounds(50_000), assetIds: ["V1"])
        return F.estate([host] + guests, systems: [housing])
    }

    static let move = PlannedMigration(
        systemId: "APP1", on: F.date("2027-04-01"), target: .saas, oneOffCost: F.pounds(20_000),
        annualRunCost: F.pounds(30_000), basis: "test quote")

    @Test func aMigrationStopsTheContractAddsItsRunCostAndFreesItsShareOfTheHost() throws {
        // A £5,000 threshold keeps the £9,000 refresh that remains capital.
        let policy = F.policy { $0.capitalisationThreshold = Money(pounds: 5_000) }
        let finance = try F.analysis(Self.estate, policy: policy, options: FinanceOptions(migrations: [Self.move]))
        let plan = finance.baseline
        #expect(plan.totals(.revenue, .supportContract) == [50_000, 0, 0, 0, 0].map(F.pounds))
        #expect(plan.totals(.revenue, .saasSubscription) == [0, 30_000, 30_000, 30_000, 30_000].map(F.pounds))
        // V1 is 8 of the host's 32 vCPUs: the 2027/28 refresh needs 75% of £12,000.
        #expect(plan.totals(.capital, .serverRefresh) == [0, 9_000, 0, 0, 0].map(F.pounds))
        #expect(plan.totals(.capital, .migration) == [0, 20_000, 0, 0, 0].map(F.pounds))
        let effect = try #require(finance.migrationEffects.first)
        #expect(effect.capitalAvoided == [0, 3_000, 0, 0, 0].map(F.pounds))
        #expect(effect.oneOff == [0, 20_000, 0, 0, 0].map(F.pounds))
        #expect(effect.revenueAdded == [0, 30_000, 30_000, 30_000, 30_000].map(F.pounds))
        #expect(effect.revenueSaved == [0, 50_000, 50_000, 50_000, 50_000].map(F.pounds))
        #expect(effect.freed == ["H1: 25% from 2027-04-01 (V1 has 8 of the 32 vCPUs on H1)"])
    }

    @Test func aRefreshThatMigrationTakesBelowTheThresholdTurnsToRevenueAndTheEffectSaysSo() throws {
        // At the default £10,000 threshold the remaining £9,000 refresh is revenue: £12,000 capital avoided,
        // and revenue saved is the £50,000 contract less that £9,000.
        let finance = try F.analysis(Self.estate, options: FinanceOptions(migrations: [Self.move]))
        let effect = try #require(finance.migrationEffects.first)
        #expect(effect.capitalAvoided[1] == F.pounds(12_000))
        #expect(effect.revenueSaved[1] == F.pounds(41_000))
    }

    @Test func aMigrationAfterTheRefreshAvoidsNothing() throws {
        var late = Self.move
        late.date = F.date("2027-07-01")
        let finance = try F.analysis(Self.estate, options: FinanceOptions(migrations: [late]))
        #expect(finance.baseline.totals(.capital, .serverRefresh)[1] == F.pounds(12_000))
    }

    @Test func aMigrationOfAnUnknownSystemIsReportedNotDropped() throws {
        var ghost = Self.move
        ghost.systemId = "APP999"
        let finance = try F.analysis(Self.estate, options: FinanceOptions(migrations: [ghost]))
        #expect(finance.migrationEffects.isEmpty)
        #expect(finance.problems == ["planned migration of APP999: no such system in the register; not priced"])
    }

    @Test func revenueMigrationCostsFollowThePolicy() throws {
        let policy = F.policy { $0.finance.migrationOneOff = .revenue }
        let finance = try F.analysis(Self.estate, policy: policy, options: FinanceOptions(migrations: [Self.move]))
        #expect(finance.baseline.totals(.revenue, .migration)[1] == F.pounds(20_000))
        #expect(finance.baseline.totals(.capital, .migration)[1] == .zero)
    }
}
