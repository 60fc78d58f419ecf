import Foundation

/// A capital purchase in a plan, for depreciation.
struct CapitalPurchase: Sendable, Hashable {
    var date: LocalDate
    var amount: Money
    /// The class, or `systems` for system replacements and migrations.
    var group: String
    var lifeYears: Int
}

/// How smoothing moved a refresh.
public enum FinanceMoveKind: String, Sendable, Hashable {
    /// Into an earlier year with room in the budget.
    case broughtForward = "brought-forward"
    /// Into a later year with room, within the refresh's limits.
    case deferred
}

/// Builds plans from a context under one choice of migrations and leased classes. The lines that do not depend
/// on when refreshes happen are worked out once; ``plan(firstDates:moves:)`` adds the refresh lines and what
/// hangs on refresh dates (extended support, post-warranty support, energy of moved refreshes).
///
/// A planner may be confined to the refreshes of some classes. Refresh lines, programmes, leases and moves are
/// worked out class by class and added up in whole pence, so two plans confined to the same classes differ by
/// exactly what the full plans differ by whenever the choices compared touch only those classes: the effect of a
/// migration or of leasing a class is worked out from the few assets it touches, not the whole estate.
struct FinancePlanner: Sendable {
    let context: FinanceContext
    let migrations: [PlannedMigration]
    private(set) var leased: Set<AssetClass>
    /// The context's items (only those of the classes the planner is confined to), shared rather than copied.
    let items: [FinanceRefreshItem]
    /// The shares migrations free, by position in ``items``: kept beside the items so that no planner copies a
    /// million items to mark a few servers.
    let cuts: [Int: [MigrationCut]]
    let fixedLines: [FinanceLine]
    let fixedPurchases: [CapitalPurchase]
    /// Migrations that could not be priced, and why.
    let problems: [String]
    /// Systems the register gives no annual cost for.
    let unpricedSystems: [String]

    /// A planner for `requested` migrations with `leased` classes leased, confined to `classes` when given;
    /// `chosen` hands over those classes' items when another planner has already picked them out.
    init(
        context: FinanceContext, migrations requested: [PlannedMigration], leased: Set<AssetClass>,
        classes: Set<AssetClass>? = nil, chosen: [FinanceRefreshItem]? = nil
    ) {
        self.context = context
        self.leased = leased
        var problems: [String] = []
        var accepted: [PlannedMigration] = []
        for migration in requested.sorted(by: { ($0.date, $0.systemId) < ($1.date, $1.systemId) }) {
            if context.systemsById[migration.systemId] == nil {
                problems.append(
                    "planned migration of \(migration.systemId): no such system in the register; not priced")
            } else if accepted.contains(where: { $0.systemId == migration.systemId }) {
                problems.append(
                    "planned migration of \(migration.systemId) on \(migration.date): the system already migrates earlier; not priced"
                )
            } else if migration.date > context.horizonEnd || migration.date < context.years[0].firstDay {
                problems.append(
                    "planned migration of \(migration.systemId) on \(migration.date): outside the plan (\(context.years[0]) to \(context.years[context.years.count - 1])); not priced"
                )
            } else {
                accepted.append(migration)
            }
        }
        migrations = accepted
        let cuts = Self.cuts(for: accepted, context: context, problems: &problems)
        let items =
            chosen ?? classes.map(context.items(of:)) ?? context.items
        var cutsAt: [Int: [MigrationCut]] = [:]
        if !cuts.isEmpty {
            for index in items.indices {
                if let freed = cuts[items[index].assetId] { cutsAt[index] = freed }
            }
        }
        self.items = items
        self.cuts = cutsAt
        var lines: [FinanceLine] = []
        var purchases: [CapitalPurchase] = []
        var unpriced: [String] = []
        let migrating = Dictionary(accepted.map { ($0.systemId, $0) }, uniquingKeysWith: { first, _ in first })
        for (position, system) in context.estate.systems.enumerated() {
            guard let annual = system.annualCost, annual > .zero else {
                unpriced.append(system.id)
                continue
            }
            if let migration = migrating[system.id] {
                lines += Self.contractLines(system, annual: annual, migration: migration, context: context)
            } else {
                lines += context.unmigratedContracts[position] ?? []
            }
        }
        let replacements = Self.replacementLines(context: context, migrating: migrating, problems: &problems)
        lines += replacements.lines
        purchases += replacements.purchases
        let moves = Self.migrationLines(accepted, cuts: cuts, context: context)
        lines += moves.lines
        purchases += moves.purchases
        lines += context.energyLines
        fixedLines = lines
        fixedPurchases = purchases
        self.problems = problems
        unpricedSystems = unpriced
    }

    /// The same planner with other classes leased: leasing changes only how plans buy refreshes, so the items
    /// and fixed lines are shared, not worked out or copied again.
    func leasing(_ classes: Set<AssetClass>) -> FinancePlanner {
        var planner = self
        planner.leased = classes
        return planner
    }

    /// What a replacement for item `index` bought on `date` costs, net of the shares migrations free by then.
    func cost(_ index: Int, on date: LocalDate) -> Money {
        guard let freed = cuts[index] else { return items[index].unitCost }
        return FinanceRefreshItem.cost(items[index].unitCost, after: freed, on: date)
    }

    var years: [FinancialYear] { context.years }
    var policy: Policy { context.policy }

    /// The index of the planned year containing `date`, or nil outside the plan.
    func yearIndex(_ date: LocalDate) -> Int? {
        let offset = policy.financialYear(containing: date).startYear - years[0].startYear
        return offset >= 0 && offset < years.count ? offset : nil
    }

    /// An annual amount spread over the planned years for the days from `from` to the day before `until`.
    func spread(_ annual: Money, from: LocalDate, until: LocalDate) -> [Money] {
        FinanceMath.spread(annual, from: from, until: until, over: context.spans)
    }

    /// Whether capital of `amount` in one purchase or programme is capital under the threshold.
    func isCapital(_ amount: Money) -> Bool { amount >= policy.capitalisationThreshold }

    /// `at or above the £10,000 threshold (policy capitalisation_threshold)`.
    func thresholdText(_ amount: Money) -> String {
        let side = isCapital(amount) ? "at or above" : "below"
        return "\(side) the \(policy.capitalisationThreshold.wholePounds) threshold (policy capitalisation_threshold)"
    }

    /// `, ESTIMATE` when a setting is at Estate's default estimate, for a line's basis.
    func estimate(_ key: String) -> String { Self.estimate(key, policy: policy) }

    static func estimate(_ key: String, policy: Policy) -> String {
        (policy.assumptions.first { $0.key == key }?.isDefault ?? true) ? ", ESTIMATE" : ""
    }
}
