import EstateCore
import EstateStore

extension EstateCommand {
    /// `estate history`: the snapshots in the database and their counts.
    struct History: Command {
        static let name = "history"
        static let abstract = "list the snapshots in the database with their counts"
        static let help = """
            Usage: estate history [--format table|md|csv|json] [--db PATH]

            One row per snapshot, oldest first: when it was taken and stored, the organisation, how many
            sources, assets, systems and components it holds, and how many rows were rejected.

            \(CommonOptions.help)
            """

        var common: CommonOptions
        var format: OutputFormat

        init(arguments: inout Arguments) throws {
            common = try CommonOptions(&arguments)
            format = try CommonOptions.outputFormat(&arguments)
            try arguments.finish()
        }

        func run(console: Console) throws -> ExitCode {
            let database = try EstateDatabase(path: common.database)
            console.out(Self.table(try database.snapshots()).rendered(as: format))
            return .success
        }

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
