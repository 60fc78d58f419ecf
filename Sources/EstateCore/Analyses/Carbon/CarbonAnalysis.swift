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
    /// One line per in-service asset (and, under a scenario, each new asset it adds), in inventory order; none
    /// when the analysis kept none (see ``keepsLines``).
    public var lines: [CarbonAssetLine]
    /// Whether ``lines`` holds every asset's line: false for an option worked out for its totals only and for an
    /// analysis whose lines were let go once read (``droppingLines()``), which can price nobody's electricity.
    public private(set) var keepsLines: Bool
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
    ///
    /// `movableServerIds` are the servers the move-to-cloud option moves: cloud readiness's
    /// ``CloudReadiness/movableServerIds``; without them the option uses its own rule.
    public init(
        estate: Estate, policy: Policy, factors: CarbonFactors, asOf: LocalDate, scenario: CarbonScenario? = nil,
        movableServerIds: Set<String>? = nil
    ) {
        self.init(
            prepared: Prepared(
                estate: estate, policy: policy, factors: factors, asOf: asOf, movableServerIds: movableServerIds),
            scenario: scenario, keepsLines: true)
    }

    /// What every scenario of one estate shares: the in-service assets and their estimates, which no scenario
    /// changes, so a report that compares options works them out once.
    struct Prepared: Sendable {
        let estate: Estate
        let policy: Policy
        let factors: CarbonFactors
        let asOf: LocalDate
        /// The in-service assets, read in place (a copy of each would retain every one of its strings).
        let inService: AssetSelection
        /// One per in-service asset, in the same order.
        let estimates: [CarbonAssetEstimate]
        /// The reference rows ``estimates`` cite, by id: the same under every option, so gathered once.
        let cited: [String: CarbonFactor]
        /// The servers cloud readiness moves (rehost, replatform, relocate), for the move-to-cloud option; nil
        /// falls back to its own rule (on-premises systems on virtual machines, or whose vendor offers SaaS).
        var movableServerIds: Set<String>?

        /// - Complexity: O(*n*) in assets (each distinct model is matched to the factors once).
        init(
            estate: Estate, policy: Policy, factors: CarbonFactors, asOf: LocalDate,
            movableServerIds: Set<String>? = nil
        ) {
            self.movableServerIds = movableServerIds
            self.estate = estate
            self.policy = policy
            self.factors = factors
            self.asOf = asOf
            let assets = estate.assets
            let inService = AssetSelection.inService(assets)
            self.inService = inService
            let estimator = CarbonEstimator(
                factors: factors, policy: policy, asOf: asOf,
                inServiceIds: Set(inService.positions.map { assets[$0].id }))
            let estimates = inService.positions.map { estimator.estimate(assets[$0]) }
            self.estimates = estimates
            var cited: [String: CarbonFactor] = [:]
            Self.cited(by: estimates, into: &cited)
            self.cited = cited
        }

        /// Adds the reference rows `estimates` cite to `cited`, by id (the first of each id).
        static func cited(by estimates: [CarbonAssetEstimate], into cited: inout [String: CarbonFactor]) {
            // A few thousand profiles serve a million assets: each is read once (the estimates hold them all, so
            // no two share an identity), its factors' ids hashed then and not for every asset that shares it.
            var read = Set<ObjectIdentifier>()
            var previous: CarbonProfile?
            for position in estimates.indices where estimates[position].profile !== previous {
                let profile = estimates[position].profile
                previous = profile
                guard read.insert(ObjectIdentifier(profile)).inserted else { continue }
                let factors = profile.figures.factors
                for index in factors.indices where cited[factors[index].id] == nil {
                    cited[factors[index].id] = factors[index]
                }
            }
        }
    }

    /// Estimates a prepared estate under a scenario.
    ///
    /// - Parameter keepsLines: Whether to keep each asset's line; a comparison needs only the totals and notes,
    ///   and a million lines are a few hundred megabytes.
    init(prepared: Prepared, scenario: CarbonScenario?, keepsLines: Bool) {
        let estate = prepared.estate
        let policy = prepared.policy
        let factors = prepared.factors
        let asOf = prepared.asOf
        self.asOf = asOf
        self.policy = policy
        self.scenario = scenario
        self.estate = estate
        self.keepsLines = keepsLines
        let first = policy.financialYear(containing: asOf)
        let last = max(first.startYear, policy.netZeroYear)
        let years = (first.startYear...last).map {
            FinancialYear(startYear: $0, startMonth: policy.financialYearStartMonth)
        }
        self.years = years

        let inService = prepared.inService
        outOfService = estate.assets.count - inService.count
        var planning = CarbonPlanner(
            asOf: asOf, policy: policy, factors: factors, horizonStart: first.firstDay,
            horizonEnd: years[years.count - 1].lastDay.adding(days: 1), estimates: prepared.estimates,
            assets: inService, systems: estate.systems, movableServerIds: prepared.movableServerIds)
        if let scenario { planning.apply(scenario) }
        // Settled before the loop below, so the planner is not copied for each asset's plan.
        let planner = planning
        let added = planner.addedEstimates
        notes = planner.notes

        let grid = years.map { factors.grid(forYear: $0.startYear) }
        let spans = years.map(FinancialYear.DaySpan.init)
        let baseGrid = grid[0].kgCO2ePerKWh
        var lines: [CarbonAssetLine] = []
        if keepsLines { lines.reserveCapacity(prepared.estimates.count + added.count) }
        var totals = [CarbonYearFigure](repeating: CarbonYearFigure(), count: years.count)
        var figures = [CarbonYearFigure](repeating: CarbonYearFigure(), count: years.count)
        let hasScenarioNotes = !planner.scenarioNotes.isEmpty
        // Estimates are read in place, by position: copying one out retains every one of its strings.
        var tenures: [CarbonTenure] = []
        for (isAdded, estimates) in [(false, prepared.estimates), (true, added)] {
            for position in estimates.indices {
                let firstReplacement = planner.plan(
                    estimates, at: position, position: isAdded ? nil : position, into: &tenures)
                // Each tenure's day numbers are worked out once; each year still adds the tenures in order.
                for index in figures.indices { figures[index] = CarbonYearFigure() }
                for tenure in tenures {
                    let days = tenure.days
                    for index in spans.indices {
                        figures[index] += tenure.figure(
                            in: spans[index], days: days, gridKgPerKWh: grid[index].kgCO2ePerKWh,
                            baseGridKgPerKWh: baseGrid)
                    }
                }
                for index in figures.indices { totals[index] += figures[index] }
                guard keepsLines else { continue }
                lines.append(
                    CarbonAssetLine(
                        estimates: estimates, position: position, years: figures,
                        firstReplacement: firstReplacement,
                        scenarioNote: hasScenarioNotes ? planner.scenarioNotes[estimates[position].assetId] : nil))
            }
        }
        self.lines = lines
        self.totals = totals

        var cited = prepared.cited
        Prepared.cited(by: added, into: &cited)
        for factor in planner.addedFactors where cited[factor.id] == nil { cited[factor.id] = factor }
        for row in grid {
            let id = "grid-intensity-uk.csv \(row.year)"
            cited[id] = CarbonFactor(
                id: id, name: "UK grid electricity \(row.year)\(row.isProjection ? " (projection)" : "")",
                value: row.kgCO2ePerKWh, unit: "kgCO2e/kWh", source: row.source, status: row.status)
        }
        factorsUsed = cited.values.sorted()
    }

    /// The analysis without its lines: its totals, notes and factors, for those who need no asset's figures once
    /// the lines have been read (a million lines are a few hundred megabytes).
    public consuming func droppingLines() -> CarbonAnalysis {
        var analysis = self
        analysis.lines = []
        analysis.keepsLines = false
        return analysis
    }

    /// The figures of the as-of financial year.
    public var currentYear: CarbonYearFigure { totals.first ?? CarbonYearFigure() }

    /// The figures of the last year (the net-zero year).
    public var finalYear: CarbonYearFigure { totals.last ?? CarbonYearFigure() }
}

