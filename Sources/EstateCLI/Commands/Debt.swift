import EstateCore

extension EstateCommand {
    /// `estate debt`: each asset's and system's technical-debt score, what fixing it costs and what leaving
    /// it costs each year.
    struct Debt: Command {
        static let name = "debt"
        static let abstract = "score technical debt per asset and system, with the cost to fix it and to leave it"
        static let help = """
            Usage: estate debt [--by VIEW] [--limit N] [--format table|md|csv|json]
                               [--inventory DIR] [--db PATH] [--as-of YYYY-MM-DD]

            Without --by: one row per system, and per asset with debt, worst first, with the columns
            subject_kind,id,name,score,principal_gbp,interest_gbp_per_year,time_category,factors,
            department,class,criticality,remedy,remedy_basis,time_reason.
            The score (0-100) adds up named factors: support, exposure, age, customisation, duplication,
            unused, virtualisation (a physical server for one system) and specification. The principal is
            what fixing costs at the policy's unit costs; the interest what leaving it costs a year.
            --format md gives the report section.

            --by VIEW gives instead:
              factors      one row per factor of each item: its points, the fact and rule behind them, the
                           remedy and interest, and the policy settings used
              department, class, factor, time
                           totals per group (time: systems by TIME category)
              system       each system's own debt plus its share of its servers' debt
              policy       the debt settings in force and why

            --limit N   the first N rows (default 25 for the terminal table, all otherwise; 0 for all)

            Ingests the inventory folder first when the database holds no snapshot of its current content.

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        /// What `--by` shows.
        enum View: String, CaseIterable {
            case items, factors, department, `class`, factor, time, system, policy
        }

        var common: CommonOptions
        var format: OutputFormat
        var view: View
        var limit: Int?

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            let views = View.allCases.filter { $0 != .items }.map(\.rawValue).joined(separator: "|")
            if let text = try arguments.option("--by") {
                guard let view = View(rawValue: text.lowercased()), view != .items else {
                    throw UsageError("--by expects one of \(views), found \"\(text)\"")
                }
                self.view = view
            } else {
                view = .items
            }
            if let text = try arguments.option("--limit") {
                guard let value = Int(text), value >= 0 else {
                    throw UsageError("--limit expects a whole number of rows, 0 for all, found \"\(text)\"")
                }
                limit = value == 0 ? nil : value
            } else {
                limit = format == .table ? 25 : nil
            }
            if format == .md, view != .items {
                throw UsageError("--format md gives the whole report section; leave out --by")
            }
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let lifecycle = try inputs.lifecycle()
            let analysis = DebtAnalysis(
                estate: inputs.estate, policy: inputs.policy, lifecycle: lifecycle, asOf: common.asOf,
                energy: DebtSection.energy(inputs.estate, policy: inputs.policy, asOf: common.asOf))
            if format == .md {
                console.out(DebtSection(analysis: analysis).markdown())
                return .success
            }
            var table: Table
            switch view {
            case .items: table = DebtTables.items(analysis)
            case .factors: table = DebtTables.findings(analysis)
            case .department: table = DebtTables.groups(analysis, by: .department)
            case .class: table = DebtTables.groups(analysis, by: .class)
            case .factor: table = DebtTables.groups(analysis, by: .factor)
            case .time: table = DebtTables.groups(analysis, by: .time)
            case .system: table = DebtTables.bySystem(analysis)
            case .policy: table = DebtTables.policy(inputs.policy)
            }
            let total = table.rows.count
            if let limit, total > limit { table.rows = Array(table.rows.prefix(limit)) }
            if format == .table, view == .items {
                // The terminal keeps to what fits: the columns up to the factors.
                table = Table(columns: Array(table.columns.prefix(8)), rows: table.rows.map { Array($0.prefix(8)) })
            }
            console.out(table.rendered(as: format))
            if format == .table {
                var note =
                    "debt of snapshot \(inputs.snapshot.id) as of \(common.asOf): \(analysis.principal.wholePounds) to fix, \(analysis.interestPerYear.wholePounds) a year to leave"
                if table.rows.count < total { note += "; \(table.rows.count) of \(total) rows (--limit 0 for all)" }
                console.note(note)
            }
            if let energyNote = analysis.energyNote { console.note(energyNote) }
            return .success
        }
    }
}
