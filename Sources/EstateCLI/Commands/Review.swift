import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate review`: the annual strategy review pack.
    struct Review: Command {
        static let name = "review"
        static let abstract = "write the annual strategy review pack (Markdown for a committee paper, with CSVs)"
        static let help = """
            Usage: estate review [--year YYYY/YY] [--org NAME] [--inventory DIR] [--out DIR] [--db PATH]
                                 [--as-of YYYY-MM-DD]

            Writes review.md and its appendix (review-*.csv) to the output folder: an executive summary of the
            headline figures and their change since the previous review (the latest earlier snapshot of the same
            organisation), progress on last year's actions, top risks (high and critical systems out of support
            or on one machine), decisions needed with their costs, the action plan for the year from the
            roadmap, cloud readiness and the debt register, carbon against the net-zero trajectory, storage
            growth with a forecast, trends over every snapshot, and, when the database holds several
            organisations, their figures side by side with shared-service candidates.

            Keep last year's inventory in Inventory/history/YYYY-MM-DD/ (or ingest it with --taken-on) and
            other organisations' in Inventory/organisations/NAME/ with their own policy.json.

              --year YYYY/YY   the financial year of the action plan (default: the one containing --as-of)

            \(CommonOptions.help)

            Prints the files written on standard output.
            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        var common: CommonOptions
        var year: FinancialYear?

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            if let text = try arguments.option("--year") {
                guard let parsed = Self.financialYear(text) else {
                    throw UsageError("--year expects a financial year such as 2026/27, found \"\(text)\"")
                }
                year = parsed
            }
            try arguments.finish()
        }

        /// `2026/27` or `2026`.
        static func financialYear(_ text: String) -> FinancialYear? {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard let start = Int(parts[0]), (1990...2100).contains(start) else { return nil }
            if parts.count == 1 { return FinancialYear(startYear: start) }
            guard parts.count == 2, let end = Int(parts[1]), end == (start + 1) % 100 else { return nil }
            return FinancialYear(startYear: start)
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let policy = inputs.policy
            let year =
                self.year.map { FinancialYear(startYear: $0.startYear, startMonth: policy.financialYearStartMonth) }
                ?? policy.financialYear(containing: common.asOf)
            console.step("analysing snapshot \(inputs.snapshot.id)")
            let current = try inputs.analyses(of: inputs.snapshot, asOf: common.asOf)
            let pack = try ReviewBuilder.pack(inputs: inputs, current: current, year: year, console: console)
            try ReviewBuilder.write(pack, to: common.output, console: console)
            console.note(
                "review of \(year) from snapshot \(inputs.snapshot.id) as of \(common.asOf) written to \(common.output)"
            )
            return .success
        }
    }
}
