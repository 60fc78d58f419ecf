import Foundation
import Testing

@testable import EstateCore

@Suite struct SharedServicesAndStorageTests {
    typealias F = CloudFixtures

    static func system(
        _ id: String, vendor: String, product: String, capability: String, users: Int, cost: Int64, ends: String
    ) -> System {
        System(
            id: id, name: id, vendor: vendor, product: product, capability: capability, users: users,
            annualCost: Money(pounds: cost), contractEnd: F.date(ends))
    }

    @Test func theSameProductInTwoOrganisationsIsOneCandidateWithCombinedFigures() throws {
        let east = F.estate(
            [],
            [
                Self.system(
                    "E1", vendor: "Civica", product: "Revenues", capability: "revenues", users: 300, cost: 200_000,
                    ends: "2027-03-31"),
                Self.system(
                    "E2", vendor: "Esri", product: "ArcGIS", capability: "gis", users: 40, cost: 30_000,
                    ends: "2028-01-01"),
            ])
        let west = F.estate(
            [],
            [
                Self.system(
                    "W1", vendor: "civica", product: "revenues", capability: "revenues", users: 150, cost: 120_000,
                    ends: "2026-12-31"),
                Self.system(
                    "W2", vendor: "Idox", product: "Uniform GIS", capability: "gis", users: 25, cost: 20_000,
                    ends: "2027-06-30"),
                Self.system(
                    "W3", vendor: "Idox", product: "Elections", capability: "elections", users: 5, cost: 9_000,
                    ends: "2027-06-30"),
            ])
        let candidates = SharedServiceCandidate.candidates(in: [("East", east), ("West", west)])
        #expect(
            candidates.map { "\($0.kind.rawValue) \($0.key)" } == [
                "same-product Civica Revenues", "same-capability gis",
            ])
        let revenues = candidates[0]
        #expect(revenues.organisations == 2)
        #expect(revenues.combinedUsers == 450)
        #expect(revenues.combinedAnnualCost == Money(pounds: 320_000))
        #expect(revenues.nearestContractEnd(from: F.asOf)?.systemId == "W1")
        #expect(revenues.nearestContractEnd(from: F.date("2027-01-01"))?.systemId == "E1")
    }

    @Test func aStraightLineThroughTheSnapshotsForecastsStorage() throws {
        let forecast = StorageForecast(
            points: [
                .init(date: F.date("2025-10-01"), bytes: 100_000), .init(date: F.date("2024-10-01"), bytes: 80_000),
            ],
            forecastAt: [F.date("2026-10-01")])
        #expect(forecast.points.map(\.bytes) == [80_000, 100_000])
        let growth = try #require(forecast.growthPerYear)
        #expect(abs(growth - 19_986) < 30)  // 20,000 over 365 days, measured in years of 365.25 days
        let next = try #require(forecast.forecast.first)
        #expect(abs(next.bytes - 120_000) < 50)
        #expect(abs((forecast.growthRate ?? 0) - 0.2) < 0.001)
    }

    @Test func oneSnapshotGivesNoForecast() {
        let forecast = StorageForecast(
            points: [.init(date: F.date("2025-10-01"), bytes: 100)], forecastAt: [F.date("2026-10-01")])
        #expect(forecast.growthPerYear == nil)
        #expect(forecast.forecast.isEmpty)
    }
}
