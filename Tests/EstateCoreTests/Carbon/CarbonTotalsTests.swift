import Testing

@testable import EstateCore

/// Totals equal the sum of their parts, whichever way the estate is cut.
@Suite struct CarbonTotalsTests {
    func close(_ a: Double, _ b: Double) -> Bool { CarbonFixtures.close(a, b) }

    func analysis() throws -> CarbonAnalysis {
        CarbonAnalysis(
            estate: CarbonFixtures.mixed(), policy: CarbonFixtures.policy(), factors: try CarbonFixtures.shipped(),
            asOf: CarbonFixtures.asOf)
    }

    @Test func eachYearsTotalIsTheSumOfItsAssets() throws {
        let carbon = try analysis()
        for (index, total) in carbon.totals.enumerated() {
            let operational = carbon.lines.reduce(0) { $0 + $1.years[index].operationalKg }
            let embodied = carbon.lines.reduce(0) { $0 + $1.years[index].embodiedKg }
            #expect(close(total.operationalKg, operational))
            #expect(close(total.embodiedKg, embodied))
            #expect(close(total.totalKg, operational + embodied))
            #expect(total.totalKg > 0)
        }
    }

    @Test(arguments: CarbonDimension.allCases)
    func everyBreakdownAddsUpToTheYearsTotal(dimension: CarbonDimension) throws {
        let carbon = try analysis()
        for index in carbon.years.indices {
            let groups = carbon.groups(by: dimension, yearIndex: index)
            #expect(!groups.isEmpty)
            #expect(close(groups.reduce(0) { $0 + $1.figure.totalKg }, carbon.totals[index].totalKg))
            #expect(close(groups.reduce(0) { $0 + $1.figure.kWh }, carbon.totals[index].kWh))
        }
    }

    @Test func systemsShareTheirHostsAndServersFigures() throws {
        let carbon = try analysis()
        let groups = Dictionary(uniqueKeysWithValues: carbon.groups(by: .system).map { ($0.key, $0) })
        let host = try #require(carbon.lines.first { $0.estimate.assetId == "H1" }).years[0]
        let server = try #require(carbon.lines.first { $0.estimate.assetId == "S1" }).years[0]
        // H1's figures pass to V1 (8 vCPUs, APP1) and V2 (2 vCPUs, APP3); S1's split between APP2 and APP3.
        #expect(close(try #require(groups["APP1"]).figure.totalKg, host.totalKg * 0.8))
        #expect(close(try #require(groups["APP2"]).figure.totalKg, server.totalKg / 2))
        #expect(close(try #require(groups["APP3"]).figure.totalKg, host.totalKg * 0.2 + server.totalKg / 2))
        #expect(groups[CarbonAnalysis.unattributed] != nil)
    }

    @Test func theGreeningGovernmentShapeAddsUpAndMovesHostingOverheadToTheDataCentre() throws {
        let carbon = try analysis()
        let lines = carbon.greeningGovernmentICT()
        #expect(lines.map(\.category) == GGCCategory.allCases)
        #expect(close(lines.reduce(0) { $0 + $1.totalKg }, carbon.currentYear.totalKg))
        #expect(close(lines.reduce(0) { $0 + $1.kWh }, carbon.currentYear.kWh))
        let network = try #require(lines.first { $0.category == .network })
        let switchLine = try #require(carbon.lines.first { $0.estimate.assetId == "SW1" }).years[0]
        #expect(close(network.electricityKg, 438 * 0.1508))
        #expect(close(network.manufacturingKg, switchLine.embodiedKg))
        let dataCentre = try #require(lines.first { $0.category == .dataCentre })
        // The overhead of everything hosted on premises; the cloud's overhead stays in the cloud line.
        let onPremises = carbon.lines.filter { $0.estimate.setting != .cloud(.azure) }
        #expect(close(dataCentre.electricityKg, onPremises.reduce(0) { $0 + $1.years[0].overheadKg }))
        #expect(dataCentre.electricityKg > 0)
        #expect(lines.first { $0.category == .cloud }?.assets == 1)
    }

    @Test func usersComeFromThePolicyElseTheLargestSystem() throws {
        var policy = CarbonFixtures.policy()
        var estate = CarbonFixtures.mixed()
        estate.systems[1].users = 340
        let factors = try CarbonFixtures.shipped()
        let proxy = CarbonAnalysis(estate: estate, policy: policy, factors: factors, asOf: CarbonFixtures.asOf)
        #expect(proxy.users?.count == 340)
        #expect(proxy.users?.basis.contains("APP2") == true)
        policy.carbon.users = 2_650
        let set = CarbonAnalysis(estate: estate, policy: policy, factors: factors, asOf: CarbonFixtures.asOf)
        #expect(set.users?.count == 2_650)
        let none = CarbonAnalysis(
            estate: CarbonFixtures.mixed(), policy: CarbonFixtures.policy(), factors: factors,
            asOf: CarbonFixtures.asOf)
        #expect(none.users == nil)
    }

    @Test func everyFactorUsedIsCitedWithItsStatus() throws {
        let carbon = try analysis()
        let ids = Set(carbon.factorsUsed.map(\.id))
        #expect(ids.contains("device-defaults.csv laptop"))
        #expect(ids.contains("manufacturer-pcf.csv line 212"))
        #expect(ids.contains("pue.csv comms cupboard with dedicated split/DX air-con"))
        #expect(ids.contains("grid-intensity-uk.csv 2030"))
        #expect(ids.contains("cloud-coefficients.csv azure"))
        #expect(carbon.factorsUsed.first { $0.id == "grid-intensity-uk.csv 2027" }?.status == .estimate)
        #expect(carbon.factorsUsed == carbon.factorsUsed.sorted())
    }
}
