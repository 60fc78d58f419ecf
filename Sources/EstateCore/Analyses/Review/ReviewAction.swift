import Foundation

/// One thing the year's plan asks for: from the roadmap (a refresh, a support end, a contract end, a planned
/// retirement), from cloud readiness (a migration cutting over) or from the debt register (a system's remedy).
public struct ReviewAction: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, CaseIterable {
        case roadmap, cloud, debt
    }

    public var source: Source
    /// The roadmap event kind, `migrate`, or the debt remedy's kind.
    public var kind: String
    public var subjectKind: RoadmapEvent.SubjectKind
    public var subjectId: String
    public var subjectName: String
    public var due: LocalDate
    public var severity: RoadmapEvent.Severity
    /// What to do and why, with the rule behind it.
    public var what: String
    /// What it costs, where the analyses price it.
    public var cost: Money?
    /// For a product's support end on end-user devices: the devices on it.
    public var assetIds: [String]
}

extension ReviewAction {
    /// The roadmap kinds that ask for work (warranty and active-support ends only inform).
    static let actionKinds: Set<RoadmapEvent.Kind> = [
        .securitySupportEnds, .extendedSupportEnds, .forcedRefresh, .refreshDue, .contractEnds, .plannedRetirement,
    ]

    /// The actions due in `year`: roadmap events of the kinds that ask for work (overdue refreshes are dated on
    /// the as-of date), migrations cutting over in the year, and the remedies of systems whose debt score is at
    /// least the policy's poor-fit score (`debt_time_poor_fit_score`, the TIME threshold of poor technical fit). Most severe first, then by date.
    public static func plan(for year: FinancialYear, analyses: EstateAnalyses) -> [ReviewAction] {
        let policy = analyses.policy
        var actions: [ReviewAction] = []
        // Statuses, events and items are read in place: copying one out retains every one of its strings.
        let events = analyses.lifecycle.events
        for position in events.indices
        where actionKinds.contains(events[position].kind) && year.contains(events[position].date) {
            let event = events[position]
            var cost: Money?
            if event.kind == .refreshDue || event.kind == .forcedRefresh,
                let assetClass = event.assetClass ?? analyses.estate.assetsById[event.subjectId]?.assetClass
            {
                cost = policy.finance.replacementCost(of: assetClass)
            }
            actions.append(
                ReviewAction(
                    source: .roadmap, kind: event.kind.rawValue, subjectKind: event.subjectKind,
                    subjectId: event.subjectId, subjectName: event.subjectName, due: event.date,
                    severity: event.severity, what: event.reason, cost: cost, assetIds: []))
        }
        // A product's action lists the devices it covers: found only for the products with an action this year.
        let products = Set(actions.lazy.filter { $0.subjectKind == .product }.map(\.subjectId))
        if !products.isEmpty {
            let devices = devicesByCycle(analyses, among: products)
            for index in actions.indices where actions[index].subjectKind == .product {
                actions[index].assetIds = devices[actions[index].subjectId] ?? []
            }
        }
        let systems = Dictionary(
            analyses.estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for migration in analyses.proposal.migrations where year.contains(migration.date) {
            let system = systems[migration.systemId]
            actions.append(
                ReviewAction(
                    source: .cloud, kind: "migrate", subjectKind: .system, subjectId: migration.systemId,
                    subjectName: system?.name ?? migration.systemId, due: migration.date,
                    severity: system?.criticality.map(severity) ?? .medium,
                    what: "move to \(migration.target.rawValue): \(migration.basis)", cost: migration.oneOffCost,
                    assetIds: []))
        }
        let items = analyses.debt.items
        for position in items.indices
        where items[position].subject.kind == .system && items[position].score >= policy.debt.poorFitScore {
            let item = items[position]
            guard let remedy = item.remedy else { continue }
            actions.append(
                ReviewAction(
                    source: .debt, kind: remedy.kind.rawValue, subjectKind: .system, subjectId: item.subject.id,
                    subjectName: item.name, due: year.lastDay, severity: item.criticality.map(severity) ?? .medium,
                    what:
                        "debt score \(item.score) (\(item.factorSummary)): \(remedy.kind.noun), \(remedy.basis)",
                    cost: remedy.cost, assetIds: []))
        }
        return actions.sorted {
            ($1.severity, $0.due, $0.source.rawValue, $0.subjectId) < (
                $0.severity, $1.due, $1.source.rawValue, $1.subjectId
            )
        }
    }

    /// The end-user devices on each of `products` (`product/cycle`, as a roadmap's product events name them),
    /// in the order of the lifecycle's statuses.
    static func devicesByCycle(_ analyses: EstateAnalyses, among products: Set<String>) -> [String: [String]] {
        var devices: [String: [String]] = [:]
        // Statuses of one caption share a resolution: each resolution's product is named once.
        var names = Memo<ObjectIdentifier, String?>()
        let components = analyses.lifecycle.components
        let assets = analyses.estate.assets
        for position in components.indices where components[position].subjectKind == .asset {
            let resolution = components[position].resolution
            let name = names.value(for: ObjectIdentifier(resolution)) {
                resolution.cycle.flatMap { cycle in
                    let name = "\(cycle.product)/\(cycle.name)"
                    return products.contains(name) ? name : nil
                }
            }
            guard let name,
                let asset = ComponentStatus.assetPosition(
                    of: components, at: position, lookup: analyses.estate.assetsById),
                assets[asset].assetClass.isEndUserDevice
            else { continue }
            devices[name, default: []].append(components[position].subjectId)
        }
        return devices
    }

    static func severity(_ criticality: Criticality) -> RoadmapEvent.Severity {
        switch criticality {
        case .low: .low
        case .medium: .medium
        case .high: .high
        case .critical: .critical
        }
    }
}
