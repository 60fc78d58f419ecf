import Foundation

/// What the finance plan draws from the estate, the lifecycle analysis and the carbon analysis, worked out once:
/// the refresh items, paid extended support, electricity, planned retirements and systems going out of support.
///
/// Plans with and without leases, migrations or smoothing are all built from one context.
struct FinanceContext: Sendable {
    let asOf: LocalDate
    let policy: Policy
    let estate: Estate
    /// The financial years planned, from the one containing the as-of date.
    let years: [FinancialYear]
    /// ``years`` as day numbers, for spreading amounts over them.
    let spans: [FinancialYear.DaySpan]
    /// The last day of the last year.
    let horizonEnd: LocalDate
    let items: [FinanceRefreshItem]
    /// The positions in ``items`` of each class's items, in order.
    let itemPositions: [AssetClass: [Int]]
    /// Assets left out of the refresh plan, with why, for the report.
    let notRefreshed: [NotRefreshed]
    let exposures: [ExtendedSupportExposure]
    let energy: FinanceEnergy?
    /// Electricity by class and year, the same in every plan (``energyLines(_:years:policy:)``).
    let energyLines: [FinanceLine]
    /// Planned retirements from the council's local lifecycle layer: system id to the retire-by date.
    let retirements: [String: LocalDate]
    let replacements: [SystemReplacementDue]
    let assetsById: AssetLookup
    /// The policy's post-warranty support fraction, for each item's maintenance in whole numbers.
    let supportFraction: ExactRatio
    let systemsById: [String: System]
    /// The systems the register says run on each asset.
    let systemsByAsset: [String: [String]]
    /// In-service virtual machines by the id of their host.
    let guestsByHost: [String: [Asset]]
    /// Each system's contract lines when it does not migrate (nil without an annual cost), in the register's
    /// order: the same in every plan, so worked out once rather than once for each migration appraised.
    private(set) var unmigratedContracts: [[FinanceLine]?] = []

    /// An asset the plan does not refresh, and why.
    struct NotRefreshed: Sendable, Hashable {
        var assetId: String
        var assetClass: AssetClass
        var reason: String
    }

    /// Paid extended security updates the council bought for a product on an asset or system.
    struct ExtendedSupportExposure: Sendable, Hashable {
        /// The asset, or `nil` for a system's own product.
        var assetId: String?
        var subjectId: String
        /// The class whose fee applies (a system pays the server fee).
        var assetClass: AssetClass
        /// `windows 10-22h2`.
        var product: String
        /// The first day with only paid updates, and the day after they end.
        var from: LocalDate
        var until: LocalDate
        var source: String
    }

    /// A system whose own product goes out of support within the plan.
    struct SystemReplacementDue: Sendable, Hashable {
        var system: System
        var product: String
        var lastSupportedDay: LocalDate
        var phase: String
        var layer: String
    }

