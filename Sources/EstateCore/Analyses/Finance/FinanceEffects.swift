import Foundation

/// Lease or buy for one class: the yearly payment, both options' present values at the Green Book discount
/// rate over the lease term, and what leasing the class's planned refreshes would do to the plan.
public struct LeaseAppraisal: Sendable, Hashable {
    /// The class appraised.
    public var assetClass: AssetClass
    /// Refreshes of the class in the plan (including replacements refreshed again).
    public var units: Int
    /// A unit's price (policy `finance_replacement_cost`).
    public var unitCost: Money
    /// The lease term (policy `finance_lease_term_years`, else the refresh cycle).
    public var termYears: Int
    /// The lessor's interest rate.
    public var leaseRate: Decimal
    /// The yearly payment in advance for one unit.
    public var payment: Money
    /// Buying: the price, paid now.
    public var buyPresentValue: Money
    /// Leasing: the payments over the term, discounted at the policy's discount rate.
    public var leasePresentValue: Money
    /// The Green Book discount rate both present values use (policy `discount_rate`).
    public var discountRate: Decimal
    /// Whether the lease is a low-value lease (revenue) or a right-of-use asset (capital) under IFRS 16.
    public var isLowValue: Bool
    /// Over the plan, leasing the class instead of buying it: capital no longer spent, revenue added.
    public var capitalAvoided: Money
    /// Revenue added over the plan by leasing the class.
    public var revenueAdded: Money

    /// Leasing's present value less buying's, for one unit: positive when leasing costs more.
    public var leaseExtraCost: Money { leasePresentValue - buyPresentValue }
}

/// What one planned migration does to the plan in each year, against the plan without it.
public struct MigrationEffect: Sendable, Hashable {
    /// The migration priced.
    public var migration: PlannedMigration
    /// The system's name in the register.
    public var systemName: String
    /// Capital no longer needed (refreshes of the freed shares of servers, a system replacement it supersedes),
    /// per planned year, besides its own one-off cost.
    public var capitalAvoided: [Money]
    /// The one-off cost, per planned year (capital or revenue by policy).
    public var oneOff: [Money]
    /// The run cost, per planned year.
    public var revenueAdded: [Money]
    /// Every other change to revenue, per year: the support contract stopped, electricity no longer used, and any
    /// refresh that drops below the capitalisation threshold (negative when revenue rises).
    public var revenueSaved: [Money]
    /// How each freed share was worked out.
    public var freed: [String]
}

extension FinanceAnalysis {
    /// Each migration's effect: the plan with it alone against the plan with none (leases as chosen).
    ///
    /// Both plans hold only the classes of the assets the migration frees (see ``FinancePlanner``), so each
    /// effect costs the few servers it touches rather than a plan of the whole estate.
    static func migrationEffects(context: FinanceContext, planner: FinancePlanner) -> [MigrationEffect] {
        var withoutByClasses: [Set<AssetClass>: (plan: FinancePlan, items: [FinanceRefreshItem])] = [:]
        return planner.migrations.map { migration in
            var ignored: [String] = []
            let freed = FinancePlanner.cuts(for: [migration], context: context, problems: &ignored).keys
            let classes = Set(freed.compactMap { context.assetsById[$0]?.assetClass })
            let without: (plan: FinancePlan, items: [FinanceRefreshItem])
            if let known = withoutByClasses[classes] {
                without = known
            } else {
                let none = FinancePlanner(context: context, migrations: [], leased: planner.leased, classes: classes)
                without = (
                    none.plan(firstDates: none.items.map(\.plannedDate), moves: none.items.map { _ in nil }).plan,
                    none.items
                )
                withoutByClasses[classes] = without
            }
            let alone = FinancePlanner(
                context: context, migrations: [migration], leased: planner.leased, classes: classes,
                chosen: without.items)
            let with = alone.plan(firstDates: alone.items.map(\.plannedDate), moves: alone.items.map { _ in nil }).plan
            func totals(_ plan: FinancePlan, _ type: FinanceType?, migration wanted: Bool) -> [Money] {
                plan.years.map { year in
                    plan.lines.reduce(.zero) { total, line in
                        line.year == year && (type == nil || line.type == type)
                            && (line.category == .migration) == wanted
                            ? total + line.amount : total
                    }
                }
            }
            let run = alone.spread(
                migration.annualRunCost, from: migration.date, until: context.horizonEnd.adding(days: 1))
            let revenueWith = totals(with, .revenue, migration: false)
            let revenueWithout = totals(without.plan, .revenue, migration: false)
            return MigrationEffect(
                migration: migration, systemName: context.systemsById[migration.systemId]?.name ?? migration.systemId,
                capitalAvoided: zip(
                    totals(without.plan, .capital, migration: false), totals(with, .capital, migration: false)
                )
                .map { $0 - $1 },
                oneOff: totals(with, nil, migration: true), revenueAdded: run,
                revenueSaved: zip(zip(revenueWithout, revenueWith), run).map { pair, added in pair.0 - (pair.1 - added)
                },
                freed: alone.cuts.keys.sorted().flatMap { index in
                    (alone.cuts[index] ?? []).map {
                        "\(alone.items[index].assetId): \(FinanceMath.percent($0.share)) from \($0.date) (\($0.reason))"
                    }
                })
        }
    }

    /// Lease or buy for every class with refreshes in the plan.
    ///
    /// Buying and leasing a class are compared on plans that hold only that class (see ``FinancePlanner``).
    static func leaseAppraisals(context: FinanceContext, planner: FinancePlanner) -> [LeaseAppraisal] {
        let policy = context.policy
        let finance = policy.finance
        let classes = Set(planner.items.map(\.assetClass))
        return AssetClass.allCases.filter { classes.contains($0) }.parallelMap { assetClass in
            let confined = FinancePlanner(
                context: context, migrations: planner.migrations, leased: planner.leased, classes: [assetClass])
            func plan(leasing leased: Set<AssetClass>) -> FinancePlan {
                confined.leasing(leased).plan(
                    firstDates: confined.items.map(\.plannedDate), moves: confined.items.map { _ in nil }
                ).plan
            }
            let buyPlan = plan(leasing: planner.leased.subtracting([assetClass]))
            let leasePlan = plan(leasing: planner.leased.union([assetClass]))
            let units = confined.items.reduce(0) {
                $0 + $1.refreshDates(from: $1.plannedDate, through: context.horizonEnd).count
            }
            let unit = finance.replacementCost(of: assetClass)
            let term = finance.leaseTerm(of: assetClass, policy: policy)
            let rate = finance.leaseRate(of: assetClass)
            let payment = LeaseMath.payment(cost: unit, rate: rate, years: term)
            return LeaseAppraisal(
                assetClass: assetClass, units: units, unitCost: unit, termYears: term, leaseRate: rate,
                payment: payment, buyPresentValue: unit,
                leasePresentValue: LeaseMath.presentValue(
                    payment: payment, years: term, discountRate: policy.discountRate),
                discountRate: policy.discountRate, isLowValue: planner.isLowValueLease(assetClass),
                capitalAvoided: buyPlan.capitalByYear.reduce(.zero, +) - leasePlan.capitalByYear.reduce(.zero, +),
                revenueAdded: leasePlan.revenueByYear.reduce(.zero, +) - buyPlan.revenueByYear.reduce(.zero, +))
        }
    }
}
