import Foundation
import Testing

@testable import EstateCore

@Suite struct CarbonScenarioTests {
    func close(_ a: Double, _ b: Double) -> Bool { CarbonFixtures.close(a, b) }

    func run(_ scenario: CarbonScenario?, estate: Estate = CarbonFixtures.mixed(), policy: Policy? = nil) throws
        -> CarbonAnalysis
    {
        CarbonAnalysis(
            estate: estate, policy: policy ?? CarbonFixtures.policy(), factors: try CarbonFixtures.shipped(),
            asOf: CarbonFixtures.asOf, scenario: scenario)
    }

    func comparison(_ scenario: CarbonScenario, estate: Estate = CarbonFixtures.mixed()) throws -> CarbonComparison {
        CarbonComparison(
            baseline: try run(nil, estate: estate), alternative: try run(scenario, estate: estate),
            factors: try CarbonFixtures.shipped())
    }

    @Test func readsEveryScenarioForm() throws {
        #expect(try CarbonScenario(parsing: "extend-life") == .extendLife(years: 1))
        #expect(try CarbonScenario(parsing: "extend-life=3") == .extendLife(years: 3))
        #expect(try CarbonScenario(parsing: "refresh-now") == .refreshNow(minimumAgeYears: 0))
        #expect(try CarbonScenario(parsing: "refresh-now=5") == .refreshNow(minimumAgeYears: 5))
        #expect(try CarbonScenario(parsing: "cloud") == .moveToCloud(provider: nil))
        #expect(try CarbonScenario(parsing: "cloud=AWS") == .moveToCloud(provider: .aws))
        #expect(try CarbonScenario(parsing: "virtualize=8") == .virtualise(ratio: 8))
    }

    @Test(arguments: ["teleport", "extend-life=many", "extend-life=-1", "cloud=ibm", "virtualise=0"])
    func refusesAnUnknownScenarioOrValue(text: String) {
        #expect(throws: CarbonScenarioError.self) { try CarbonScenario(parsing: text) }
    }

    @Test(arguments: [
        CarbonScenario.extendLife(years: 0), .refreshNow(minimumAgeYears: 30),
    ])
    func aScenarioThatChangesNothingEqualsTheBaseline(scenario: CarbonScenario) throws {
        let baseline = try run(nil)
        let same = try run(scenario)
        #expect(same.totals == baseline.totals)
        let comparison = try comparison(scenario)
        #expect(comparison.years.allSatisfy { $0.savingKg == 0 && $0.value == .zero })
    }

    @Test func movingToCloudOrVirtualisingWithNoCandidatesEqualsTheBaseline() throws {
        let laptops = CarbonFixtures.estate([
            CarbonFixtures.laptop("L1"), CarbonFixtures.laptop("L2", bought: "2019-01-01"),
        ])
        let baseline = try run(nil, estate: laptops)
        #expect(try run(.moveToCloud(provider: nil), estate: laptops).totals == baseline.totals)
        #expect(try run(.virtualise(ratio: nil), estate: laptops).totals == baseline.totals)
    }

    @Test func extendingLifeSpreadsManufactureOverTheLongerLife() throws {
        let longer = try run(.extendLife(years: 1))
        let laptop = try #require(longer.lines.first { $0.estimate.assetId == "L1" })
        // Five years from 2025-04-01 is 1,826 days.
        #expect(close(laptop.years[0].embodiedKg, 252.84 * 365 / 1_826))
        #expect(laptop.firstReplacement == CarbonFixtures.date("2030-04-01"))
        let comparison = try comparison(.extendLife(years: 1))
        #expect(comparison.totalSavingKg > 0)
        #expect(comparison.key == "extend_life_1")
    }

    @Test func refreshingNowAddsTheNewDevicesManufacture() throws {
        let now = try run(.refreshNow(minimumAgeYears: 0))
        let laptop = try #require(now.lines.first { $0.estimate.assetId == "L1" })
        #expect(laptop.firstReplacement == CarbonFixtures.asOf)
        // The old laptop's amortisation still counts; the new one's starts on 2026-10-01.
        #expect(close(laptop.years[0].embodiedKg, 252.84 * 365 / 1_461 + 241.2 * 182 / 1_461))
        #expect(try comparison(.refreshNow(minimumAgeYears: 0)).totalSavingKg < 0)
    }

