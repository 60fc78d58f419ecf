/// The report's cloud section: readiness and the 7 Rs for every system and server, the top moves explained,
/// the migration waves, the server refreshes a migration avoids, and the rules with their weights.
///
/// Writes `cloud.md`, `cloud.csv` (every verdict), `cloud-azure-migrate.csv` (the servers that move, in Azure
/// Migrate's CSV import template) and `cloud-refresh-avoided.csv`.
public struct CloudSection: ReportSection {
    public let id = "cloud"
    public let title = "Cloud readiness and migration"
    public let readiness: CloudReadiness

    public init(readiness: CloudReadiness) {
        self.readiness = readiness
    }

    public var tables: [(name: String, table: Table)] {
        [
            ("cloud", CloudTables.readiness(readiness)), ("cloud-azure-migrate", CloudTables.azureMigrate(readiness)),
            ("cloud-refresh-avoided", CloudTables.refreshAvoided(readiness)),
        ]
    }

    public func markdown() -> String {
        CloudNarrative(cloud: readiness, title: title).markdown()
    }
}
