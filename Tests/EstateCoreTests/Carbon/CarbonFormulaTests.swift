import Testing

@testable import EstateCore

/// Each formula against a hand computation from the reference rows:
/// - manufacturer-pcf.csv: Dell Latitude 5430 TEC 23.36 kWh, embodied 252.84 kg; Dell PowerEdge R740 TEC
///   1760.3 kWh; Dell P2419H TEC 35.8 kWh, embodied 392.38 kg;
/// - device-defaults.csv: laptop 241.2 kg, 18.8 kWh, 10 W / 1 W; server-2u 1341.1 kg, 1813.3 kWh;
///   network-switch 295 kg, 438 kWh;
/// - grid-intensity-uk.csv: 2026 0.1508, 2027 0.1246; pue.csv: data centre 1.58, comms cupboard 2.0;
/// - Financial year 2026/27 has 365 days; 2027/28 has 366.
@Suite struct CarbonFormulaTests {
    func close(_ a: Double, _ b: Double) -> Bool { CarbonFixtures.close(a, b) }

    func analysis(_ policy: Policy = CarbonFixtures.policy()) throws -> CarbonAnalysis {
        CarbonAnalysis(
            estate: CarbonFixtures.mixed(), policy: policy, factors: try CarbonFixtures.shipped(),
            asOf: CarbonFixtures.asOf)
    }

    func line(_ id: String, in analysis: CarbonAnalysis) throws -> CarbonAssetLine {
        try #require(analysis.lines.first { $0.estimate.assetId == id })
    }

    @Test func theYearsRunFromTheAsOfFinancialYearToTheNetZeroYear() throws {
        let carbon = try analysis()
        #expect(carbon.years.map(\.description) == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        #expect(carbon.outOfService == 1)
        #expect(!carbon.lines.contains { $0.estimate.assetId == "L5" })
    }

    @Test func aMatchedLaptopUsesItsManufacturersFiguresAmortisedOverItsCycle() throws {
        let carbon = try analysis()
        let laptop = try line("L1", in: carbon)
        // Bought 2025-04-01, laptop cycle 4 years: amortised over 2025-04-01 to 2029-04-01, 1,461 days.
        #expect(close(laptop.years[0].operationalKg, 23.36 * 0.1508))
        #expect(close(laptop.years[0].embodiedKg, 252.84 * 365 / 1_461))
        #expect(close(laptop.years[1].operationalKg, 23.36 * 0.1246))
        #expect(close(laptop.years[1].embodiedKg, 252.84 * 366 / 1_461))
        #expect(laptop.estimate.kWhBasis.contains("manufacturer-pcf.csv line 212: Dell Latitude 5430"))
        #expect(laptop.estimate.pue == 1)
        #expect(laptop.firstReplacement == CarbonFixtures.date("2029-04-01"))
    }

    @Test func aDevicePastItsCycleIsReplacedOnTheAsOfDateByAClassDefault() throws {
        let carbon = try analysis()
        let laptop = try line("L2", in: carbon)
        // Bought 2020-05-01: fully amortised by 2024-05-01, so only the replacement's manufacture counts, from
        // 2026-10-01 over four years (1,461 days): 182 days of it fall in 2026/27.
        #expect(laptop.firstReplacement == CarbonFixtures.asOf)
        #expect(laptop.estimate.kWhBasis.hasPrefix("class default laptop 18.8 kWh/yr"))
        #expect(close(laptop.years[0].operationalKg, 18.8 * 0.1508))
        #expect(close(laptop.years[0].embodiedKg, 241.2 * 182 / 1_461))
        #expect(close(laptop.years[1].embodiedKg, 241.2 * 366 / 1_461))
    }

    @Test func aDeviceNotSeenForTheStaleLimitUsesNoneAndIsNotReplaced() throws {
        let carbon = try analysis()
        let stale = try line("L3", in: carbon)
        #expect(stale.estimate.use == .stale(lastSeen: CarbonFixtures.date("2025-01-01")))
        #expect(stale.years.allSatisfy { $0.totalKg == 0 })
        #expect(stale.firstReplacement == nil)
    }

    @Test func aSpareInStockUsesNoneButItsManufactureStillAmortises() throws {
        let carbon = try analysis()
        let spare = try line("L4", in: carbon)
        #expect(spare.years[0].operationalKg == 0)
        #expect(close(spare.years[0].embodiedKg, 252.84 * 365 / 1_461))
        #expect(spare.firstReplacement == nil)
    }

    @Test func aServerRunsAllDayAtItsHostingPUE() throws {
        let carbon = try analysis()
        let host = try line("H1", in: carbon)
        // R740 TEC until the 2026-10-01 replacement (183 days), then the 2U class default (182 days); PUE 1.58.
        let kWh = (1_760.3 * 183 + 1_813.3 * 182) / 365
        #expect(close(host.years[0].operationalKg, kWh * 1.58 * 0.1508))
        #expect(close(host.years[0].overheadKg, kWh * 0.58 * 0.1508))
        // The replacement's 1,341.1 kg over the server cycle of 5 years (2026-10-01 to 2031-10-01, 1,826 days).
        #expect(close(host.years[0].embodiedKg, 1_341.1 * 182 / 1_826))
    }

