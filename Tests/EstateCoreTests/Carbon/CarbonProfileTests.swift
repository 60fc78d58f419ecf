import Testing

@testable import EstateCore

/// Estimates share the figures of their model in their setting, and never a profile whose figures differ.
@Suite struct CarbonProfileTests {
    func estimates(_ assets: [Asset]) throws -> [String: CarbonAssetEstimate] {
        let carbon = CarbonAnalysis(
            estate: CarbonFixtures.estate(assets), policy: CarbonFixtures.policy(),
            factors: try CarbonFixtures.shipped(), asOf: CarbonFixtures.asOf)
        return Dictionary(uniqueKeysWithValues: carbon.lines.map { ($0.estimate.assetId, $0.estimate) })
    }

    @Test func laptopsOfOneModelShareOneProfileButKeepTheirOwnDates() throws {
        let found = try estimates([
            CarbonFixtures.laptop("A", bought: "2024-01-10"), CarbonFixtures.laptop("B", bought: "2025-06-01"),
        ])
        let a = try #require(found["A"])
        let b = try #require(found["B"])
        #expect(a.profile === b.profile)
        #expect(a.purchaseDate == CarbonFixtures.date("2024-01-10"))
        #expect(b.purchaseDate == CarbonFixtures.date("2025-06-01"))
        #expect(a != b)
    }

    @Test func aDeviceWithNoPurchaseDateHasItsOwnProfileSayingTheDateWasAssumed() throws {
        var undated = CarbonFixtures.laptop("U")
        undated.purchaseDate = nil
        let found = try estimates([CarbonFixtures.laptop("D"), undated])
        let dated = try #require(found["D"])
        let assumed = try #require(found["U"])
        #expect(dated.profile !== assumed.profile)
        #expect(!dated.embodiedBasis.contains("no purchase date"))
        #expect(assumed.embodiedBasis.hasSuffix("; no purchase date: assumed bought half a cycle before 2026-10-01"))
        #expect(assumed.isEstimate && assumed.purchaseDateIsAssumed)
        // Half the laptop's four-year cycle before the as-of date.
        #expect(assumed.purchaseDate == CarbonFixtures.date("2024-10-01"))
        #expect(dated.kWhPerYear == assumed.kWhPerYear)
    }

    @Test func oneModelInTwoSettingsHasTwoProfiles() throws {
        let rack = Asset(
            id: "R1", assetClass: .server, manufacturer: "Dell Inc.", model: "PowerEdge R740",
            purchaseDate: CarbonFixtures.date("2024-01-01"), lastSeen: CarbonFixtures.date("2026-09-30"),
            hosting: .dataCentre)
        var cupboard = rack
        cupboard.id = "R2"
        cupboard.hosting = .onPremises
        let found = try estimates([rack, cupboard])
        let first = try #require(found["R1"])
        let second = try #require(found["R2"])
        #expect(first.profile !== second.profile)
        #expect(first.pue != second.pue)
        #expect(first.setting == .dataCentre && second.setting == .onPremises)
    }

    @Test func changingAFigureOfOneEstimateLeavesTheOthersOfItsProfileAlone() throws {
        let found = try estimates([CarbonFixtures.laptop("A"), CarbonFixtures.laptop("B")])
        var a = try #require(found["A"])
        let b = try #require(found["B"])
        let before = b.kWhPerYear
        a.kWhPerYear = before + 100
        #expect(a.kWhPerYear == before + 100)
        #expect(b.kWhPerYear == before)
        #expect(a.kWhBasis == b.kWhBasis)
    }
}
