/// The report's technical-debt section: the top items explained for a head of ICT, the totals by department,
/// class and system, each system's TIME category, and the policy values behind every number.
public struct DebtSection: ReportSection {
    /// File stem: `debt.md`, `debt.csv`, `debt-*.csv`.
    public let id = "debt"
    /// The section heading.
    public let title = "Technical debt"
    /// The analysis presented.
    public let analysis: DebtAnalysis

    /// The breakdowns by department, class and factor, in that order, made once for the Markdown and the CSVs.
    let groups: [(grouping: DebtAnalysis.Grouping, table: Table)]

    /// Presents an analysis.
    public init(analysis: DebtAnalysis) {
        self.analysis = analysis
        groups = [DebtAnalysis.Grouping.department, .class, .factor].map { ($0, DebtTables.groups(analysis, by: $0)) }
    }

    /// Electricity figures from the shipped carbon factors, or none with the reason.
    public static func energy(_ estate: Estate, policy: Policy, asOf: LocalDate) -> DebtEnergy {
        do {
            return DebtEnergy(estate: estate, policy: policy, factors: try CarbonFactors.shipped(), asOf: asOf)
        } catch {
            return .unavailable("the carbon factors could not be read (\(error)), so energy is not priced")
        }
    }

    /// The items (`debt`), findings (`debt-factors`), breakdowns and policy values.
    public var tables: [(name: String, table: Table)] {
        [("debt", DebtTables.items(analysis)), ("debt-factors", DebtTables.findings(analysis))] + breakdowns
    }

    /// The breakdowns by department, class, factor and system, and the policy values.
    var breakdowns: [(name: String, table: Table)] {
        groups.map { ("debt-by-\($0.grouping.rawValue)", $0.table) } + [
            ("debt-by-system", DebtTables.bySystem(analysis)), ("debt-policy", DebtTables.policy(analysis.policy)),
        ]
    }

    /// The items and findings (one row per asset or finding) are written straight to CSV text; the breakdowns
    /// and policy values through their tables.
    public var csvFiles: [ReportCSV] {
        let analysis = analysis
        return [
            ReportCSV(name: "debt", columns: DebtTables.itemColumns.map(\.key), rows: analysis.items.count) {
                DebtTables.items(analysis, into: &$0)
            },
            ReportCSV(
                name: "debt-factors", columns: DebtTables.findingColumns.map(\.key),
                rows: analysis.items.indices.reduce(0) { $0 + analysis.items[$1].findings.count }
            ) { DebtTables.findings(analysis, into: &$0) },
        ]
            + breakdowns.map { name, table in ReportCSV(name: name, table: { table }) }
    }

    /// The briefing, TIME categories, breakdowns and method.
    public func markdown() -> String {
        DebtNarrative(analysis: analysis, title: title, groups: groups).markdown()
    }
}
