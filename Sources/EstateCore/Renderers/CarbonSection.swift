/// The report's carbon section: what the estate emits, from what, the trajectory to the net-zero year, and
/// what each option would save, with every factor and its source.
public struct CarbonSection: ReportSection {
    public let id = "carbon"
    public let title = "Carbon"
    public let context: ReportContext
    /// The analysis (its totals, notes and factors: its lines, one per asset, are let go once the section is
    /// rendered), or why it could not be made (the shipped factors are damaged).
    public let result: Result<(analysis: CarbonAnalysis, comparisons: [CarbonComparison]), CarbonFactorsError>
    /// The section's Markdown and CSVs, rendered as it is made: they read every asset's line, which the section
    /// does not keep.
    private let rendered: (markdown: String, tables: [(name: String, table: Table)])

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
        rendered = (Self.failureMarkdown(failure, title: title), [])
    }

    private static func failureMarkdown(_ error: CarbonFactorsError, title: String) -> String {
        "## \(title)\n\nCarbon could not be estimated: \(Markdown.escape(error.description)).\n\n"
    }

    /// Analyses the context's estate with the given factors and options.
    /// `movableServerIds` are the servers cloud readiness moves, for the move-to-cloud option.
    public init(
        context: ReportContext, factors: CarbonFactors, scenarios: [CarbonScenario] = defaultScenarios,
        movableServerIds: Set<String>? = nil
    ) {
        self.init(
            context: context,
            groundwork: .success(Groundwork(context: context, factors: factors, scenarios: scenarios)),
            movableServerIds: movableServerIds)
    }

    /// Completes `groundwork` with the options that move servers, now that cloud readiness says which
    /// (`movableServerIds`), or says why the factors could not be read.
    ///
    /// The section is handed the groundwork and lets its lines go once it is rendered.
    public init(
        context: ReportContext, groundwork: consuming Result<Groundwork, CarbonFactorsError>,
        movableServerIds: Set<String>?
    ) {
        self.context = context
        switch consume groundwork {
        case .failure(let error):
            result = .failure(error)
            rendered = (Self.failureMarkdown(error, title: title), [])
        case .success(let groundwork):
            var moving = groundwork.prepared
            moving.movableServerIds = movableServerIds
            let prepared = moving
            let late = groundwork.scenarios.filter(\.movesServers).parallelMap { scenario in
                (scenario, CarbonAnalysis(prepared: prepared, scenario: scenario, keepsLines: false))
            }
            var analyses = groundwork.analyses
            for (scenario, analysis) in late { analyses[scenario] = analysis }
            let baseline = groundwork.baseline
            let comparisons = groundwork.scenarios.compactMap { analyses[$0] }.map { alternative in
                CarbonComparison(baseline: baseline, alternative: alternative, factors: groundwork.factors)
            }
            let dimensions = CarbonDimension.allCases
            // The as-of year's groups by each dimension, worked out once (side by side) for the Markdown and CSVs.
            let breakdowns = Dictionary(
                uniqueKeysWithValues: zip(dimensions, dimensions.parallelMap { baseline.groups(by: $0) }))
            rendered = (
                CarbonNarrative(
                    analysis: baseline, comparisons: comparisons, title: title, breakdowns: breakdowns
                ).markdown(),
                Self.tables(baseline, comparisons: comparisons, breakdowns: breakdowns)
            )
            result = .success((baseline.droppingLines(), comparisons))
        }
    }

    /// What the section works out before cloud readiness is known: the estimates (the same under every
    /// option), the baseline and the options that move no servers to cloud, side by side. A report works it out
    /// while the lifecycle and cloud readiness are analysed; an option keeps only its totals, not a line per asset.
    public struct Groundwork: Sendable {
        let factors: CarbonFactors
        let scenarios: [CarbonScenario]
        let prepared: CarbonAnalysis.Prepared
        /// The analysis with no option applied.
        public let baseline: CarbonAnalysis
        /// The options worked out so far, by option.
        let analyses: [CarbonScenario: CarbonAnalysis]

        public init(context: ReportContext, factors: CarbonFactors, scenarios: [CarbonScenario] = defaultScenarios) {
            self.factors = factors
            self.scenarios = scenarios
            let prepared = CarbonAnalysis.Prepared(
                estate: context.estate, policy: context.policy, factors: factors, asOf: context.asOf)
            self.prepared = prepared
            let runs: [CarbonScenario?] = [nil] + scenarios.filter { !$0.movesServers }
            let results = runs.parallelMap { scenario in
                CarbonAnalysis(prepared: prepared, scenario: scenario, keepsLines: scenario == nil)
            }
            baseline = results[0]
            var analyses: [CarbonScenario: CarbonAnalysis] = [:]
            for (scenario, analysis) in zip(runs.dropFirst(), results.dropFirst()) {
                if let scenario { analyses[scenario] = analysis }
            }
            self.analyses = analyses
        }
    }

    /// The baseline analysis without its lines (its totals, notes and factors), or nil when the shipped factors
    /// could not be read.
    public var baseline: CarbonAnalysis? {
        guard case .success(let (analysis, _)) = result else { return nil }
        return analysis
    }

    public var tables: [(name: String, table: Table)] { rendered.tables }

    public func markdown() -> String { rendered.markdown }

    private static func tables(
        _ analysis: CarbonAnalysis, comparisons: [CarbonComparison], breakdowns: [CarbonDimension: [CarbonGroup]]
    ) -> [(name: String, table: Table)] {
        let dimensions: [CarbonDimension] = [.class, .hosting, .site, .department, .system]
        return [("carbon", CarbonTables.trajectory(analysis))]
            + dimensions.map { dimension in
                (
                    "carbon-by-\(dimension.rawValue)",
                    CarbonTables.groups(analysis, by: dimension, groups: breakdowns[dimension])
                )
            } + [
                ("carbon-ggc", CarbonTables.greeningGovernmentICT(analysis)),
                ("carbon-scenarios", CarbonTables.scenarios(comparisons)),
                ("carbon-factors", CarbonTables.factors(analysis, comparisons: comparisons)),
            ]
    }
}