    init(
        estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, carbon: consuming CarbonAnalysis?,
        asOf: LocalDate, horizonYears: Int
    ) {
        self.asOf = asOf
        self.policy = policy
        self.estate = estate
        var year = policy.financialYear(containing: asOf)
        var years: [FinancialYear] = []
        for _ in 0..<max(1, horizonYears) {
            years.append(year)
            year = year.next
        }
        self.years = years
        spans = years.map(FinancialYear.DaySpan.init)
        // The carbon analysis is read first and let go: its lines are a few hundred megabytes.
        let energy = (consume carbon).flatMap {
            $0.keepsLines ? FinanceEnergy(carbon: $0, years: years, estate: estate) : nil
        }
        horizonEnd = years[years.count - 1].lastDay
        assetsById = estate.assetsById
        supportFraction = ExactRatio(policy.finance.postWarrantySupportFraction)
        systemsById = Dictionary(estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var systemsByAsset: [String: [String]] = [:]
        for system in estate.systems {
            for assetId in Set(system.assetIds) { systemsByAsset[assetId, default: []].append(system.id) }
        }
        self.systemsByAsset = systemsByAsset.mapValues { $0.sorted() }
        var guests: [String: [Asset]] = [:]
        for asset in estate.assets where asset.status?.isInService ?? true {
            if let host = asset.hostId { guests[host, default: []].append(asset) }
        }
        guestsByHost = guests

        var retirements: [String: LocalDate] = [:]
        for event in lifecycle.events where event.kind == .plannedRetirement && event.subjectKind == .system {
            retirements[event.subjectId] = min(retirements[event.subjectId] ?? event.date, event.date)
        }
        self.retirements = retirements

        let built = Self.refreshItems(
            hardware: lifecycle.hardware, components: lifecycle.components, policy: policy, asOf: asOf,
            horizonEnd: horizonEnd, assets: estate.assets, assetsById: assetsById,
            criticality: Self.criticality(estate: estate))
        items = built.items
        var itemPositions: [AssetClass: [Int]] = [:]
        for index in built.items.indices { itemPositions[built.items[index].assetClass, default: []].append(index) }
        self.itemPositions = itemPositions
        notRefreshed = built.notRefreshed
        // Every refresh item's asset is in use, so asking of the asset itself is the same as asking the items.
        exposures = Self.exposures(
            lifecycle.components, assetsById: assetsById, from: years[0].firstDay
        ) {
            Self.isInUse($0, policy: policy, asOf: asOf)
        }
        replacements = Self.replacements(
            lifecycle.components, systemsById: systemsById, retirements: retirements, horizonEnd: horizonEnd)
        self.energy = energy
        energyLines = Self.energyLines(energy, years: years, policy: policy)
        unmigratedContracts = estate.systems.map { system in
            system.annualCost.flatMap { annual in
                annual > .zero
                    ? FinancePlanner.contractLines(system, annual: annual, migration: nil, context: self) : nil
            }
        }
    }

    /// Whether an asset is in use: in service, not a spare in stock, and seen within the policy's stale limit.
    static func isInUse(_ asset: Asset, policy: Policy, asOf: LocalDate) -> Bool {
        guard asset.status?.isInService ?? true, asset.status != .inStock else { return false }
        if let seen = asset.lastSeen, seen < asOf.adding(days: -policy.staleAfterDays) { return false }
        return true
    }

    /// Each asset's most critical system, directly or through the virtual machines it hosts.
    static func criticality(estate: Estate) -> [String: Criticality] {
        var result: [String: Criticality] = [:]
        let hostOf = Dictionary(
            estate.assets.compactMap { asset in asset.hostId.map { (asset.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        for system in estate.systems {
            guard let level = system.criticality else { continue }
            for id in system.assetIds {
                for target in [id, hostOf[id]].compactMap({ $0 }) where result[target].map({ $0 < level }) ?? true {
                    result[target] = level
                }
            }
        }
        return result
    }

    /// The paid extended-support periods the council's local layer records, from the first planned year on.
    static func exposures(
        _ components: [ComponentStatus], assetsById: AssetLookup, from start: LocalDate,
        inUse: (Asset) -> Bool
    ) -> [ExtendedSupportExposure] {
        var result: [ExtendedSupportExposure] = []
        // Statuses are read in place (copying one out retains every one of its strings); only the local layer's
        // are copied.
        for position in components.indices where components[position].resolution.cycle?.layer == .local {
            let component = components[position]
            guard let cycle = component.cycle, let end = cycle.extendedSupportEnd.date,
                let security = cycle.securitySupportEnd.date, end > security, end >= start
            else { continue }
            let assetClass: AssetClass
            var assetId: String?
            switch component.subjectKind {
            case .asset:
                guard let asset = assetsById[component.subjectId], inUse(asset) else { continue }
                assetClass = asset.assetClass
                assetId = asset.id
            case .system:
                assetClass = .server
            }
            result.append(
                ExtendedSupportExposure(
                    assetId: assetId, subjectId: component.subjectId, assetClass: assetClass,
                    product: "\(cycle.product) \(cycle.name)", from: security.adding(days: 1),
                    until: end.adding(days: 1), source: cycle.source ?? "layer local"))
        }
        return result.sorted { ($0.product, $0.subjectId) < ($1.product, $1.subjectId) }
    }

    /// Systems whose own product (not the platform under it) reaches its last supported day within the plan.
    static func replacements(
        _ components: [ComponentStatus], systemsById: [String: System], retirements: [String: LocalDate],
        horizonEnd: LocalDate
    ) -> [SystemReplacementDue] {
        var earliest: [String: SystemReplacementDue] = [:]
        for component in components where component.subjectKind == .system && component.kind == .application {
            guard let cycle = component.cycle, let end = LifecycleAnalysis.lastSupportedDay(cycle),
                end.date <= horizonEnd,
                let system = systemsById[component.subjectId], retirements[system.id] == nil
            else { continue }
            if let known = earliest[system.id], known.lastSupportedDay <= end.date { continue }
            earliest[system.id] = SystemReplacementDue(
                system: system, product: "\(component.text) (\(cycle.product) \(cycle.name))",
                lastSupportedDay: end.date, phase: end.phase, layer: cycle.layer.rawValue)
        }
        return earliest.values.sorted { $0.system.id < $1.system.id }
    }
}

extension FinanceContext {
    /// The items of `classes`, in the order of ``items``, gathered by position rather than by scanning them all.
    func items(of classes: Set<AssetClass>) -> [FinanceRefreshItem] {
        classes.flatMap { itemPositions[$0] ?? [] }.sorted().map { items[$0] }
    }
}
