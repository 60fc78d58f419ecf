/// The report's finance section: capital and revenue by financial year with what drives them, the spikes and a
/// smoothed plan, lease or buy, cloud migrations, and depreciation.
///
/// `finance.csv` is the baseline plan, one row per financial year per line, ready for a spreadsheet;
/// `finance-smoothed.csv` is the plan smoothed under the policy's capital budget (or the baseline's average).
public struct FinanceSection: ReportSection {
    public let id = "finance"
    public let title = "Finance: capital and revenue"
    /// The analysis the section renders.
    public let analysis: FinanceAnalysis

    /// The cloud migrations priced into the plan, when they come from cloud readiness (their calendar and
    /// anything priced on an assumption).
    public let proposal: CloudMigrationProposal?

    /// Renders an analysis already made (as `estate finance` does, with its options).
    public init(analysis: FinanceAnalysis, proposal: CloudMigrationProposal? = nil) {
        self.analysis = analysis
        self.proposal = proposal
    }

    public var tables: [(name: String, table: Table)] {
        plans.map { ($0.name, $0.table()) } + [("finance-items", FinanceTables.items(analysis))]
            + appraisals.map { ($0.name, $0.table()) }
    }

    /// The refreshes (`finance-items`, one row per asset) are written straight to CSV text; the rest through
    /// their tables, in the order of ``tables``, each built when its turn comes.
    public var csvFiles: [ReportCSV] {
        let analysis = analysis
        func rendered(_ tables: [(name: String, table: @Sendable () -> Table)]) -> [ReportCSV] {
            tables.map { ReportCSV(name: $0.name, table: $0.table) }
        }
        let items = ReportCSV(
            name: "finance-items", columns: FinanceTables.itemColumns.map(\.key), rows: analysis.items.count
        ) { FinanceTables.items(analysis, into: &$0) }
        return rendered(plans) + [items] + rendered(appraisals)
    }

    /// The plans, by year, and what smoothing moved, each built when asked for.
    private var plans: [(name: String, table: @Sendable () -> Table)] {
        let analysis = analysis
        var tables: [(name: String, table: @Sendable () -> Table)] = [
            ("finance", { FinanceTables.plan(analysis.baseline) }),
            ("finance-by-year", { FinanceTables.byYear(analysis) }),
        ]
        if let smoothing = analysis.smoothing {
            tables.append(("finance-smoothed", { FinanceTables.plan(smoothing.plan) }))
            tables.append(("finance-moves", { FinanceTables.moves(smoothing, policy: analysis.policy) }))
        }
        return tables
    }

    /// Lease or buy, the migrations and depreciation, each built when asked for.
    private var appraisals: [(name: String, table: @Sendable () -> Table)] {
        let analysis = analysis
        return [
            ("finance-lease", { FinanceTables.lease(analysis) }),
            ("finance-migrations", { FinanceTables.migrations(analysis) }),
            ("finance-depreciation", { FinanceTables.depreciation(analysis) }),
        ]
    }

    public func markdown() -> String {
        FinanceNarrative(analysis: analysis, proposal: proposal, title: title).markdown()
    }
}
