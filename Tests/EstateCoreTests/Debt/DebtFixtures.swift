import Foundation

@testable import EstateCore

/// Small estates for the debt tests, with a three-cycle catalogue whose dates are chosen for hand-worked sums
/// as of 2026-10-01.
enum DebtFixtures {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(daysSinceEpoch: 0) }

    static let asOf = date("2026-10-01")

    /// `2008-r2` unsupported; `2012-r2` extended-only until 2027-02-23, so unsupported from 2027-02-24, 146 days
    /// after the as-of date (40% of the 365-day window); `2022` supported with no change within a year.
    static var catalogue: LifecycleCatalogue {
        var catalogue = LifecycleCatalogue(snapshotDate: date("2026-08-22"))
        let facts = date("2026-08-22")
        catalogue.add(
            LifecycleEntries(
                layer: .shipped,
                cycles: [
                    LifecycleCycle(
                        product: "windows-server", name: "2008-r2", releaseDate: date("2009-10-22"),
                        activeSupportEnd: .date(date("2015-01-13")), securitySupportEnd: .date(date("2020-01-14")),
                        extendedSupportEnd: .date(date("2023-01-10")), factsAsOf: facts),
                    LifecycleCycle(
                        product: "windows-server", name: "2012-r2", releaseDate: date("2013-10-18"),
                        activeSupportEnd: .date(date("2018-10-09")), securitySupportEnd: .date(date("2023-10-10")),
                        extendedSupportEnd: .date(date("2027-02-23")), factsAsOf: facts),
                    LifecycleCycle(
                        product: "windows-server", name: "2022", releaseDate: date("2021-08-18"),
                        activeSupportEnd: .date(date("2028-10-10")), securitySupportEnd: .date(date("2031-10-14")),
                        factsAsOf: facts),
                ]))
        return catalogue
    }

    static let matching: ProductMatching = { text, _, _ in
        for (needle, cycle) in [("2008 R2", "2008-r2"), ("2012 R2", "2012-r2"), ("2022", "2022")]
        where text.contains(needle) {
            return LifecycleMatch(product: "windows-server", cycle: cycle, confidence: .exact, rule: "test")
        }
        return .unmatched(rule: "test")
    }

    static func estate(assets: [Asset] = [], systems: [System] = [], components: [Component] = []) -> Estate {
        Estate(
            snapshot: Snapshot(
                id: 1, takenOn: asOf, storedAt: "", organisation: nil, sources: [], assetCount: assets.count,
                systemCount: systems.count, componentCount: components.count, rejectCount: 0),
            assets: assets, systems: systems, components: components)
    }

    /// The lifecycle and debt of an estate; electricity from `kWh` (whole kWh a year at the meter per asset id).
    static func analysis(
        _ estate: Estate, policy: Policy = .defaults, kWh: [String: Int64] = [:],
        local: LocalLifecycle = LocalLifecycle()
    ) throws -> DebtAnalysis {
        let lifecycle = LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: try local.applied(to: catalogue), local: local,
            matching: matching, asOf: asOf)
        return DebtAnalysis(
            estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf, energy: energy(kWh))
    }

    /// The context the rules see, for testing one rule alone.
    static func context(_ estate: Estate, policy: Policy = .defaults, kWh: [String: Int64] = [:]) -> DebtContext {
        let lifecycle = LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: catalogue, matching: matching, asOf: asOf)
        return DebtContext(estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf, energy: energy(kWh))
    }

    static func energy(_ kWh: [String: Int64]) -> DebtEnergy {
        DebtEnergy(byAsset: kWh.mapValues { DebtEnergy.Line(kWhPerYear: $0, basis: "test meter") })
    }

    /// A physical server on Windows Server 2008 R2, bought ten years before the as-of date.
    static func server(
        _ id: String = "SRV1", os: String = "Microsoft Windows Server 2008 R2 Standard",
        bought: String = "2016-10-01", cost: Int64 = 10_000
    ) -> Asset {
        Asset(
            id: id, hostname: id.lowercased(), assetClass: .server, purchaseDate: date(bought),
            purchaseCost: Money(pounds: cost), osName: os, isVirtual: false, status: .active)
    }

    /// A virtual machine (no hardware age) on a given OS.
    static func virtualMachine(_ id: String, os: String, host: String? = nil) -> Asset {
        Asset(
            id: id, hostname: id.lowercased(), assetClass: .virtualMachine, osName: os, isVirtual: true, hostId: host,
            status: .active)
    }

    /// A laptop meeting the default specification, bought in 2025 (within its life), seen yesterday.
    static func laptop(_ id: String = "LT1") -> Asset {
        Asset(
            id: id, assetClass: .laptop, purchaseDate: date("2025-04-01"), purchaseCost: Money(pounds: 900),
            cpu: "Intel(R) Core(TM) Ultra 5 135U", memoryBytes: 16 << 30, storageBytes: 512_000_000_000,
            tpmVersion: "2.0", lastSeen: date("2026-09-30"), status: .active)
    }

    /// A system with nothing wrong but what the test sets.
    static func system(
        _ id: String, capability: String? = nil, users: Int? = 100, cost: Int64? = 100_000,
        customisation: Customisation = .configured, criticality: Criticality = .high, assets: [String] = []
    ) -> System {
        System(
            id: id, name: "System \(id)", capability: capability, department: "Finance", users: users,
            hosting: .onPremises, customisation: customisation, criticality: criticality,
            annualCost: cost.map { Money(pounds: $0) }, assetIds: assets)
    }
}
