import Foundation

/// Every analysis of one snapshot on one date, made once and shared by the report, the history, the review pack
/// and the organisations' comparison: the overview, lifecycle (given), debt, cloud readiness with its proposed
/// migrations, carbon and the finance plan with those migrations priced.
public struct EstateAnalyses: Sendable {
    public let estate: Estate
    public let policy: Policy
    public let asOf: LocalDate
    /// What the estate holds (counts by class, site, age): the report's overview and the review's headline.
    public let overview: Overview
    public let lifecycle: LifecycleAnalysis
    public let debt: DebtAnalysis
    public let cloud: CloudReadiness
    public let proposal: CloudMigrationProposal
    /// Its totals, notes and factors; nil when the carbon factors could not be read (energy then goes unpriced).
    /// Its lines, one per asset, are let go once the finance plan has read its electricity from them.
    public let carbon: CarbonAnalysis?
    public let finance: FinanceAnalysis

    /// Analyses `estate` on `asOf` from its lifecycle analysis and the carbon factors (the carbon analysis is
    /// made from them unless one is given: the baseline of the same estate, policy and date); `smoothsFinance`
    /// adds the smoothed plan the report shows. Debt, when not given already under way
    /// (``debt(estate:policy:lifecycle:factors:asOf:carbon:)``), is started first: it needs the lifecycle and
    /// electricity figures only, so it is worked out on another core while the rest is; so is the overview, unless
    /// it is given under way too (it needs only the estate, so a caller can start it before the lifecycle).
    public init(
        estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, factors: CarbonFactors?, asOf: LocalDate,
        carbon given: consuming CarbonAnalysis? = nil, cloud givenCloud: CloudReadiness? = nil,
        debt givenDebt: Later<DebtAnalysis>? = nil, overview givenOverview: Later<Overview>? = nil,
        smoothsFinance: Bool = false
    ) {
        let debt =
            givenDebt
            ?? EstateAnalyses.debt(
                estate: estate, policy: policy, lifecycle: lifecycle, factors: factors, asOf: asOf,
                carbon: copy given)
        // The overview needs only the estate: it is counted beside the finance plan, on a core debt leaves free.
        let overview = givenOverview ?? Later { Overview(estate: estate, policy: policy, asOf: asOf) }
        self.estate = estate
        self.policy = policy
        self.asOf = asOf
        self.lifecycle = lifecycle
        let carbon =
            (consume given) ?? factors.map { CarbonAnalysis(estate: estate, policy: policy, factors: $0, asOf: asOf) }
        self.carbon = carbon?.droppingLines()
        let cloud = givenCloud ?? CloudReadiness(estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf)
        let proposal = cloud.plannedMigrations(estate: estate)
        self.cloud = cloud
        self.proposal = proposal
        // The finance plan is handed the only copy of the lines, and lets them go once it has read them.
        finance = FinanceAnalysis(
            estate: estate, policy: policy, lifecycle: lifecycle, carbon: consume carbon, asOf: asOf,
            options: FinanceOptions(
                horizonYears: lifecycle.horizonYears, smooth: smoothsFinance, migrations: proposal.migrations))
        self.overview = overview.take()
        // Read, not taken: a report reads the same debt analysis for its section while this one is worked out.
        self.debt = debt.read()
    }

    /// Starts the debt analysis (with the electricity it prices) on another thread: it needs the lifecycle but
    /// nothing of cloud readiness or the finance plan, which are worked out meanwhile. Its electricity comes from
    /// `carbon`'s estimates when given (the baseline of the same estate, policy and date), else from the factors.
    /// The analysis is handed `carbon` and lets it go once its electricity is read, so a million lines are not
    /// held for the rest of the debt analysis.
    public static func debt(
        estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, factors: CarbonFactors?, asOf: LocalDate,
        carbon: consuming CarbonAnalysis? = nil
    ) -> Later<DebtAnalysis> {
        let baseline = Handoff(carbon)
        return Later {
            let energy =
                baseline.take().flatMap { DebtEnergy(estate: estate, carbon: $0) }
                ?? factors.map { DebtEnergy(estate: estate, policy: policy, factors: $0, asOf: asOf) }
                ?? .unavailable("the carbon factors could not be read, so energy is not priced")
            return DebtAnalysis(estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf, energy: energy)
        }
    }

    /// The snapshot analysed.
    public var snapshot: Snapshot { estate.snapshot }
}
