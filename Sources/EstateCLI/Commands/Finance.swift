import EstateCore
import Foundation

extension EstateCommand {
    /// `estate finance`: capital and revenue by financial year, spikes and smoothing, lease or buy.
    struct Finance: Command {
        static let name = "finance"
        static let abstract = "capital and revenue by financial year, what drives them, spikes, smoothing, lease or buy"
        static let help = """
            Usage: estate finance [--years N] [--budget AMOUNT] [--smooth] [--lease CLASS]... [--migrations WHICH]
                                  [--by VIEW] [--format table|md|csv|json] [--bom] [--inventory DIR] [--db PATH]
                                  [--as-of YYYY-MM-DD]

            The plan per UK financial year from the one containing the as-of date. Capital: refreshes due by age
            or forced by end of support, system replacements, migration one-off costs. Revenue: support and
            licence contracts (renewed at the policy's uplift), SaaS and cloud, paid extended support, energy at
            the policy's price per kWh, leases. Purchases below the capitalisation threshold are revenue.

            CSV (and JSON) has one row per financial year per line, with the columns
            financial_year,type,category,amount_gbp,drivers,basis: type is capital or revenue, amounts are plain
            numbers, and no cell can run as a formula in a spreadsheet.

              --years N        financial years from the as-of year (default 5)
              --budget AMOUNT  a yearly capital budget (default: policy capital_budget_per_year); years over it
                               are shown, and --smooth plans within it
              --smooth         bring refreshes forward or defer them to keep each year within the budget (or
                               the plan's average without one), never past a forced upgrade, an infrastructure
                               asset's security end of support or the policy's deferral limit
              --lease CLASS    lease the class's refreshes instead of buying them (repeat for several)
              --migrations WHICH
                               proposed (default): price the migrations cloud readiness proposes, each system
                               cutting over in its wave (policy cloud_first_cut_over, cloud_wave_interval_months)
                               at its one-off and run costs (cloud_migration_cost, cloud_saas_cost_ratio,
                               cloud_run_cost_per_vcpu); none: the estate as it is
              --by VIEW        another table instead of the plan:
                                 year          capital, revenue, spikes and depreciation per year
                                 items         every refresh, why it falls when it does, how far it may move
                                 moves         what --smooth moved, why, and the risk (energy, support)
                                 lease         lease or buy per class, net present values at the discount rate
                                 migrations    what each planned cloud migration does per year
                                 depreciation  straight-line depreciation of existing and planned capital
              --format         table (a summary), md (the report section), csv or json
              --bom            start CSV with a UTF-8 byte-order mark, for spreadsheet programs that need it

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        /// What `--by` shows.
        enum View: String, CaseIterable {
            case plan, year, items, moves, lease, migrations, depreciation
        }

        var common: CommonOptions
        var format: OutputFormat
        var view: View
        var years: Int
        var budget: Money?
        var smooth: Bool
        var leased: Set<AssetClass>
        var byteOrderMark: Bool
        var pricesMigrations: Bool

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            if let text = try arguments.option("--years") {
                guard let value = Int(text), (1...30).contains(value) else {
                    throw UsageError("--years expects a whole number from 1 to 30, found \"\(text)\"")
                }
                years = value
            } else {
                years = 5
            }
            if let text = try arguments.option("--budget") {
                switch ValueParser.money(text) {
                case .success(let money) where money > .zero: budget = money
                case .success: throw UsageError("--budget expects an amount above zero, found \"\(text)\"")
                case .failure(let error): throw UsageError("--budget: \(error.description)")
                }
            } else {
                budget = nil
            }
            smooth = arguments.flag("--smooth")
            leased = []
            for text in try arguments.options("--lease") {
                guard let assetClass = AssetClass(parsing: text), assetClass != .virtualMachine else {
                    throw UsageError(
                        "--lease expects a class of hardware (\(AssetClass.expectedList.replacingOccurrences(of: ", virtual-machine", with: ""))), found \"\(text)\""
                    )
                }
                leased.insert(assetClass)
            }
            if let text = try arguments.option("--by") {
                guard let view = View(rawValue: text.lowercased()), view != .plan else {
                    let views = View.allCases.filter { $0 != .plan }.map(\.rawValue).joined(separator: "|")
                    throw UsageError("--by expects one of \(views), found \"\(text)\"")
                }
                self.view = view
            } else {
                view = .plan
            }
            byteOrderMark = arguments.flag("--bom")
            switch try arguments.option("--migrations")?.lowercased() {
            case nil, "proposed": pricesMigrations = true
            case "none": pricesMigrations = false
            case let other?: throw UsageError("--migrations expects proposed or none, found \"\(other)\"")
            }
            if byteOrderMark && format != .csv {
                throw UsageError("--bom goes with --format csv")
            }
            if view == .moves && !smooth {
                throw UsageError("--by moves shows what --smooth moved: add --smooth")
            }
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let lifecycle = try inputs.lifecycle(horizonYears: years)
            let carbon = CarbonAnalysis(
                estate: inputs.estate, policy: inputs.policy, factors: try CarbonFactors.shipped(), asOf: common.asOf)
            let proposal =
                pricesMigrations
                ? CloudReadiness(estate: inputs.estate, policy: inputs.policy, lifecycle: lifecycle, asOf: common.asOf)
                    .plannedMigrations(estate: inputs.estate) : nil
            let analysis = FinanceAnalysis(
                estate: inputs.estate, policy: inputs.policy, lifecycle: lifecycle, carbon: carbon, asOf: common.asOf,
                options: FinanceOptions(
                    horizonYears: years, capitalBudget: budget, smooth: smooth, leasedClasses: leased,
                    migrations: proposal?.migrations ?? []))
            for problem in analysis.problems { console.warning(problem) }
            for note in proposal?.notes ?? [] { console.note(note) }
            if format == .md && view == .plan {
                console.out(FinanceSection(analysis: analysis, proposal: proposal).markdown())
                return .success
            }
            let table: Table
            switch view {
            case .plan: table = format == .table ? FinanceTables.byYear(analysis) : FinanceTables.plan(analysis.plan)
            case .year: table = FinanceTables.byYear(analysis)
            case .items: table = FinanceTables.items(analysis)
            case .moves: table = FinanceTables.moves(analysis.smoothing, policy: analysis.policy)
            case .lease: table = FinanceTables.lease(analysis)
            case .migrations: table = FinanceTables.migrations(analysis)
            case .depreciation: table = FinanceTables.depreciation(analysis)
            }
            console.out(table.rendered(as: format, csv: CSVWriter(writesByteOrderMark: byteOrderMark)))
            if format == .table && view == .plan {
                console.out(
                    "\nCapital by category\n\n" + FinanceTables.categories(analysis.plan, type: .capital).terminalText()
                )
                console.out(
                    "\nRevenue by category\n\n" + FinanceTables.categories(analysis.plan, type: .revenue).terminalText()
                )
                console.out("\n" + summary(analysis))
            }
            if format == .table {
                console.note(
                    "finance of snapshot \(inputs.snapshot.id) as of \(common.asOf): \(analysis.years.first?.description ?? "") to \(analysis.years.last?.description ?? ""); --format csv for every line with its drivers and basis"
                )
            }
            return .success
        }

        /// Spikes, budget and smoothing in a few lines for the terminal.
        func summary(_ analysis: FinanceAnalysis) -> String {
            var text = ""
            let spikes = analysis.spikes.map { $0.year.description }
            text +=
                "Spike years (capital over the average by more than \(analysis.policy.finance.spikeFraction * 100)%): \(spikes.isEmpty ? "none" : spikes.joined(separator: ", "))\n"
            if let smoothing = analysis.smoothing {
                text += "Smoothed under \(smoothing.budget.wholePounds) a year (\(smoothing.budgetBasis)): "
                text +=
                    "\(smoothing.moves.count) refreshes moved; risk: \(smoothing.risk.assetsBeyondLife) assets past "
                text += "their planned refresh, \(smoothing.risk.extraEnergy.wholePounds) energy, "
                text += "\(smoothing.risk.extraSupport.wholePounds) support\n"
                for shortfall in smoothing.shortfalls {
                    text += "  \(shortfall.year) stays \(shortfall.excess.wholePounds) over: \(shortfall.reason)\n"
                }
            }
            return text
        }
    }
}
