import Foundation
import Testing

@testable import EstateCore

/// A small estate worked by hand, and how one changed fact moves its result.
///
/// The estate: server SRV1 (bought 2016-10-01, £10,000, Windows Server 2008 R2, 2,000 kWh a year at the meter)
/// runs only FIN, a critical, customised finance system costing £200,000 a year. As of 2026-10-01:
///
/// | item | support | exposure | age | virtualisation | customisation | score |
/// |---|---|---|---|---|---|---|
/// | SRV1 | 25 (unsupported) | 20 (critical × 100%) | 15 (60 months past) | 10 | | 70 |
/// | FIN | 25 (from SRV1) | 20 | 15 (from SRV1) | 10 | 9 (60% of 15) | 79 |
///
/// SRV1's fix is to virtualise it (£4,000, stronger than replacing it at £10,000 or upgrading its OS at
/// £2,500); its interest is extra support £2,000 plus the larger energy line, 2,000 kWh × £0.25 × 90% = £450
/// (the age line, 20% = £100, draws on the same electricity). FIN's fix is to standardise it, 50% of
/// £200,000 = £100,000; its interest is 10% = £20,000.
@Suite struct DebtWorkedExampleTests {
    typealias F = DebtFixtures

    static func estate(
        customisation: Customisation = .customised, criticality: Criticality = .critical, bought: String = "2016-10-01"
    ) -> Estate {
        F.estate(
            assets: [F.server("SRV1", bought: bought)],
            systems: [
                F.system(
                    "FIN", capability: "finance", cost: 200_000, customisation: customisation,
                    criticality: criticality, assets: ["SRV1"])
            ])
    }

    func analysis(_ estate: Estate = estate(), policy: Policy = .defaults) throws -> DebtAnalysis {
        try F.analysis(estate, policy: policy, kWh: ["SRV1": 2_000])
    }

    @Test func theServerScoresSeventyAndCostsAVirtualisation() throws {
        let server = try #require(try analysis().item(.asset, "SRV1"))
        #expect(server.factorSummary == "support 25, exposure 20, age 15, virtualisation 10")
        #expect(server.score == 70)
        #expect(server.remedy?.kind == .virtualise)
        #expect(server.principal == Money(pounds: 4_000))
        #expect(server.interest.map(\.perYear) == [Money(pounds: 2_000), Money(pounds: 450)])
        #expect(server.interestPerYear == Money(pounds: 2_450))
    }

    @Test func theSystemScoresSeventyNineAndItsMoneyIsItsOwn() throws {
        let result = try analysis()
        let system = try #require(result.item(.system, "FIN"))
        #expect(system.score == 79)
        #expect(system.findings.map(\.points).reduce(0, +) == 79)
        #expect(system.principal == Money(pounds: 100_000))
        #expect(system.interestPerYear == Money(pounds: 20_000))
        #expect(system.timeCategory == .migrate)
        // The estate adds the two without counting the server twice.
        #expect(result.principal == Money(pounds: 104_000))
        #expect(result.interestPerYear == Money(pounds: 22_450))
        #expect(result.items.map(\.subject.id) == ["FIN", "SRV1"])
    }

    @Test func theAllInViewGivesTheSystemItsServersDebtAndAddsUpToTheEstate() throws {
        let result = try analysis()
        let rows = result.bySystem()
        let fin = try #require(rows.first { $0.id == "FIN" })
        #expect(fin.principal == Money(pounds: 104_000))
        #expect(fin.interestPerYear == Money(pounds: 22_450))
        #expect(rows.reduce(Money.zero) { $0 + $1.principal } == result.principal)
        #expect(rows.reduce(Money.zero) { $0 + $1.interestPerYear } == result.interestPerYear)
    }

    @Test func makingTheSystemBespokeAddsSixPointsAndReplacesRatherThanStandardises() throws {
        let system = try #require(try analysis(Self.estate(customisation: .bespoke)).item(.system, "FIN"))
        #expect(system.score == 85)  // 79 − 9 + 15
        #expect(system.remedy?.kind == .reimplement)
        #expect(system.principal == Money(pounds: 300_000))  // 150% of £200,000
        #expect(system.interestPerYear == Money(pounds: 40_000))  // 20%
    }

    @Test func aMediumCriticalityHalvesTheExposurePoints() throws {
        let result = try analysis(Self.estate(criticality: .medium))
        #expect(result.item(.system, "FIN")?.score == 69)  // exposure 20 → 10
        #expect(result.item(.asset, "SRV1")?.score == 60)
        #expect(result.principal == Money(pounds: 104_000))  // money does not depend on criticality
    }

    @Test func aYoungerServerScoresLessForAgeByTheMonth() throws {
        // Bought 2020-10-01: due 2025-10-01, 12 months past ÷ 36 = 33.3% of 15 = 5.
        let result = try analysis(Self.estate(bought: "2020-10-01"))
        #expect(result.item(.asset, "SRV1")?.findings.first { $0.factor == .age }?.points == 5)
        #expect(result.item(.asset, "SRV1")?.score == 60)
        #expect(result.item(.system, "FIN")?.score == 69)
    }

    @Test func aHeavierSupportWeightMovesEveryUnsupportedItemByTheDifference() throws {
        var policy = Policy.defaults
        policy.debt.weights[.support] = 30
        let result = try analysis(policy: policy)
        #expect(result.item(.asset, "SRV1")?.score == 75)
        #expect(result.item(.system, "FIN")?.score == 84)
    }

    @Test func aDearerEnergyPriceRaisesOnlyTheEnergyInterest() throws {
        var policy = Policy.defaults
        policy.energyPricePerKWh = Decimal(string: "0.50") ?? 0
        let server = try #require(try analysis(policy: policy).item(.asset, "SRV1"))
        #expect(server.interestPerYear == Money(pounds: 2_900))  // £2,000 + £900
    }

    @Test func theScoreIsCappedAtAHundred() throws {
        // Bespoke 15, duplication 10, unused 10 on top of 25 + 20 + 15 + 10 from its server: 105.
        let estate = F.estate(
            assets: [F.server("SRV1")],
            systems: [
                F.system(
                    "OLD", capability: "crm", users: 2, cost: 60_000, customisation: .bespoke, criticality: .critical,
                    assets: ["SRV1"]),
                F.system("NEW", capability: "crm", users: 500, cost: 60_000),
            ])
        let old = try #require(try F.analysis(estate).item(.system, "OLD"))
        #expect(old.findings.map(\.points).reduce(0, +) == 105)
        #expect(old.score == 100)
        #expect(old.timeCategory == .eliminate)
    }

    @Test func aFactorWeightedZeroAddsNoPointsButKeepsItsMoney() throws {
        var policy = Policy.defaults
        policy.debt.weights[.customisation] = 0
        let system = try #require(try analysis(policy: policy).item(.system, "FIN"))
        #expect(system.score == 70)  // 79 − 9
        #expect(system.principal == Money(pounds: 100_000))
        #expect(system.interestPerYear == Money(pounds: 20_000))
    }

    @Test func everyFindingNamesThePolicySettingsBehindIt() throws {
        let result = try analysis()
        let keys = Set(Policy.settings.map(\.key))
        for finding in result.findings {
            #expect(!finding.policyKeys.isEmpty)
            #expect(finding.policyKeys.allSatisfy(keys.contains), "\(finding.factor): \(finding.policyKeys)")
        }
    }
}
