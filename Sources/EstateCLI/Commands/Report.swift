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
            SHA-256 checksums are compared), then writes the report of the latest snapshot to the output folder:
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
            let policy = try InventoryFiles.policy(in: common.inventory)
            let database = try EstateDatabase(path: common.database)
            try ingestInventoryIfChanged(database: database, policy: policy, console: console)
            guard let snapshot = try database.latestSnapshot() else {
                throw IngestError(
                    file: common.database, message: "the database holds no snapshot; run estate ingest first")
            }
            let estate = try database.estate(snapshotID: snapshot.id)
            let rejects = try database.rejects(snapshotID: snapshot.id, limit: 50)
            let context = ReportContext(
                estate: estate, policy: policy, asOf: common.asOf, rejects: rejects, rejectTotal: snapshot.rejectCount)
            let report = EstateCore.Report(context: context, sections: ReportSections.all(context))
            for file in report.files() {
                let path = (common.output as NSString).appendingPathComponent(file.name)
                try InventoryFiles.write(file.contents, to: path)
                console.out(path + "\n")
            }
            console.note("report of snapshot \(snapshot.id) as of \(common.asOf) written to \(common.output)")
            return .success
        }

        /// Ingests the inventory folder unless a snapshot of exactly its files is already stored.
        func ingestInventoryIfChanged(database: EstateDatabase, policy: Policy, console: Console) throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: common.inventory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                if try database.latestSnapshot() == nil {
                    throw IngestError(
                        file: common.inventory,
                        message: "no inventory folder here and no snapshot in \(common.database)")
                }
                return
            }
            let (files, _) = try InventoryFiles.expand([common.inventory])
            var checksums = Set<String>()
            for path in files { checksums.insert(SHA256.hex(of: try InventoryFiles.read(path).data)) }
            if try database.snapshotID(matchingChecksums: checksums) != nil { return }
            console.note("ingesting \(common.inventory) (its content is not in \(common.database) yet)")
            let run = IngestRun(
                files: files, format: nil, mapping: try InventoryFiles.mapping(in: common.inventory),
                takenOn: common.asOf,
                organisation: policy.organisation, append: false, strict: false, keepAllRejects: false, console: console
            )
            let result = try run.run(on: database)
            IngestRun.printSummary(
                outcomes: result.outcomes, rejects: [], rejectCount: result.rejectCount, console: console)
        }
    }
}

/// The report's sections, in order. Each capability adds its renderer here.
enum ReportSections {
    static func all(_ context: ReportContext) -> [any ReportSection] {
        [OverviewSection(context: context), AssumptionsSection(context: context)]
    }
}