    @Test func aSwitchInACommsRoomTakesThatRoomsPUE() throws {
        let carbon = try analysis()
        let switchLine = try line("SW1", in: carbon)
        #expect(close(switchLine.years[0].operationalKg, 438 * 2.0 * 0.1508))
        // 295 kg over the network cycle of 7 years: 2021-08-06 to 2028-08-06 is 2,557 days.
        #expect(close(switchLine.years[0].embodiedKg, 295 * 365 / 2_557))
        #expect(switchLine.estimate.isEstimate)
    }

    @Test func aMonitorOnADeskHasNoPUE() throws {
        let carbon = try analysis()
        let monitor = try line("M1", in: carbon)
        #expect(close(monitor.years[0].operationalKg, 35.8 * 0.1508))
        // 392.38 kg over the monitor cycle of 7 years: 2021-06-01 to 2028-06-01 is 2,557 days.
        #expect(close(monitor.years[0].embodiedKg, 392.38 * 365 / 2_557))
    }

    @Test func virtualMachinesOnHostsInTheInventoryAreCountedInTheirHosts() throws {
        let carbon = try analysis()
        for id in ["V1", "V2"] {
            let guest = try line(id, in: carbon)
            #expect(guest.estimate.use == .inHost(hostId: "H1"))
            #expect(guest.years.allSatisfy { $0.totalKg == 0 })
        }
    }

    @Test func aCloudVMFollowsCloudCarbonFootprintThenTheUKGridProjection() throws {
        let carbon = try analysis()
        let cloud = try line("C1", in: carbon)
        // Azure: 0.74-3.54 W at 50%, memory above 2 × 2 × 80.47 / 64 GB, 0.128 TB SSD × 3, PUE 1.185, 0.225.
        let kWh =
            (0.74 + 0.5 * (3.54 - 0.74)) * 2 * 8.76 + (8 - 2 * 2 * 80.47 / 64) * 8_760 * 0.000392
            + 0.128 * 8_760 * 1.2 * 3 / 1_000
        #expect(cloud.estimate.setting == .cloud(.azure))
        #expect(close(cloud.years[0].operationalKg, kWh * 1.185 * 0.225))
        #expect(close(cloud.years[1].operationalKg, kWh * 1.185 * 0.225 * 0.1246 / 0.1508))
        #expect(close(cloud.years[0].embodiedKg, 1_482.9 * 8_760 / 35_040 * 2 / 64))
        // A yearly charge: the same in a 366-day year.
        #expect(close(cloud.years[1].embodiedKg, 1_482.9 * 8_760 / 35_040 * 2 / 64))
    }

    @Test func endUserHoursScaleTheTypicalEnergyByTheCalibratedWatts() throws {
        let carbon = try analysis(CarbonFixtures.policy { $0.carbon.endUserHoursPerYear = 4_000 })
        let laptop = try line("L1", in: carbon)
        let scale = (10.0 * 4_000 + 1 * 4_760) / (10.0 * 2_000 + 1 * 6_760)
        #expect(close(laptop.years[0].operationalKg, 23.36 * scale * 0.1508))
    }

    @Test func aPolicyPUEReplacesTheReferenceFigure() throws {
        let carbon = try analysis(CarbonFixtures.policy { $0.carbon.pueOverrides[.onPremises] = 1.1 })
        let switchLine = try line("SW1", in: carbon)
        #expect(close(switchLine.years[0].operationalKg, 438 * 1.1 * 0.1508))
        #expect(switchLine.estimate.pueBasis.contains("policy carbon_pue on-premises"))
    }

    @Test func anAssetWithNoPurchaseDateIsAssumedHalfACycleOld() throws {
        var asset = CarbonFixtures.laptop("X", model: "Unknown")
        asset.purchaseDate = nil
        let carbon = CarbonAnalysis(
            estate: CarbonFixtures.estate([asset]), policy: CarbonFixtures.policy(),
            factors: try CarbonFixtures.shipped(), asOf: CarbonFixtures.asOf)
        let line = try line("X", in: carbon)
        #expect(line.estimate.purchaseDate == CarbonFixtures.date("2024-10-01"))
        #expect(line.estimate.purchaseDateIsAssumed)
        #expect(line.estimate.isEstimate)
    }

    @Test func theGridFactorIsTheCalendarYearTheFinancialYearStartsIn() throws {
        let factors = try CarbonFixtures.shipped()
        #expect(factors.grid(forYear: 2026).kgCO2ePerKWh == 0.1508)
        #expect(factors.grid(forYear: 2026).status == .estimate)
        #expect(factors.grid(forYear: 2024).status == .verified)
        #expect(factors.grid(forYear: 2040).year == 2035)
        #expect(factors.grid(forYear: 2001).year == 2015)
    }
}