    @Test func movingToCloudMovesOnlyAssetsWhoseSystemsAreAllCandidates() throws {
        let moved = try run(.moveToCloud(provider: .azure))
        let baseline = try run(nil)
        // V1 runs APP1 (only on VMs): it moves. S1 runs APP2 (SaaS) and APP3 (on V2 and S1, no SaaS): it stays.
        let guest = try #require(moved.lines.first { $0.estimate.assetId == "V1" })
        #expect(guest.scenarioNote?.hasPrefix("moves to Azure") == true)
        #expect(guest.years[1].operationalKg > 0)
        #expect(moved.lines.first { $0.estimate.assetId == "S1" }?.scenarioNote == nil)
        // H1 keeps V2's 2 of the 10 vCPUs: from the as-of date its energy is 20% of the baseline's.
        let host = try #require(moved.lines.first { $0.estimate.assetId == "H1" })
        let before = try #require(baseline.lines.first { $0.estimate.assetId == "H1" })
        #expect(close(host.years[1].operationalKg, before.years[1].operationalKg * 0.2))
        #expect(close(host.years[1].embodiedKg, before.years[1].embodiedKg * 0.2))
        #expect(moved.notes.joined().contains("1 on-premises servers and VMs move to Azure: V1."))
    }

    @Test func movingToCloudMovesExactlyTheServersCloudReadinessMovesWhenGiven() throws {
        let moved = CarbonAnalysis(
            estate: CarbonFixtures.mixed(), policy: CarbonFixtures.policy(), factors: try CarbonFixtures.shipped(),
            asOf: CarbonFixtures.asOf, scenario: .moveToCloud(provider: .azure), movableServerIds: ["S1"])
        // S1 moves though its own rule would keep it; V1 stays though its own rule would move it.
        #expect(moved.lines.first { $0.estimate.assetId == "S1" }?.scenarioNote?.hasPrefix("moves to Azure") == true)
        #expect(moved.lines.first { $0.estimate.assetId == "V1" }?.scenarioNote == nil)
        #expect(moved.notes.joined().contains("1 on-premises servers and VMs move to Azure: S1."))
    }

    @Test func virtualisingStopsPhysicalServersAndBuysSharedHosts() throws {
        let virtualised = try run(.virtualise(ratio: 10))
        let server = try #require(virtualised.lines.first { $0.estimate.assetId == "S1" })
        #expect(server.firstReplacement == nil)
        #expect(server.years[1].operationalKg == 0)
        let host = try #require(virtualised.lines.first { $0.estimate.assetId == "NEW-HOST-1" })
        #expect(close(host.years[1].operationalKg, 1_813.3 * 1.58 * 0.1246))
        #expect(close(host.years[1].embodiedKg, 1_341.1 * 366 / 1_826))
        #expect(!virtualised.lines.contains { $0.estimate.assetId == "NEW-HOST-2" })
    }

    @Test func aSavingIsValuedAtTheYearsCarbonValueAndDiscounted() throws {
        let comparison = try comparison(.extendLife(years: 1))
        let first = try #require(comparison.years.first)
        let second = comparison.years[1]
        // appraisal.csv central: 2026 £277.22, 2027 £281.44 per tCO2e.
        #expect(first.valuePerTonne == Money(pence: 27_722))
        #expect(second.valuePerTonne == Money(pence: 28_144))
        let grams = Int64((first.savingKg * 1_000).rounded())
        #expect(first.value == Money(pence: 27_722).scaled(by: grams, over: 1_000_000))
        #expect(first.presentValue == first.value)
        let discounted = Double(second.value.pence) / 1.035
        #expect(abs(Double(second.presentValue.pence) - discounted) <= 0.5)
        #expect(comparison.totalValue == comparison.years.reduce(.zero) { $0 + $1.value })
    }
}
