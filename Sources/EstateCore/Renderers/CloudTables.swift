/// The cloud section's tables: every verdict, the Azure Migrate hand-over, the refresh avoided, the waves and
/// the rules with their weights.
public enum CloudTables {
    /// One row per system, then per server: the verdict and everything it rests on. The CSV `cloud`.
    public static func readiness(_ cloud: CloudReadiness, subjects: [CloudAssessment.SubjectKind] = [.system, .server])
        -> Table
    {
        var table = Table(
            columns: [
                "subject_kind", "id", "name", "readiness", "disposition", "blockers", "effort", "wave", "score",
                "effort_points", "rule", "reason", "effort_basis", "related", "move_by", "move_by_reason",
                "wave_reason", "missing_facts",
            ].map { Table.Column($0) })
        for kind in subjects {
            for item in kind == .system ? cloud.systems : cloud.servers {
                table.append([
                    .init(item.subjectKind.rawValue), .init(item.id), .init(item.name), .init(item.readiness.rawValue),
                    .init(item.disposition.rawValue), .init(item.blockerSummary), .init(item.effort?.size.rawValue),
                    .init(item.wave), .init(item.score), .init(item.effort?.points), .init(item.dispositionRule),
                    .init(item.reason), .init(item.effort?.basis), .init(item.related.joined(separator: ";")),
                    .init(item.moveBy?.date), .init(item.moveBy?.what), .init(item.waveReason),
                    .init(item.missingFacts.joined(separator: "; ")),
                ])
            }
        }
        return table
    }

    /// The verdicts in a few columns, for a terminal.
    public static func summary(_ cloud: CloudReadiness, subjects: [CloudAssessment.SubjectKind] = [.system, .server])
        -> Table
    {
        var table = Table(columns: [
            .init("subject_kind", title: "Kind"), .init("id", title: "Id"), .init("name", title: "Name"),
            .init("readiness", title: "Readiness"), .init("disposition", title: "Disposition"),
            .init("effort", title: "Effort"), .init("wave", title: "Wave", alignment: .right),
            .init("blockers", title: "Blockers"),
        ])
        for kind in subjects {
            for item in kind == .system ? cloud.systems : cloud.servers {
                table.append([
                    .init(item.subjectKind.rawValue), .init(item.id), .init(item.name), .init(item.readiness.rawValue),
                    .init(item.disposition.rawValue), .init(item.effort?.size.rawValue), .init(item.wave),
                    .init(item.blockers.map { "\($0.kind.rawValue) +\($0.weight)" }.joined(separator: ", ")),
                ])
            }
        }
        return table
    }

    /// The servers that move, in Azure Migrate's CSV import template. The CSV `cloud-azure-migrate`.
    public static func azureMigrate(_ cloud: CloudReadiness) -> Table {
        let disks = max(2, cloud.handOver.map(\.diskSizesGB.count).max() ?? 0)
        let names =
            CloudHandOverServer.azureMigrateColumns
            + (disks > 2 ? (3...disks).flatMap { CloudHandOverServer.diskColumns($0) } : [])
        var table = Table(columns: names.map { Table.Column($0) })
        for server in cloud.handOver {
            var row: [Table.Cell] = [
                .init(server.serverName), .init(nil as String?), .init(server.cores),
                .init(number: String(server.memoryMB), display: Table.grouped(server.memoryMB)), .init(server.osName),
                .init(server.osVersion), .init(server.osArchitecture), .init(server.serverType),
                .init(server.hypervisor),
            ]
            row += [Table.Cell](repeating: .init(nil as String?), count: 6)
            row.append(.init(server.diskSizesGB.isEmpty ? nil : server.diskSizesGB.count))
            row.append(.init(nil as String?))
            for index in 0..<disks {
                if index < server.diskSizesGB.count {
                    let size = server.diskSizesGB[index]
                    row.append(.init(number: String(size), display: Table.grouped(size)))
                } else {
                    row.append(.init(nil as String?))
                }
                row += [Table.Cell](repeating: .init(nil as String?), count: 4)
            }
            table.append(row)
        }
        return table
    }

