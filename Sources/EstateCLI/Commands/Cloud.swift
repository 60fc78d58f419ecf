import EstateCore

extension EstateCommand {
    /// `estate cloud`: cloud readiness, the 7 Rs, effort, waves, refresh avoided and the Azure Migrate hand-over.
    struct Cloud: Command {
        static let name = "cloud"
        static let abstract =
            "cloud readiness, disposition (7 Rs), effort and waves; refresh avoided; Azure Migrate CSV"
        static let help = """
            Usage: estate cloud [--by VIEW] [--years N] [--format table|md|csv|json]
                                [--inventory DIR] [--db PATH] [--as-of YYYY-MM-DD]

            Judges every system and in-service server: readiness (ready, ready-with-conditions, not-ready,
            unknown) from the weights of its blockers (OS the target cannot run, platform out of support, thick
            client, customised or bespoke code, hardware on site, telephony, data classification, integrations,
            latency, licensing); a disposition among the 7 Rs (retire, retain, rehost, relocate, repurchase,
            replatform, refactor) with its reason; an effort size (S, M, L, XL); and a migration wave. Weights,
            thresholds, unit costs and the wave size are the policy's cloud_* settings.

            Without --by: one row per system, then per server, with the columns
            subject_kind,id,name,readiness,disposition,blockers,effort,wave,score,effort_points,rule,reason,
            effort_basis,related,move_by,move_by_reason,wave_reason,missing_facts
            (the terminal shows the main ones; --format md gives the report section).

            --by VIEW:
              systems         the systems only
              servers         the servers only
              waves           each wave's systems, the servers it moves or frees, and its earliest deadline
              refresh         each server refresh a migration avoids, its financial year, cost and basis
              refresh-years   the refresh avoided by financial year (capital and revenue)
              azure-migrate   the servers that move, in Azure Migrate's CSV import template
              rules           every blocker kind with its weight and why it counts

              --years N    the horizon in financial years from the as-of year (default 5)

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        /// What `--by` shows.
        enum View: String, CaseIterable {
            case all, systems, servers, waves, refresh
            case refreshYears = "refresh-years"
            case azureMigrate = "azure-migrate"
            case rules
        }

        var common: CommonOptions
        var format: OutputFormat
        var view: View
        var years: Int

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            if let text = try arguments.option("--by") {
                guard let view = View(rawValue: text.lowercased()), view != .all else {
                    let views = View.allCases.filter { $0 != .all }.map(\.rawValue).joined(separator: "|")
                    throw UsageError("--by expects one of \(views), found \"\(text)\"")
                }
                self.view = view
            } else {
                view = .all
            }
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
            let cloud = CloudReadiness(
                estate: inputs.estate, policy: inputs.policy, lifecycle: try inputs.lifecycle(horizonYears: years),
                asOf: common.asOf)
            if view == .all && format == .md {
                console.out(CloudSection(readiness: cloud).markdown())
                return .success
            }
            let table: Table
            switch view {
            case .all, .systems, .servers:
                let subjects: [CloudAssessment.SubjectKind] =
                    view == .systems ? [.system] : view == .servers ? [.server] : [.system, .server]
                table =
                    format == .table
                    ? CloudTables.summary(cloud, subjects: subjects) : CloudTables.readiness(cloud, subjects: subjects)
            case .waves: table = CloudTables.waves(cloud)
            case .refresh: table = CloudTables.refreshAvoided(cloud)
            case .refreshYears: table = CloudTables.refreshByYear(cloud)
            case .azureMigrate: table = CloudTables.azureMigrate(cloud)
            case .rules: table = CloudTables.rules(inputs.policy)
            }
            console.out(table.rendered(as: format))
            if format == .table {
                console.note(
                    "cloud readiness of snapshot \(inputs.snapshot.id) as of \(common.asOf), horizon to \(cloud.horizonEnd); --format csv gives every column"
                )
            }
            return .success
        }
    }
}
