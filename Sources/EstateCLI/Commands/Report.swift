import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate report`: everything, into Reports/.
    struct Report: Command {
        static let name = "report"
        static let abstract = "write the full report (Markdown and CSV) from the latest snapshot"
        static let help = """
            Usage: estate report [--inventory DIR] [--out DIR] [--db PATH] [--as-of YYYY-MM-DD]

            Ingests the inventory folder when the database holds no snapshot of its current content (the files'
            SHA-256 checksums are compared; a file unchanged since it was last hashed, by its size, inode and
            modification and change times, is not read again), then writes the report of the latest snapshot to
            the output folder:
            report.md (every section), one Markdown file per section, and the CSV tables behind them.
            The policy (policy.json in the inventory folder) sets refresh cycles, thresholds and prices;
            the report lists every value it assumed.

            \(CommonOptions.help)

            Prints the files written on standard output.
            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        var common: CommonOptions

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            StageTrace.begin()
            let inputs = try InventorySnapshot.load(common, console: console)
            StageTrace.mark("snapshot loaded")
            let rejects = try inputs.database.rejects(snapshotID: inputs.snapshot.id, limit: 50)
            let context = ReportContext(
                estate: inputs.estate, policy: inputs.policy, asOf: common.asOf, rejects: rejects,
                rejectTotal: inputs.snapshot.rejectCount)
            let folder = ReportFolder(folder: common.output)
            // The large tables of the analyses done first are rendered while the later ones are worked out.
            let staging = TableStaging(destination: folder)
            let sections: [any ReportSection]
            let analyses: EstateAnalyses
            do {
                (sections, analyses) = try ReportSections.all(context, inputs: inputs, staging: staging)
            } catch {
                staging.abandon()
                throw error
            }
            StageTrace.mark("analyses")
            let report = EstateCore.Report(context: context, sections: sections)
            // The annual review pack of the same snapshot, for the year containing the as-of date: the snapshots it
            // compares with are analysed first, then its actions and risks are worked out while the report is
            // written (the core the report's last tables leave idle). A snapshot that cannot be analysed fails
            // the pack after the report is written, not the report.
            let comparisons = Result { try ReviewBuilder.comparisons(inputs: inputs, console: console) }
            let year = inputs.policy.financialYear(containing: common.asOf)
            // Its files are rendered as soon as it is, beside the report's last tables, and put in place after them.
            let output = common.output
            let reviewed = comparisons.map { found in
                Later.onItsOwnThread {
                    ReviewBuilder.stage(found.pack(year: year, current: analyses), in: output)
                }
            }
            defer { staging.close() }
            do {
                try report.write(to: folder, staging: staging) { name in
                    console.out(folder.path(of: name) + "\n")
                    StageTrace.mark("written \(name)")
                }
            } catch {
                // The pack's files, once rendered, are let go (removed) rather than left half-way.
                if case .success(let pack) = reviewed { _ = pack.take() }
                throw error
            }
            let staged = try reviewed.get().take()
            StageTrace.mark("review pack")
            try staged.commit(console: console)
            StageTrace.mark("review pack written")
            // Freeing a large estate's analyses piece by piece takes seconds; the exit does it at once.
            KeptUntilExit.keep(staged.pack)
            KeptUntilExit.keep(report)
            KeptUntilExit.keep(analyses)
            KeptUntilExit.keep(inputs.estate)
            console.note("report of snapshot \(inputs.snapshot.id) as of \(common.asOf) written to \(common.output)")
            return .success
        }
    }
}

/// The report's sections, in order. Each capability adds its renderer here.
enum ReportSections {
    /// The sections, and the analyses behind them (made once and shared with the review pack). The tables of the
    /// lifecycle and debt are handed to `staging` as soon as each is worked out.
    static func all(_ context: ReportContext, inputs: InventorySnapshot, staging: TableStaging) throws -> (
        sections: [any ReportSection], analyses: EstateAnalyses
    ) {
        // Carbon's estimates, baseline and the options that move no servers need nothing of the lifecycle:
        // they are worked out on the other core meanwhile. Debt needs the lifecycle and the baseline's
        // electricity: it is started once both are known, beside cloud readiness, carbon's move-to-cloud option
        // and the finance plan.
        let factors = inputs.reference.carbonFactors
        let groundwork = Later { factors.map { CarbonSection.Groundwork(context: context, factors: $0) } }
        // The overview needs only the estate too: counted now, it takes the core the lifecycle's last second
        // leaves idle once the groundwork is done.
        let overview = Later { Overview(estate: context.estate, policy: context.policy, asOf: context.asOf) }
        let lifecycle = try inputs.lifecycle()
        let lifecycleSection = LifecycleSection(analysis: lifecycle, policy: context.policy)
        StageTrace.mark("lifecycle")
        // The groundwork is usually done by now (the lifecycle takes longer); debt prices its electricity from
        // the baseline's estimates instead of estimating every asset again.
        // The baseline's lines (a few hundred megabytes for a million assets) are handed on, not kept: debt lets
        // its copy go once it has read the electricity, the section once it is rendered, and the finance plan
        // once it has read the electricity too.
        let ground = groundwork.take()
        let baseline = try? ground.get().baseline
        let debt = EstateAnalyses.debt(
            estate: context.estate, policy: context.policy, lifecycle: lifecycle, factors: try? factors.get(),
            asOf: context.asOf, carbon: baseline)
        // Once debt is worked out, the lifecycle's tables and debt's are rendered while the finance plan is
        // smoothed, which keeps only one core busy. Not before: while debt and finance both run, memory is at its
        // peak, and a third thread's allocations would raise it.
        let debtSection = Later.onItsOwnThread {
            let section = DebtSection(analysis: debt.read())
            staging.stage { lifecycleSection.csvFiles }
            staging.stage { section.csvFiles }
            return section
        }
        let cloud = CloudReadiness(
            estate: context.estate, policy: context.policy, lifecycle: lifecycle, asOf: context.asOf)
        StageTrace.mark("cloud readiness")
        let carbon = CarbonSection(
            context: context, groundwork: consume ground, movableServerIds: Set(cloud.movableServerIds))
        StageTrace.mark("carbon")
        let analyses = EstateAnalyses(
            estate: context.estate, policy: context.policy, lifecycle: lifecycle, factors: try? factors.get(),
            asOf: context.asOf, carbon: consume baseline, cloud: cloud, debt: debt, overview: overview,
            smoothsFinance: true)
        let sections: [any ReportSection] = [
            OverviewSection(context: context, overview: analyses.overview),
            SourceConflictsSection(provenance: try inputs.database.provenance(snapshotID: inputs.snapshot.id)),
            lifecycleSection,
            debtSection.take(),
            CloudSection(readiness: analyses.cloud),
            FinanceSection(analysis: analyses.finance, proposal: analyses.proposal),
            carbon,
            AssumptionsSection(context: context),
        ]
        return (sections, analyses)
    }
}