    /// Each server refresh avoided, with its basis. The CSV `cloud-refresh-avoided`.
    public static func refreshAvoided(_ cloud: CloudReadiness) -> Table {
        var table = Table(
            columns: [
                "asset_id", "name", "refresh_class", "refresh_due", "financial_year", "cost_gbp",
                "capital_or_revenue", "disposition", "wave", "related", "basis",
            ].map { Table.Column($0) })
        for item in cloud.refreshAvoided {
            table.append([
                .init(item.assetId), .init(item.name), .init(item.refreshClass.rawValue), .init(item.refreshDue),
                .init(item.financialYear.description), .init(item.cost), .init(item.isCapital ? "capital" : "revenue"),
                .init(item.disposition.rawValue), .init(item.wave), .init(item.related.joined(separator: ";")),
                .init(item.basis),
            ])
        }
        return table
    }

    /// The refresh avoided in each financial year of the horizon.
    public static func refreshByYear(_ cloud: CloudReadiness) -> Table {
        var table = Table(columns: [
            .init("financial_year", title: "Financial year"), .init("servers", title: "Servers", alignment: .right),
            .init("capital_gbp", title: "Capital avoided", alignment: .right),
            .init("revenue_gbp", title: "Revenue avoided", alignment: .right),
            .init("total_gbp", title: "Total", alignment: .right),
        ])
        var year = cloud.policy.financialYear(containing: cloud.asOf)
        let last = cloud.policy.financialYear(containing: cloud.horizonEnd)
        while year <= last {
            let items = cloud.refreshAvoided.filter { $0.financialYear == year }
            let capital = items.filter(\.isCapital).reduce(Money.zero) { $0 + $1.cost }
            let revenue = items.filter { !$0.isCapital }.reduce(Money.zero) { $0 + $1.cost }
            table.append([
                .init(year.description), .init(items.count), .init(capital), .init(revenue), .init(capital + revenue),
            ])
            year = year.next
        }
        return table
    }

    /// The waves: their systems, the servers moved or freed, and what presses them.
    public static func waves(_ cloud: CloudReadiness) -> Table {
        var table = Table(columns: [
            .init("wave", title: "Wave", alignment: .right), .init("systems", title: "Systems"),
            .init("servers", title: "Servers moved or freed"), .init("pressed_by", title: "Earliest deadline"),
        ])
        let names = Dictionary(cloud.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for wave in cloud.plan.waves {
            let members = wave.systemIds.compactMap { names[$0] }
            let servers = cloud.servers.filter { $0.wave == wave.number }.map(\.name)
            let deadline = CloudReadiness.earliest(members.compactMap(\.moveBy))
            table.append([
                .init(wave.number),
                .init(members.map { "\($0.name) (\($0.id), \($0.disposition.rawValue))" }.joined(separator: "; ")),
                .init(servers.joined(separator: ", ")),
                .init(deadline.map { "\($0.date): \($0.what)" }),
            ])
        }
        return table
    }

    /// Every blocker kind with its weight, what raises it and why.
    public static func rules(_ policy: Policy) -> Table {
        var table = Table(columns: [
            .init("blocker", title: "Blocker"), .init("weight", title: "Weight", alignment: .right),
            .init("saas_removes", title: "SaaS removes it"), .init("why", title: "Why it counts"),
        ])
        for kind in CloudBlocker.Kind.allCases {
            table.append([
                .init(kind.rawValue), .init(policy.cloud.weight(kind)), .init(kind.isSolvedBySaaS ? "yes" : "no"),
                .init(kind.rationale),
            ])
        }
        return table
    }

    /// Systems by disposition and readiness.
    public static func dispositions(_ cloud: CloudReadiness, of items: [CloudAssessment]) -> Table {
        var table = Table(
            columns: [.init("disposition", title: "Disposition")]
                + CloudReadinessLevel.allCases.map { .init($0.rawValue, title: $0.rawValue, alignment: .right) }
                + [.init("total", title: "Total", alignment: .right)])
        for disposition in CloudDisposition.allCases {
            let members = items.filter { $0.disposition == disposition }
            guard !members.isEmpty else { continue }
            table.append(
                [.init(disposition.rawValue)]
                    + CloudReadinessLevel.allCases.map { level in .init(members.count(where: { $0.readiness == level }))
                    }
                    + [.init(members.count)])
        }
        return table
    }
}
