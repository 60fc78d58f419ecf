import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate diff A B`: what changed between two snapshots.
    struct Diff: Command {
        static let name = "diff"
        static let abstract = "what changed between two snapshots: assets added, retired, replaced, upgraded; systems"
        static let help = """
            Usage: estate diff [A B] [--by counts|changes] [--format table|md|csv|json] [--org NAME]
                               [--inventory DIR] [--db PATH]

            Compares snapshot A (earlier) with snapshot B (later), by their ids in `estate history --by snapshots`;
            without them, the organisation's previous snapshot with its latest. Assets match by id (asset tag):
            added, retired, replaced (a retired asset whose hostname a new one took) and upgraded (operating
            system name or version changed). Systems match by id: added, decommissioned, migrated (hosting moved
            to IaaS, PaaS or SaaS) and changed (product or version).

              --by counts    the number of each kind of change (the default for the table format)
              --by changes   one row per asset or system changed (the default for csv, json and md)

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure (no such snapshot, or only one); 64 usage error.
            """

        var common: CommonOptions
        var format: OutputFormat
        var ids: (from: Int64, to: Int64)?
        var listsChanges: Bool

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            switch try arguments.option("--by") {
            case nil: listsChanges = format != .table
            case "counts": listsChanges = false
            case "changes": listsChanges = true
            case let other?: throw UsageError("--by expects counts or changes, found \"\(other)\"")
            }
            let positionals = try arguments.positionals()
            switch positionals.count {
            case 0: ids = nil
            case 2:
                guard let from = Int64(positionals[0]), let to = Int64(positionals[1]) else {
                    throw UsageError(
                        "estate diff expects two snapshot ids, found \"\(positionals.joined(separator: " "))\"")
                }
                ids = (from, to)
            default:
                throw UsageError("estate diff expects two snapshot ids or none, found \(positionals.count)")
            }
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let database = inputs.database
            let from: Snapshot
            let to: Snapshot
            if let ids {
                guard let first = try database.snapshot(id: ids.from) else {
                    throw IngestError(file: common.database, message: "no snapshot \(ids.from)")
                }
                guard let second = try database.snapshot(id: ids.to) else {
                    throw IngestError(file: common.database, message: "no snapshot \(ids.to)")
                }
                (from, to) = (first, second)
            } else {
                let mine = try InventorySnapshot.snapshots(in: database, organisation: inputs.snapshot.organisation)
                guard mine.count >= 2 else {
                    throw IngestError(
                        file: common.database,
                        message:
                            "only one snapshot of \(inputs.snapshot.organisation ?? "this estate"): ingest an earlier inventory (estate ingest --taken-on DATE) to compare"
                    )
                }
                (from, to) = (mine[mine.count - 2], mine[mine.count - 1])
            }
            let diff = SnapshotDiff(
                from: try database.estate(snapshotID: from.id), to: try database.estate(snapshotID: to.id))
            let table = listsChanges ? ReviewTables.changes(diff) : ReviewTables.changeCounts(diff)
            console.out(table.rendered(as: format))
            if format == .table {
                console.note(
                    "snapshot \(from.id) (\(from.takenOn)) to \(to.id) (\(to.takenOn)); --by changes lists each one")
            }
            return .success
        }
    }
}
