import EstateCore
import EstateStore
import Foundation

extension EstateCommand {
    /// `estate history`: the headline figures of every snapshot, oldest first.
    struct History: Command {
        static let name = "history"
        static let abstract = "headline figures per snapshot: size, support, age, debt, carbon, money, storage"
        static let help = """
            Usage: estate history [--all] [--by figures|snapshots] [--format table|md|csv|json] [--org NAME]
                                  [--inventory DIR] [--db PATH]

            One row per snapshot of the organisation, oldest first, each analysed as of the date it was taken:
            assets in service, systems, the share of assets out of support, systems out of support, the median
            end-user device age, devices past the old-device age, the debt score and principal, tCO2e in its
            financial year, the next financial year's capital and revenue, and storage held.

              --all            every organisation's snapshots, not only this one's
              --by snapshots   the stored snapshots instead: dates, sources and row counts, rejects

            \(CommonOptions.help)

            Exit codes: 0 success; 1 failure; 64 usage error.
            """

        var common: CommonOptions
        var format: OutputFormat
        var everyOrganisation: Bool
        var listsSnapshots: Bool

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            everyOrganisation = arguments.flag("--all")
            switch try arguments.option("--by") {
            case nil, "figures": listsSnapshots = false
            case "snapshots": listsSnapshots = true
            case let other?: throw UsageError("--by expects figures or snapshots, found \"\(other)\"")
            }
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let inputs = try InventorySnapshot.load(common, console: console)
            let snapshots =
                everyOrganisation
                ? try inputs.database.snapshots()
                : try InventorySnapshot.snapshots(in: inputs.database, organisation: inputs.snapshot.organisation)
            if listsSnapshots {
                console.out(Self.table(snapshots).rendered(as: format))
                return .success
            }
            var figures: [HeadlineFigures] = []
            for (index, snapshot) in snapshots.enumerated() {
                console.step("analysing snapshot \(snapshot.id) (\(index + 1) of \(snapshots.count))")
                figures.append(HeadlineFigures(try inputs.analyses(of: snapshot)))
            }
            console.endProgress()
            console.out(ReviewTables.headlines(figures).rendered(as: format))
            return .success
        }

        /// The stored snapshots with their counts.
        static func table(_ snapshots: [Snapshot]) -> Table {
            var table = Table(columns: [
                .init("snapshot", title: "Snapshot", alignment: .right), .init("taken_on", title: "Taken on"),
                .init("stored_at", title: "Stored at"), .init("organisation", title: "Organisation"),
                .init("sources", title: "Sources", alignment: .right),
                .init("assets", title: "Assets", alignment: .right),
                .init("systems", title: "Systems", alignment: .right),
                .init("components", title: "Components", alignment: .right),
                .init("rejected", title: "Rejected", alignment: .right),
            ])
            for snapshot in snapshots {
                table.append([
                    .init(Int(snapshot.id)), .init(snapshot.takenOn), .init(snapshot.storedAt),
                    .init(snapshot.organisation),
                    .init(snapshot.sources.count), .init(snapshot.assetCount), .init(snapshot.systemCount),
                    .init(snapshot.componentCount), .init(snapshot.rejectCount),
                ])
            }
            return table
        }
    }
}
