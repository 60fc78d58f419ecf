import Foundation

/// Capital and revenue by financial year, what drives each line, the spikes, a smoothed plan, lease or buy,
/// the effect of cloud migrations, and depreciation.
///
/// A pure function of the estate, the policy, the lifecycle analysis (refresh dates, forced refreshes, support
/// ends, planned retirements), the carbon analysis (electricity per asset; optional), the as-of date and the
/// options. Each year is a whole financial year: the as-of year includes the months already past.
///
/// ```swift
/// let finance = FinanceAnalysis(
///     estate: estate, policy: policy, lifecycle: lifecycle, carbon: carbon, asOf: today,
///     options: FinanceOptions(smooth: true, migrations: readiness.plannedMigrations))
/// finance.plan.capitalByYear   // smoothed capital per year
/// ```
///
/// ## Topics
/// - ``baseline`` and ``plan``: the lines
/// - ``spikes`` and ``smoothing``
/// - ``leaseAppraisals`` and ``migrationEffects``: capital to revenue
/// - ``depreciation``
public struct FinanceAnalysis: Sendable {
    /// The date the plan is worked out for.
    public let asOf: LocalDate
    /// The policy every figure follows.
    public let policy: Policy
    /// The horizon, budget, smoothing, leases and migrations asked for.
    public let options: FinanceOptions
    /// The planned years, from the one containing the as-of date.
    public let years: [FinancialYear]
    /// Every refresh in the plan, with the shares migrations free.
    public var items: [FinanceRefreshItem]
    /// The plan with refreshes when they fall due (leases and migrations applied as asked).
    public var baseline: FinancePlan
    /// The baseline's spike years.
    public var spikes: [FinanceSpike]
    /// The smoothed plan, when asked for.
    public var smoothing: FinanceSmoothing?
    /// Depreciation of existing capital assets and of the plan's capital purchases (the plan in effect).
    public var depreciation: [FinanceDepreciationLine]
    /// Lease or buy, for every class with refreshes in the plan.
    public var leaseAppraisals: [LeaseAppraisal]
    /// What each accepted migration does.
    public var migrationEffects: [MigrationEffect]
    /// In-service physical assets not refreshed, and why (spares, unused, no purchase date).
    public var notRefreshed: [FinanceExclusion]
    /// Inputs that could not be priced: migrations of unknown systems, systems going out of support with no cost.
    public var problems: [String]
    /// Systems with no annual cost in the register (no contract line).
    public var unpricedSystems: [String]
    /// Whether electricity is priced, and from which analysis.
    public var energyNote: String

    /// The plan in effect: the smoothed plan when there is one, else the baseline.
    public var plan: FinancePlan { smoothing?.plan ?? baseline }

    /// The yearly capital budget the council set (`--budget`, else the policy), if any.
    public var budget: Money? { options.capitalBudget ?? policy.capitalBudgetPerYear }

    /// The baseline's average capital a year.
    public var averageCapital: Money {
        let capital = baseline.capitalByYear
        return capital.reduce(.zero, +).scaled(by: 1, over: Int64(max(1, capital.count)))
    }

    /// Analyses the estate.
    /// - Complexity: O(*n* × *y*) in assets and years for the plan, times the number of classes for lease or
    ///   buy and of migrations for their effects, plus the smoothing's moves.
    public init(
        estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, carbon: consuming CarbonAnalysis?,
        asOf: LocalDate, options: FinanceOptions = FinanceOptions()
    ) {
        self.asOf = asOf
        self.policy = policy
        self.options = options
        let carbonSource = carbon.map { (asOf: $0.asOf, keepsLines: $0.keepsLines) }
        // The context reads the electricity and lets the carbon analysis go.
        let context = FinanceContext(
            estate: estate, policy: policy, lifecycle: lifecycle, carbon: consume carbon, asOf: asOf,
            horizonYears: options.horizonYears)
        years = context.years
        let planner = FinancePlanner(context: context, migrations: options.migrations, leased: options.leasedClasses)
        let baselineResult = planner.plan(
            firstDates: planner.items.map(\.plannedDate), moves: planner.items.map { _ in nil })
        baseline = baselineResult.plan
        spikes = FinanceSpike.spikes(in: baseline, fraction: policy.finance.spikeFraction)
        // Leasing and each migration are appraised against the unsmoothed plan, beside the smoothing.
        let appraisals = Later {
            (
                Self.leaseAppraisals(context: context, planner: planner),
                Self.migrationEffects(context: context, planner: planner)
            )
        }
        var purchases = baselineResult.purchases
        if options.smooth {
            let average = baseline.capitalByYear.reduce(Money.zero, +).scaled(
                by: 1, over: Int64(max(1, baseline.years.count)))
            let budget: Money
            let basis: String
            if let given = options.capitalBudget {
                budget = given
                basis = "the budget given (--budget)"
            } else if let set = policy.capitalBudgetPerYear {
                budget = set
                basis = "policy capital_budget_per_year"
            } else {
                budget = Money(pence: (average.pence + 99) / 100 * 100)
                basis = "no budget set: the baseline's average capital a year, to flatten the profile"
            }
            // The smoothed plan's purchases are depreciated in place of the baseline's.
            (smoothing, purchases) = planner.smooth(baseline: baseline, budget: budget, budgetBasis: basis)
        } else {
            smoothing = nil
        }
        depreciation = FinanceDepreciation.lines(estate: estate, policy: policy, years: years, purchases: purchases)
        (leaseAppraisals, migrationEffects) = appraisals.take()
        notRefreshed = context.notRefreshed.map {
            FinanceExclusion(assetId: $0.assetId, assetClass: $0.assetClass, reason: $0.reason)
        }
        problems = planner.problems
        unpricedSystems = planner.unpricedSystems
        let carriedFrom = context.energy?.carriedFrom
        // The shares migrations free are written into the items once the planner and its context, which share the
        // items' storage, are let go: marking them before would copy every item of a million-asset plan.
        var items = planner.items
        let cuts = planner.cuts
        _ = consume planner
        _ = consume context
        for (index, freed) in cuts { items[index].migrationCuts = freed }
        self.items = items
        if let carbonSource, !carbonSource.keepsLines {
            energyNote = "electricity not priced: the carbon analysis given kept no asset's figures"
        } else if let carbonSource {
            var note = "electricity from the carbon analysis as of \(carbonSource.asOf)"
            if let carried = carriedFrom { note += "; years after \(carried) repeat its figures" }
            energyNote = note
        } else {
            energyNote = "electricity not priced: no carbon analysis was given"
        }
    }
}

/// An in-service physical asset the plan does not refresh, and why.
public struct FinanceExclusion: Sendable, Hashable {
    /// The asset left out.
    public var assetId: String
    /// Its class.
    public var assetClass: AssetClass
    /// Why it is not refreshed.
    public var reason: String
}
