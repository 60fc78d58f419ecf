import Foundation

/// What the estate emits, year by year from the as-of financial year to the net-zero year, and from what.
///
/// A pure function of the estate, the policy, the reference factors, the as-of date and, optionally, a
/// scenario. For each in-service asset:
/// - operational kgCO2e in a year = kWh a year at the device × PUE of its setting × UK grid factor of that
///   year (a cloud VM: Cloud Carbon Footprint's energy × provider PUE × region factor, the region factor
///   following the UK grid projection after the first year, as the UK regions draw on the same grid);
/// - embodied kgCO2e = its manufacture amortised straight-line over its expected life (the policy refresh
///   cycle) from its purchase date, nothing once fully amortised;
/// - the refresh plan replaces each powered physical device when its cycle ends (on the as-of date when it is
///   already past it) with a class-default device whose manufacture is amortised from then.
///
/// Years are financial years; a year takes the grid factor of the calendar year it starts in. Retired,
/// disposed and lost assets are left out.
///
/// ```swift
/// let carbon = CarbonAnalysis(estate: estate, policy: policy, factors: try .shipped(), asOf: today)
/// carbon.totals.first?.totalKg    // this financial year, kgCO2e
/// ```
public struct CarbonAnalysis: Sendable {
    /// The date the estate is as of; replacements past due are placed on it.
    public let asOf: LocalDate
    /// The policy the figures follow (cycles, stale limit, carbon settings, net-zero year).
    public let policy: Policy
    /// The financial years from the one containing the as-of date to the one starting in the net-zero year.
    public let years: [FinancialYear]
    /// The option applied, or `nil` for the baseline.
    public let scenario: CarbonScenario?
    /// One line per in-service asset (and, under a scenario, each new asset it adds), in inventory order.
    public var lines: [CarbonAssetLine]
    /// The estate's figures per year, in the order of ``years``.
    public var totals: [CarbonYearFigure]
    /// Assets retired, disposed or lost, left out.
    public var outOfService: Int
    /// What the scenario did, in words (candidates, counts).
    public var notes: [String]
    /// Every reference row the figures rest on, sorted by id.
    public var factorsUsed: [CarbonFactor]
    /// The estate analysed (for system attribution).
    public let estate: Estate

    /// Estimates the estate.
    /// - Complexity: O(*n* × *y*) in assets and years, plus O(*n* log *n*) for sorting factors.
    public init(
        estate: Estate, policy: Policy, factors: CarbonFactors, asOf: LocalDate, scenario: CarbonScenario? = nil
    ) {
        self.asOf = asOf
        self.policy = policy
        self.scenario = scenario
        self.estate = estate
        let first = policy.financialYear(containing: asOf)
        let last = max(first.startYear, policy.netZeroYear)
        let years = (first.startYear...last).map {
            FinancialYear(startYear: $0, startMonth: policy.financialYearStartMonth)
        }
        self.years = years

        let inService = estate.assets.filter { $0.status?.isInService ?? true }
        outOfService = estate.assets.count - inService.count
        let estimator = CarbonEstimator(
            factors: factors, policy: policy, asOf: asOf, inServiceIds: Set(inService.map(\.id)))
        var estimates = inService.map(estimator.estimate)

        var planner = CarbonPlanner(
            asOf: asOf, policy: policy, factors: factors, horizonStart: first.firstDay,
            horizonEnd: years[years.count - 1].lastDay.adding(days: 1), estimates: estimates, assets: inService,
            systems: estate.systems)
        if let scenario { planner.apply(scenario) }
        estimates += planner.addedEstimates
        notes = planner.notes

        let grid = years.map { factors.grid(forYear: $0.startYear) }
        var lines: [CarbonAssetLine] = []
        lines.reserveCapacity(estimates.count)
        var totals = [CarbonYearFigure](repeating: CarbonYearFigure(), count: years.count)
        for estimate in estimates {
            let plan = planner.plan(for: estimate)
            var figures: [CarbonYearFigure] = []
            figures.reserveCapacity(years.count)
            for (index, year) in years.enumerated() {
                var figure = CarbonYearFigure()
                for tenure in plan.tenures {
                    figure += tenure.figure(
                        in: year, gridKgPerKWh: grid[index].kgCO2ePerKWh, baseGridKgPerKWh: grid[0].kgCO2ePerKWh)
                }
                figures.append(figure)
                totals[index] += figure
            }
            lines.append(
                CarbonAssetLine(
                    estimate: estimate, years: figures, firstReplacement: plan.firstReplacement,
                    scenarioNote: planner.scenarioNotes[estimate.assetId]))
        }
        self.lines = lines
        self.totals = totals

        var cited: [String: CarbonFactor] = [:]
        for line in lines {
            for factor in line.estimate.factors where cited[factor.id] == nil { cited[factor.id] = factor }
        }
        for factor in planner.addedFactors where cited[factor.id] == nil { cited[factor.id] = factor }
        for row in grid {
            let id = "grid-intensity-uk.csv \(row.year)"
            cited[id] = CarbonFactor(
                id: id, name: "UK grid electricity \(row.year)\(row.isProjection ? " (projection)" : "")",
                value: row.kgCO2ePerKWh, unit: "kgCO2e/kWh", source: row.source, status: row.status)
        }
        factorsUsed = cited.values.sorted()
    }

    /// The figures of the as-of financial year.
    public var currentYear: CarbonYearFigure { totals.first ?? CarbonYearFigure() }

    /// The figures of the last year (the net-zero year).
    public var finalYear: CarbonYearFigure { totals.last ?? CarbonYearFigure() }
}

/// One asset's estimate and its figures in each year.
public struct CarbonAssetLine: Sendable, Hashable {
    /// The asset's profile and the basis of each figure.
    public var estimate: CarbonAssetEstimate
    /// In the order of ``CarbonAnalysis/years``.
    public var years: [CarbonYearFigure]
    /// When the refresh plan (or a scenario) first replaces the device, if within the years shown.
    public var firstReplacement: LocalDate?
    /// What a scenario did to the asset, if anything.
    public var scenarioNote: String?
}
