import Foundation
import Testing

@testable import EstateCore

/// Small estates worked by hand for the cloud tests: a three-cycle catalogue, servers and systems with plain
/// defaults, and the analysis run through the real lifecycle analysis.
enum CloudFixtures {
    /// 2026-10-01, in financial year 2026/27; the horizon ends 2031-03-31.
    static let asOf = date("2026-10-01")

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(daysSinceEpoch: 0) }

    /// Windows Server 2019 supported, 2012 R2 on extended support until 2026-10-13, 2008 R2 out of support;
    /// Acme DB 9 out of support.
    static var catalogue: LifecycleCatalogue {
        var catalogue = LifecycleCatalogue(snapshotDate: date("2026-08-22"))
        let facts = date("2026-08-22")
        catalogue.add(
            LifecycleEntries(
                layer: .shipped,
                cycles: [
                    LifecycleCycle(
                        product: "windows-server", name: "2019", releaseDate: date("2018-11-13"),
                        activeSupportEnd: .date(date("2024-01-09")), securitySupportEnd: .date(date("2029-01-09")),
                        factsAsOf: facts),
                    LifecycleCycle(
                        product: "windows-server", name: "2012-r2", releaseDate: date("2013-10-18"),
                        activeSupportEnd: .date(date("2018-10-09")), securitySupportEnd: .date(date("2023-10-10")),
                        extendedSupportEnd: .date(date("2026-10-13")), factsAsOf: facts),
                    LifecycleCycle(
                        product: "windows-server", name: "2008-r2", releaseDate: date("2009-10-22"),
                        activeSupportEnd: .date(date("2015-01-13")), securitySupportEnd: .date(date("2020-01-14")),
                        factsAsOf: facts),
                    LifecycleCycle(
                        product: "acme-db", name: "9", releaseDate: date("2012-01-01"),
                        securitySupportEnd: .date(date("2020-01-01")), factsAsOf: facts),
                ]))
        return catalogue
    }

    static let matching: ProductMatching = { text, _, _ in
        for (marker, product, cycle) in [
            ("2019", "windows-server", "2019"), ("2012 R2", "windows-server", "2012-r2"),
            ("2008 R2", "windows-server", "2008-r2"), ("Acme DB 9", "acme-db", "9"),
        ] where text.contains(marker) {
            return LifecycleMatch(product: product, cycle: cycle, confidence: .exact, rule: "test")
        }
        return .unmatched(rule: "test")
    }

    static let modern = "Microsoft Windows Server 2019 Standard"
    static let extended = "Microsoft Windows Server 2012 R2 Standard"
    static let old = "Microsoft Windows Server 2008 R2 Standard"

    /// A VMware virtual machine on `host`.
    static func vm(
        _ id: String, os: String? = modern, host: String? = "H1", cores: Int? = 4, memoryGB: Int64? = 16,
        storageGB: Int64? = 200, seen: String? = "2026-09-30"
    ) -> Asset {
        Asset(
            id: id, hostname: id.lowercased(), assetClass: .virtualMachine, manufacturer: "VMware, Inc.", osName: os,
            cores: cores, memoryBytes: memoryGB.map { $0 << 30 }, storageBytes: storageGB.map { $0 * 1_000_000_000 },
            lastSeen: seen.map(date), hosting: .dataCentre, isVirtual: true, hostId: host, status: .active)
    }

    /// A physical server bought on `bought` (refresh due five years later under the default policy).
    static func server(
        _ id: String, os: String? = modern, bought: String = "2020-06-01", cores: Int = 12,
        hosting: AssetHosting = .dataCentre
    ) -> Asset {
        Asset(
            id: id, hostname: id.lowercased(), assetClass: .server, manufacturer: "Dell Inc.", model: "PowerEdge R650",
            purchaseDate: date(bought), osName: os, cores: cores, memoryBytes: 128 << 30,
            storageBytes: 2_000_000_000_000, lastSeen: date("2026-09-30"), hosting: hosting, isVirtual: false,
            status: .active)
    }

    /// An ESXi host bought on `bought`.
    static func host(_ id: String = "H1", bought: String = "2020-06-01") -> Asset {
        var asset = server(id, os: "VMware ESXi 7.0.3", bought: bought, cores: 40)
        asset.memoryBytes = 768 << 30
        return asset
    }

    /// An on-premises, browser-based, configured, medium, OFFICIAL system with no SaaS offer.
    static func system(
        _ id: String, on assets: [String] = [], hosting: SystemHosting? = .onPremises, client: ClientType? = .browser,
        customisation: Customisation? = .configured, saas: Bool? = false, integrations: [String] = [],
        capability: String? = nil, data: DataClassification? = .official, criticality: Criticality? = .medium,
        contractEnd: String? = nil, users: Int? = 50
    ) -> System {
        System(
            id: id, name: "System \(id)", vendor: "Acme", product: "Acme \(id)",
            capability: capability ?? id.lowercased(),
            users: users, hosting: hosting, client: client, customisation: customisation, criticality: criticality,
            dataClassification: data, integrations: integrations, contractEnd: contractEnd.map(date),
            assetIds: assets, vendorOffersSaaS: saas)
    }

    static func estate(_ assets: [Asset], _ systems: [System], components: [Component] = []) -> Estate {
        Estate(
            snapshot: Snapshot(
                id: 1, takenOn: asOf, storedAt: "2026-10-01T00:00:00Z", organisation: "Test", sources: [],
                assetCount: assets.count, systemCount: systems.count, componentCount: components.count,
                rejectCount: 0),
            assets: assets, systems: systems, components: components)
    }

    static func lifecycle(_ estate: Estate, policy: Policy = .defaults, local: LocalLifecycle = LocalLifecycle())
        -> LifecycleAnalysis
    {
        LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: catalogue, local: local, matching: matching, asOf: asOf)
    }

    static func analyse(
        _ estate: Estate, policy: Policy = .defaults, local: LocalLifecycle = LocalLifecycle()
    ) -> CloudReadiness {
        CloudReadiness(
            estate: estate, policy: policy, lifecycle: lifecycle(estate, policy: policy, local: local), asOf: asOf)
    }

    /// The indexed facts the rules read.
    static func facts(_ estate: Estate) -> CloudFacts {
        CloudFacts(estate: estate, lifecycle: lifecycle(estate), asOf: asOf, staleAfterDays: 90)
    }

    /// A policy changed by `change`.
    static func policy(_ change: (inout CloudPolicy) -> Void) -> Policy {
        var policy = Policy.defaults
        change(&policy.cloud)
        return policy
    }
}
