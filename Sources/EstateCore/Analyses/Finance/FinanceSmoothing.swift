import Foundation

/// A year whose capital exceeds the plan's yearly average by more than the policy's spike percentage.
public struct FinanceSpike: Sendable, Hashable {
    /// The financial year.
    public var year: FinancialYear
    /// Its capital.
    public var capital: Money
    /// The plan's average capital a year.
    public var average: Money
    /// How far above the average, as a fraction (0.6 is 60% above).
    public var aboveAverage: Decimal
}

/// A refresh a smoothed plan moved, why, and the risk it carries.
public struct FinanceMove: Sendable, Hashable {
    /// The asset refreshed.
    public var assetId: String
    /// Its hostname, else its id.
    public var name: String
    /// Its class.
    public var assetClass: AssetClass
    /// Brought forward or deferred.
    public var kind: FinanceMoveKind
    /// The baseline date and the smoothed one.
    public var from: LocalDate
    /// The smoothed date: the last day of an earlier year, or the first day of a later one.
    public var to: LocalDate
    /// The first refresh's cost (net of shares freed by migrations).
    public var cost: Money
    /// Which year was over budget and where it went.
    public var reason: String
    /// What limits how late it could go: a forced upgrade, a security end of support, the deferral limit.
    public var limit: String
    /// Electricity: more while an old device runs longer, less when its replacement comes sooner.
    public var extraEnergy: Money
    /// Post-warranty support while deferred, and extended-support fees it adds or saves.
    public var extraSupport: Money

    /// Days moved: positive when deferred.
    public var days: Int { from.days(until: to) }
}

/// A year still over budget after smoothing, and why nothing more could move.
public struct FinanceShortfall: Sendable, Hashable {
    /// The financial year.
    public var year: FinancialYear
    /// Its capital.
    public var capital: Money
    /// The yearly capital budget.
    public var budget: Money
    /// What keeps the year over: refreshes that cannot move and why, and capital that is not a refresh.
    public var reason: String

    /// How far the year is over budget.
    public var excess: Money { capital - budget }
}

/// What a smoothed plan risks by deferring refreshes.
public struct FinanceRisk: Sendable, Hashable {
    /// Assets kept past their planned refresh.
    public var assetsBeyondLife: Int
    /// Their days past the planned refresh, summed.
    public var daysBeyondLife: Int
    /// Electricity of old devices running longer, less that saved by refreshes brought forward.
    public var extraEnergy: Money
    /// Post-warranty support and extended-support fees added, less fees saved.
    public var extraSupport: Money
}

/// The plan under a yearly capital budget: refreshes brought forward into years with room, or deferred, never
/// past a forced upgrade, an infrastructure asset's security end of support or the policy's deferral limit.
public struct FinanceSmoothing: Sendable, Hashable {
    /// The yearly capital budget.
    public var budget: Money
    /// Where the budget comes from: `--budget`, the policy, or the baseline's average.
    public var budgetBasis: String
    /// The smoothed plan.
    public var plan: FinancePlan
    /// Every refresh moved, by its planned date.
    public var moves: [FinanceMove]
    /// Years still over budget.
    public var shortfalls: [FinanceShortfall]
    /// The smoothed plan's spike years (against its own average).
    public var spikes: [FinanceSpike]
    /// What deferring costs and risks.
    public var risk: FinanceRisk
}

extension FinanceSpike {
    /// The years of `plan` whose capital exceeds the average by more than `fraction`.
    public static func spikes(in plan: FinancePlan, fraction: Decimal) -> [FinanceSpike] {
        let capital = plan.capitalByYear
        guard !capital.isEmpty else { return [] }
        let total = capital.reduce(Money.zero, +)
        let average = total.scaled(by: 1, over: Int64(capital.count))
        guard average > .zero else { return [] }
        let limit = FinanceMath.pounds(average) * (1 + fraction)
        return zip(plan.years, capital).compactMap { year, amount in
            let pounds = FinanceMath.pounds(amount)
            guard pounds > limit else { return nil }
            return FinanceSpike(
                year: year, capital: amount, average: average,
                aboveAverage: (pounds - FinanceMath.pounds(average)) / FinanceMath.pounds(average))
        }
    }
}
