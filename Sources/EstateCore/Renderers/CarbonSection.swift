/// The report's carbon section: what the estate emits, from what, the trajectory to the net-zero year, and
/// what each option would save, with every factor and its source.
public struct CarbonSection: ReportSection {
    public let id = "carbon"
    public let title = "Carbon"
    public let context: ReportContext
    /// The analysis, or why it could not be made (the shipped factors are damaged).
    public let result: Result<(analysis: CarbonAnalysis, comparisons: [CarbonComparison]), CarbonFactorsError>

    /// The options every report compares with the baseline.
    public static let defaultScenarios: [CarbonScenario] = [
        .extendLife(years: 1), .refreshNow(minimumAgeYears: 0), .moveToCloud(provider: nil), .virtualise(ratio: nil),
    ]

    /// Analyses the context's estate with the shipped factors (or says why they could not be read) and the
    /// default options.
    public init(
        context: ReportContext, factors: Result<CarbonFactors, CarbonFactorsError> = CarbonFactors.shippedResult(),
        movableServerIds: Set<String>? = nil
    ) {
        switch factors {
        case .success(let factors): self.init(context: context, factors: factors, movableServerIds: movableServerIds)
        case .failure(let error): self.init(context: context, failure: error)
        }
    }

    private init(context: ReportContext, failure: CarbonFactorsError) {
        self.context = context
        self.result = .failure(failure)
    }

    /// Analyses the context's estate with the given factors and options.
    /// `movableServerIds` are the servers cloud readiness moves, for the move-to-cloud option.
    public init(
        context: ReportContext, factors: CarbonFactors, scenarios: [CarbonScenario] = defaultScenarios,
        movableServerIds: Set<String>? = nil
    ) {
        self.context = context
        // The estimates are the same under every option: work them out once, then run the baseline and the
        // options side by side. An option needs only its totals, not a line per asset.
        let prepared = CarbonAnalysis.Prepared(
            estate: context.estate, policy: context.policy, factors: factors, asOf: context.asOf,
            movableServerIds: movableServerIds)
        let runs: [CarbonScenario?] = [nil] + scenarios.map { $0 }
        let analyses = runs.parallelMap { scenario in
            CarbonAnalysis(prepared: prepared, scenario: scenario, keepsLines: scenario == nil)
        }
        let baseline = analyses[0]
        let comparisons = analyses.dropFirst().map { alternative in
            CarbonComparison(baseline: baseline, alternative: alternative, factors: factors)
        }
        result = .success((baseline, comparisons))
    }

    /// The baseline analysis, for sections that build on it (finance prices its electricity), or nil when the
    /// shipped factors could not be read.
    public var baseline: CarbonAnalysis? {
        guard case .success(let (analysis, _)) = result else { return nil }
        return analysis
    }

    public var tables: [(name: String, table: Table)] {
        guard case .success(let (analysis, comparisons)) = result else { return [] }
        return [
            ("carbon", CarbonTables.trajectory(analysis)),
            ("carbon-by-class", CarbonTables.groups(analysis, by: .class)),
            ("carbon-by-hosting", CarbonTables.groups(analysis, by: .hosting)),
            ("carbon-by-site", CarbonTables.groups(analysis, by: .site)),
            ("carbon-by-department", CarbonTables.groups(analysis, by: .department)),
            ("carbon-by-system", CarbonTables.groups(analysis, by: .system)),
            ("carbon-ggc", CarbonTables.greeningGovernmentICT(analysis)),
            ("carbon-scenarios", CarbonTables.scenarios(comparisons)),
            ("carbon-factors", CarbonTables.factors(analysis, comparisons: comparisons)),
        ]
    }

    public func markdown() -> String {
        switch result {
        case .failure(let error):
            return "## \(title)\n\nCarbon could not be estimated: \(Markdown.escape(error.description)).\n\n"
        case .success(let (analysis, comparisons)):
            return CarbonNarrative(analysis: analysis, comparisons: comparisons, title: title).markdown()
        }
    }
}
