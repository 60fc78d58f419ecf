import Foundation
import Testing

@testable import EstateCore

/// Small estates, a catalogue with dates chosen for the finance tests, and helpers to read a plan.
enum FinanceFixtures {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(daysSinceEpoch: 0) }

    /// 2026-10-01, in financial year 2026/27.
    static let asOf = date("2026-10-01")

    static func year(_ start: Int) -> FinancialYear { FinancialYear(startYear: start) }

    static var catalogue: LifecycleCatalogue {
        var catalogue = LifecycleCatalogue(snapshotDate: date("2026-08-22"))
        catalogue.add(
            LifecycleEntries(
                layer: .shipped,
                cycles: [
                    LifecycleCycle(
                        product: "windows-server", name: "2012-r2", releaseDate: date("2013-10-18"),
                        securitySupportEnd: .date(date("2023-10-10")), extendedSupportEnd: .date(date("2026-10-13")),
                        factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "windows-server", name: "2019", releaseDate: date("2018-11-13"),
                        securitySupportEnd: .date(date("2029-01-09")), factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "acme-os", name: "9", releaseDate: date("2020-01-01"),
                        securitySupportEnd: .date(date("2027-10-12")), factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "windows", name: "10-22h2-e", releaseDate: date("2022-10-18"),
                        securitySupportEnd: .date(date("2025-10-14")), extendedSupportEnd: .date(date("2028-10-10")),
                        factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "sharepoint", name: "2010", releaseDate: date("2010-07-15"),
                        securitySupportEnd: .date(date("2021-04-13")), factsAsOf: date("2026-08-22")),
                ]))
        return catalogue
    }

    static let matching: ProductMatching = { text, _, _ in
        let rules: [(String, String, String)] = [
            ("Server 2012 R2", "windows-server", "2012-r2"), ("Server 2019", "windows-server", "2019"),
            ("Acme OS 9", "acme-os", "9"), ("Windows 10", "windows", "10-22h2-e"),
            ("SharePoint Server 2010", "sharepoint", "2010"),
        ]
        for (needle, product, cycle) in rules where text.contains(needle) {
            return LifecycleMatch(product: product, cycle: cycle, confidence: .exact, rule: "test")
        }
        return .unmatched(rule: "test")
    }

    static func estate(_ assets: [Asset], systems: [System] = [], components: [Component] = []) -> Estate {
        Estate(
            snapshot: Snapshot(
                id: 1, takenOn: asOf, storedAt: "2026-10-01T00:00:00Z", organisation: "Test", sources: [],
                assetCount: assets.count, systemCount: systems.count, componentCount: components.count,
                rejectCount: 0),
            assets: assets, systems: systems, components: components)
    }

    static func laptop(_ id: String, bought: String, cost: Int64? = nil) -> Asset {
        Asset(
            id: id, assetClass: .laptop, purchaseDate: date(bought), purchaseCost: cost.map { Money(pounds: $0) },
            osName: "Microsoft Windows 11 Enterprise", cpu: "Intel(R) Core(TM) Ultra 5 135U", memoryBytes: 16 << 30,
            storageBytes: 512_000_000_000, tpmVersion: "2.0", lastSeen: asOf)
    }

    static func server(_ id: String, bought: String, os: String? = nil, cores: Int? = nil) -> Asset {
        Asset(
            id: id, hostname: id.lowercased(), assetClass: .server, purchaseDate: date(bought), osName: os,
            cores: cores, lastSeen: asOf, hosting: .dataCentre)
    }

    /// Defaults with hand-friendly prices: a laptop £1,000, a server £12,000.
    static func policy(_ change: (inout Policy) -> Void = { _ in }) -> Policy {
        var policy = Policy.defaults
        policy.finance.replacementCost[.laptop] = Money(pounds: 1_000)
        policy.finance.replacementCost[.server] = Money(pounds: 12_000)
        change(&policy)
        return policy
    }

    static func analysis(
        _ estate: Estate, policy: Policy = policy(), local: LocalLifecycle = LocalLifecycle(),
        options: FinanceOptions = FinanceOptions(), carbon: CarbonAnalysis? = nil
    ) throws -> FinanceAnalysis {
        let lifecycle = LifecycleAnalysis(
            estate: estate, policy: policy, catalogue: try local.applied(to: catalogue), local: local,
            matching: matching, asOf: asOf, horizonYears: options.horizonYears)
        return FinanceAnalysis(
            estate: estate, policy: policy, lifecycle: lifecycle, carbon: carbon, asOf: asOf, options: options)
    }

    /// The plan's lines of one type and category in one year.
    static func lines(
        _ plan: FinancePlan, _ start: Int, _ type: FinanceType, _ category: FinanceCategory
    ) -> [FinanceLine] {
        plan.lines.filter { $0.year.startYear == start && $0.type == type && $0.category == category }
    }

    static func pounds(_ amount: Int64) -> Money { Money(pounds: amount) }
}
