import Foundation

/// A scenario against the baseline, year by year: the tCO2e it saves and what that is worth at the UK
/// carbon values for appraisal.
///
/// Saving = baseline − scenario, so a positive figure is carbon avoided and a negative one carbon added.
/// Value = saving in tonnes × the year's carbon value (DESNZ, real 2022 prices, the policy's series);
/// present value discounts each year by the policy's discount rate from the as-of year (the Green Book's
/// 3.5% by default).
public struct CarbonComparison: Sendable {
    public var scenario: CarbonScenario
    /// The CSV stem (`extend_life_1`).
    public var key: String
    /// The option in words.
    public var title: String
    /// How Estate applies the option.
    public var rule: String
    /// What the scenario did: its candidates and counts.
    public var notes: [String]
    /// One entry per year of the baseline.
    public var years: [Year]
    /// The carbon-value series the values use.
    public var series: AppraisalSeries

    /// One year of the comparison.
    public struct Year: Sendable, Hashable {
        public var year: FinancialYear
        public var baselineKg: Double
        public var scenarioKg: Double
        public var savingKg: Double { baselineKg - scenarioKg }
        /// The carbon value per tonne used, and its calendar year.
        public var valuePerTonne: Money
        /// The calendar year of the carbon value used (the nearest in the table).
        public var valueYear: Int
        /// The saving × the carbon value per tonne, real 2022 prices.
        public var value: Money
        /// ``value`` discounted to the first year at the policy's rate.
        public var presentValue: Money
    }

    /// Compares a scenario's analysis with the baseline's (both of the same estate, policy and date).
    public init(baseline: CarbonAnalysis, alternative: CarbonAnalysis, factors: CarbonFactors) {
        let policy = baseline.policy
        let scenario = alternative.scenario ?? .extendLife(years: 0)
        self.scenario = scenario
        key = scenario.key(policy: policy)
        title = scenario.title(policy: policy)
        rule = scenario.rule(policy: policy)
        notes = alternative.notes
        series = policy.carbon.appraisalSeries
        var out: [Year] = []
        for (index, year) in baseline.years.enumerated() {
            let before = baseline.totals[index].totalKg
            let after = alternative.totals.indices.contains(index) ? alternative.totals[index].totalKg : before
            let appraisal = factors.appraisalValue(forYear: year.startYear)
            let perTonne = appraisal?.value(policy.carbon.appraisalSeries) ?? .zero
            let value = Self.value(savingKg: before - after, perTonne: perTonne)
            out.append(
                Year(
                    year: year, baselineKg: before, scenarioKg: after, valuePerTonne: perTonne,
                    valueYear: appraisal?.year ?? year.startYear, value: value,
                    presentValue: Self.discounted(value, rate: policy.discountRate, years: index)))
        }
        years = out
    }

    /// The saving over all the years.
    public var totalSavingKg: Double { years.reduce(0) { $0 + $1.savingKg } }
    /// The value of the saving over all the years.
    public var totalValue: Money { years.reduce(.zero) { $0 + $1.value } }
    /// The present value over all the years.
    public var totalPresentValue: Money { years.reduce(.zero) { $0 + $1.presentValue } }
    /// The saving in the last year (the net-zero year): the yearly rate the option leaves.
    public var finalYearSavingKg: Double { years.last?.savingKg ?? 0 }

    /// Tonnes × £ per tonne, to the penny (the saving is taken to the nearest gram).
    static func value(savingKg: Double, perTonne: Money) -> Money {
        guard savingKg.isFinite else { return .zero }
        let grams = Int64((savingKg * 1_000).rounded(.toNearestOrAwayFromZero))
        return perTonne.scaled(by: grams, over: 1_000_000)
    }

    /// `value` ÷ (1 + rate)^years, to the penny.
    static func discounted(_ value: Money, rate: Decimal, years: Int) -> Money {
        guard years > 0 else { return value }
        var factor = Decimal(1)
        for _ in 0..<years { factor *= 1 + rate }
        var exact = Decimal(value.pence) / factor
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return Money(pence: NSDecimalNumber(decimal: rounded).int64Value)
    }
}
