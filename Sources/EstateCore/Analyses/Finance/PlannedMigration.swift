/// A system the council plans to move to the cloud, as the finance plan prices it: the cut-over date, the
/// one-off cost, the yearly cost of running it there, and what it frees.
///
/// The cloud readiness analysis proposes these; tests and councils can also list them by hand.
///
/// ```swift
/// let move = PlannedMigration(
///     systemId: "APP015", on: LocalDate(year: 2027, month: 4, day: 1)!, target: .saas,
///     oneOffCost: Money(pounds: 40_000), annualRunCost: Money(pounds: 55_000),
///     basis: "cloud readiness: vendor offers SaaS, browser client")
/// ```
///
/// From the cut-over date the plan stops the system's current support contract (when
/// ``endsSupportContract``), adds the run cost, and takes out the system's share of the refreshes of the
/// physical servers it runs on (a virtual machine frees its share of its host by vCPUs, and a server running
/// several systems is shared equally among them), with the electricity those shares used.
public struct PlannedMigration: Sendable, Hashable {
    /// The system's id in the systems register.
    public var systemId: String
    /// The cut-over date: the run cost starts, the old contract stops, refreshes from then are avoided.
    public var date: LocalDate
    /// Where the system goes: ``SystemHosting/saas`` is a subscription; IaaS and PaaS are cloud run costs.
    public var target: SystemHosting
    /// Moving it: implementation, data migration, parallel running. Capital or revenue by the policy's
    /// `finance_migration_one_off` and the capitalisation threshold.
    public var oneOffCost: Money
    /// A year of the subscription or the cloud resources, from the cut-over date.
    public var annualRunCost: Money
    /// Whether the system's support and licence contract (its annual cost) stops at cut-over.
    public var endsSupportContract: Bool
    /// The assets the move frees, or `nil` for every asset the systems register says it runs on.
    public var assetIds: [String]?
    /// Where the figures come from: the readiness finding, a quote, a business case.
    public var basis: String

    /// A migration of `systemId` cutting over `on` `date`; `assetIds` nil frees what the register says it runs on.
    public init(
        systemId: String, on date: LocalDate, target: SystemHosting, oneOffCost: Money, annualRunCost: Money,
        endsSupportContract: Bool = true, assetIds: [String]? = nil, basis: String
    ) {
        self.systemId = systemId
        self.date = date
        self.target = target
        self.oneOffCost = oneOffCost
        self.annualRunCost = annualRunCost
        self.endsSupportContract = endsSupportContract
        self.assetIds = assetIds
        self.basis = basis
    }

    /// The revenue category its run cost falls in.
    public var runCategory: FinanceCategory { target == .saas ? .saasSubscription : .cloudRun }
}

/// What the finance analysis is asked to plan, beyond the estate and the policy.
public struct FinanceOptions: Sendable, Hashable {
    /// How many financial years from the one containing the as-of date.
    public var horizonYears: Int
    /// A yearly capital budget that replaces the policy's `capital_budget_per_year`.
    public var capitalBudget: Money?
    /// Whether to produce a smoothed plan (under the budget, or the plan's average capital without one).
    public var smooth: Bool
    /// Classes whose refreshes are leased instead of bought.
    public var leasedClasses: Set<AssetClass>
    /// Cloud migrations to price into the plan.
    public var migrations: [PlannedMigration]

    /// Five years, the policy's budget, no smoothing, nothing leased and no migrations unless given.
    public init(
        horizonYears: Int = 5, capitalBudget: Money? = nil, smooth: Bool = false, leasedClasses: Set<AssetClass> = [],
        migrations: [PlannedMigration] = []
    ) {
        self.horizonYears = horizonYears
        self.capitalBudget = capitalBudget
        self.smooth = smooth
        self.leasedClasses = leasedClasses
        self.migrations = migrations
    }
}
