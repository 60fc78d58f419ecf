import Testing

@testable import EstateCore

/// The finance plan prices electricity from the carbon analysis's lines, and the analyses keep only what they need
/// of carbon once the plan has read them.
@Suite struct FinanceCarbonTests {
    typealias F = FinanceFixtures

    func estate() -> Estate {
        F.estate([
            Asset(
                id: "SRV1", assetClass: .server, manufacturer: "Dell Inc.", model: "PowerEdge R740",
                purchaseDate: F.date("2023-05-01"), lastSeen: F.date("2026-09-30"), hosting: .dataCentre),
            Asset(
                id: "LT1", assetClass: .laptop, manufacturer: "Dell Inc.", model: "Latitude 5430",
                purchaseDate: F.date("2024-02-01"), lastSeen: F.date("2026-09-30")),
        ])
    }

    func carbon(_ estate: Estate) throws -> CarbonAnalysis {
        CarbonAnalysis(estate: estate, policy: F.policy(), factors: try CarbonFactors.shipped(), asOf: F.asOf)
    }

    func energyTotal(_ finance: FinanceAnalysis) -> Money {
        finance.baseline.lines.filter { $0.category == .energy }.reduce(.zero) { $0 + $1.amount }
    }

    @Test func electricityIsPricedFromTheCarbonAnalysisLines() throws {
        let estate = estate()
        let finance = try F.analysis(estate, carbon: try carbon(estate))
        #expect(finance.energyNote.hasPrefix("electricity from the carbon analysis as of 2026-10-01"))
        #expect(energyTotal(finance) > .zero)
    }

    @Test func anAnalysisWhoseLinesWereLetGoPricesNoElectricityAndSaysSo() throws {
        let estate = estate()
        let finance = try F.analysis(estate, carbon: try carbon(estate).droppingLines())
        #expect(finance.energyNote == "electricity not priced: the carbon analysis given kept no asset's figures")
        #expect(energyTotal(finance) == .zero)
    }

    @Test func theAnalysesKeepCarbonsTotalsOnceTheFinancePlanHasReadItsLines() throws {
        let estate = estate()
        let policy = F.policy()
        let lifecycle = LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: F.catalogue, matching: F.matching, asOf: F.asOf)
        let carbon = try carbon(estate)
        let analyses = EstateAnalyses(
            estate: estate, policy: policy, lifecycle: lifecycle, factors: try CarbonFactors.shipped(), asOf: F.asOf,
            carbon: carbon)
        let kept = try #require(analyses.carbon)
        #expect(kept.lines.isEmpty && !kept.keepsLines)
        #expect(kept.totals == carbon.totals)
        let priced = try F.analysis(estate, policy: policy, carbon: carbon)
        #expect(energyTotal(analyses.finance) == energyTotal(priced))
        #expect(energyTotal(analyses.finance) > .zero)
    }
}
