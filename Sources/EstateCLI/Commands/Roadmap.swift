import EstateCore
import Foundation

extension EstateCommand {
    /// `estate roadmap`: support ends, refreshes and contract ends by financial year.
    struct Roadmap: Command {
        static let name = "roadmap"
        static let abstract = "what is out of support today and what falls out, or falls due, in each financial year"
        static let help = """
            Usage: estate roadmap [--years N] [--as-of YYYY-MM-DD] [--format table|md|csv|json]

            The dated events ahead, by UK financial year: support ends (active, security, extended) of every
            matched operating system and product, warranty ends, refreshes due by the policy's refresh cycles,
            forced refreshes of PCs that cannot run a supported Windows, contract ends and the council's
            planned retirements (lifecycle-local.csv). Each event says what it rests on.

              --years N    how many financial years from the as-of year (default 5)
              --format     table (a summary), md (the report section), csv or json (one row per event:
                           date,financial_year,kind,subject,product,cycle,status_after,severity,reason)

            \(CommonOptions.help)
            """

        var common: CommonOptions
        var format: OutputFormat
        var years: Int

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
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let section = LifecycleSection(analysis: try inputs.lifecycle(horizonYears: years), policy: inputs.policy)
            switch format {
            case .md: console.out(section.markdown())
            case .csv, .json: console.out(section.events.rendered(as: format))
            case .table:
                console.out("Support status today (\(common.asOf))\n\n" + section.statusCounts.terminalText())
                console.out(
                    "\nUnsupported or on paid extended support\n\n" + section.outOfSupport(limit: 15).terminalText())
                console.out("\nBy financial year\n\n" + section.byYear.terminalText())
                console.out("\n" + section.forcedRefreshSummary().replacingOccurrences(of: "`", with: "") + "\n")
            }
            return .success
        }
    }
}