/// One asset's estimate and its figures in each year.
public struct CarbonAssetLine: Sendable, Hashable {
    /// The estimates of the analysis (one array, shared by its lines) and the position of this line's: a copy
    /// of each estimate would hold a million copies of the estimates' fields.
    let estimates: [CarbonAssetEstimate]
    let position: Int
    /// In the order of ``CarbonAnalysis/years``.
    public var years: [CarbonYearFigure]
    /// When the refresh plan (or a scenario) first replaces the device, if within the years shown.
    public var firstReplacement: LocalDate?
    /// What a scenario did to the asset, if anything.
    public var scenarioNote: String?

    /// A line for `estimates[position]`.
    init(
        estimates: [CarbonAssetEstimate], position: Int, years: [CarbonYearFigure], firstReplacement: LocalDate?,
        scenarioNote: String?
    ) {
        self.estimates = estimates
        self.position = position
        self.years = years
        self.firstReplacement = firstReplacement
        self.scenarioNote = scenarioNote
    }

    /// The asset's profile and the basis of each figure (read in place).
    public var estimate: CarbonAssetEstimate {
        _read { yield estimates[position] }
    }

    public static func == (lhs: CarbonAssetLine, rhs: CarbonAssetLine) -> Bool {
        lhs.estimate == rhs.estimate && lhs.years == rhs.years && lhs.firstReplacement == rhs.firstReplacement
            && lhs.scenarioNote == rhs.scenarioNote
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(estimate)
        hasher.combine(years)
        hasher.combine(firstReplacement)
        hasher.combine(scenarioNote)
    }
}
