import EstateCore
import EstateStore

extension EstateCommand {
    /// `estate carbon`: the trajectory to net zero, breakdowns, and options against the baseline.
    struct Carbon: Command {
        static let name = "carbon"
        static let abstract = "estimate operational and embodied carbon, the path to net zero, and what options save"
        static let help = """
            Usage: estate carbon [--scenario NAME[=VALUE]]... [--by VIEW] [--format table|md|csv|json]
                                 [--inventory DIR] [--db PATH] [--as-of YYYY-MM-DD]

            Without --by: the trajectory, one row per financial year from the one containing the as-of date to
            the one starting in the policy's net_zero_year, with the columns
            year,operational_kgco2e,embodied_kgco2e,total_kgco2e: electricity (Scope 2, location-based), and
            manufacture (Scope 3) amortised over each device's expected life. Each --scenario adds its total and
            its saving against the baseline. CSV and JSON give kilograms; the terminal and Markdown give tonnes.

            Scenarios (each against the baseline, taking effect on the as-of date; repeat --scenario for several):
              extend-life[=YEARS]         end-user devices serve YEARS longer before replacement (default 1)
              refresh-now[=MIN_AGE]       replace in-use end-user devices MIN_AGE+ years old now (default 0: all)
              cloud[=aws|azure|gcp]       move cloud-ready on-premises servers and VMs to cloud (default: policy)
              virtualise[=VMS_PER_HOST]   make physical servers VMs on shared hosts (default: policy ratio)

            --by VIEW gives the as-of year by:
              asset        every asset's figures with the basis of each (reference row, default, factor vintage)
              class, site, department, system, hosting
              ggc          the Greening Government ICT return's groups, Scope 2 and Scope 3, kWh per user
              scenarios    each option's saving to the net-zero year and its value at the UK carbon values
                           for appraisal (the four default options unless --scenario names some)
              factors      every reference factor used, its source, and whether it is an estimate

            Ingests the inventory folder first when the database holds no snapshot of its current content.

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        /// What `--by` shows.
        enum View: String, CaseIterable {
            case trajectory, asset, `class`, site, department, system, hosting, ggc, scenarios, factors
        }

        var common: CommonOptions
        var format: OutputFormat
        var view: View
        var scenarios: [CarbonScenario]

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            let views = View.allCases.filter { $0 != .trajectory }.map(\.rawValue).joined(separator: "|")
            if let text = try arguments.option("--by") {
                guard let view = View(rawValue: text.lowercased()), view != .trajectory else {
                    throw UsageError("--by expects one of \(views), found \"\(text)\"")
                }
                self.view = view
            } else {
                view = .trajectory
            }
            scenarios = []
            for text in try arguments.options("--scenario") {
                do throws(CarbonScenarioError) {
                    scenarios.append(try CarbonScenario(parsing: text))
                } catch {
                    throw UsageError("--scenario: \(error.description); expected \(CarbonScenario.expectedForms)")
                }
            }
            if !scenarios.isEmpty, ![.trajectory, .scenarios, .factors].contains(view) {
                throw UsageError(
                    "--by \(view.rawValue) shows the baseline; --scenario goes with the trajectory, --by scenarios or --by factors"
                )
            }
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let factors = try CarbonFactors.shipped()
            // The move-to-cloud option moves the servers cloud readiness moves.
            let movable = Set(
                CloudReadiness(
                    estate: inputs.estate, policy: inputs.policy, lifecycle: try inputs.lifecycle(), asOf: common.asOf
                ).movableServerIds)
            let baseline = CarbonAnalysis(
                estate: inputs.estate, policy: inputs.policy, factors: factors, asOf: common.asOf)
            let chosen = scenarios.isEmpty && view == .scenarios ? CarbonSection.defaultScenarios : scenarios
            let comparisons = chosen.map { scenario in
                CarbonComparison(
                    baseline: baseline,
                    alternative: CarbonAnalysis(
                        estate: inputs.estate, policy: inputs.policy, factors: factors, asOf: common.asOf,
                        scenario: scenario, movableServerIds: movable),
                    factors: factors)
            }
            let table: Table
            switch view {
            case .trajectory: table = CarbonTables.trajectory(baseline, comparisons: comparisons)
            case .asset: table = CarbonTables.assets(baseline)
            case .class: table = CarbonTables.groups(baseline, by: .class)
            case .site: table = CarbonTables.groups(baseline, by: .site)
            case .department: table = CarbonTables.groups(baseline, by: .department)
            case .system: table = CarbonTables.groups(baseline, by: .system)
            case .hosting: table = CarbonTables.groups(baseline, by: .hosting)
            case .ggc: table = CarbonTables.greeningGovernmentICT(baseline)
            case .scenarios: table = CarbonTables.scenarios(comparisons)
            case .factors: table = CarbonTables.factors(baseline, comparisons: comparisons)
            }
            console.out(table.rendered(as: format))
            if format == .table, let year = baseline.years.first {
                console.note(
                    "carbon of snapshot \(inputs.snapshot.id) as of \(common.asOf): \(year) onwards; figures in tCO2e (CSV and JSON in kg)"
                )
            }
            return .success
        }
    }
}
