import Foundation
import Testing

@testable import EstateCore

/// Small estates and the shipped factors for the carbon tests.
enum CarbonFixtures {
    /// The shipped factors, read once for the whole suite.
    static let factors: CarbonFactors? = try? CarbonFactors.shipped()

    static func shipped() throws -> CarbonFactors { try #require(factors, "the shipped carbon factors load") }

    /// 2026-10-01, in financial year 2026/27.
    static let asOf = date("2026-10-01")

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(daysSinceEpoch: 0) }

    static func estate(_ assets: [Asset], systems: [System] = []) -> Estate {
        Estate(
            snapshot: Snapshot(
                id: 1, takenOn: asOf, storedAt: "2026-10-01T00:00:00Z", organisation: "Test", sources: [],
                assetCount: assets.count, systemCount: systems.count, componentCount: 0, rejectCount: 0),
            assets: assets, systems: systems, components: [])
    }

    /// A policy whose horizon ends in 2030 (2030/31) by default.
    static func policy(netZero: Int = 2030, _ change: (inout Policy) -> Void = { _ in }) -> Policy {
        var policy = Policy.defaults
        policy.netZeroYear = netZero
        change(&policy)
        return policy
    }

    static func laptop(
        _ id: String, model: String = "Latitude 5430", bought: String = "2025-04-01", seen: String? = "2026-09-30",
        status: AssetStatus? = .active
    ) -> Asset {
        Asset(
            id: id, assetClass: .laptop, manufacturer: "Dell Inc.", model: model, site: "Town Hall",
            department: "Housing", purchaseDate: date(bought), lastSeen: seen.map(date), status: status)
    }

    /// A sample-like mixed estate: devices due and not due, servers with VMs, a physical server running a
    /// SaaS-able system, a cloud VM, a stale device and a spare.
    static func mixed() -> Estate {
        let assets = [
            laptop("L1"), laptop("L2", model: "Unknown Book 9", bought: "2020-05-01"),
            laptop("L3", bought: "2019-01-01", seen: "2025-01-01"), laptop("L4", status: .inStock),
            laptop("L5", status: .retired),
            Asset(
                id: "M1", assetClass: .monitor, manufacturer: "Dell", model: "Dell P2419H", site: "Civic Centre",
                department: "Finance", purchaseDate: date("2021-06-01")),
            Asset(
                id: "H1", assetClass: .server, manufacturer: "Dell Inc.", model: "PowerEdge R740",
                site: "Civic Centre Data Centre", department: "ICT", purchaseDate: date("2019-03-29"), cores: 40,
                lastSeen: date("2026-09-30"), hosting: .dataCentre),
            Asset(
                id: "V1", assetClass: .virtualMachine, site: "Civic Centre Data Centre", department: "Housing",
                cores: 8,
                memoryBytes: 32 << 30, storageBytes: 200_000_000_000, lastSeen: date("2026-09-30"),
                hosting: .dataCentre, isVirtual: true, hostId: "H1"),
            Asset(
                id: "V2", assetClass: .virtualMachine, site: "Civic Centre Data Centre", department: "ICT", cores: 2,
                memoryBytes: 8 << 30, storageBytes: 100_000_000_000, lastSeen: date("2026-09-30"),
                hosting: .dataCentre, isVirtual: true, hostId: "H1"),
            Asset(
                id: "S1", assetClass: .server, manufacturer: "HP", model: "ProLiant DL380 Gen9",
                site: "Civic Centre Data Centre", department: "Finance", purchaseDate: date("2016-01-15"), cores: 16,
                memoryBytes: 256 << 30, storageBytes: 3_600_000_000_000, lastSeen: date("2026-09-30"),
                hosting: .dataCentre),
            Asset(
                id: "SW1", assetClass: .network, manufacturer: "Cisco", model: "Catalyst C9300-48P", site: "Town Hall",
                department: "ICT", purchaseDate: date("2021-08-06"), lastSeen: date("2026-09-30"), hosting: .onPremises),
            Asset(
                id: "C1", assetClass: .virtualMachine, manufacturer: "Microsoft Corporation", model: "Virtual Machine",
                site: "Azure UK South", department: "ICT", cores: 2, memoryBytes: 8 << 30,
                storageBytes: 128_000_000_000, lastSeen: date("2026-09-30"), hosting: .cloud, isVirtual: true),
        ]
        let systems = [
            System(
                id: "APP1", name: "Housing", vendor: "NEC", hosting: .onPremises, assetIds: ["V1"],
                vendorOffersSaaS: false),
            System(
                id: "APP2", name: "Ledger", vendor: "Oracle", hosting: .onPremises, assetIds: ["S1"],
                vendorOffersSaaS: true),
            System(id: "APP3", name: "Intranet", vendor: "In-house", hosting: .onPremises, assetIds: ["V2", "S1"]),
        ]
        return estate(assets, systems: systems)
    }

    /// Relative closeness for figures computed in a different order.
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}
