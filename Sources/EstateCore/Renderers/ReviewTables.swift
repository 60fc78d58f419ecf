import Foundation

/// The review pack's tables: the headline figures per snapshot, last year's actions and what happened, this
/// year's actions, risks, shared-service candidates, storage and the changes between snapshots.
public enum ReviewTables {
    /// One row per snapshot, oldest first: the figures ``HeadlineFigures`` defines.
    public static func headlines(_ figures: [HeadlineFigures]) -> Table {
        var table = Table(columns: [
            .init("snapshot", title: "Snapshot", alignment: .right), .init("taken_on", title: "Taken on"),
            .init("organisation", title: "Organisation"), .init("assets", title: "Assets", alignment: .right),
            .init("systems", title: "Systems", alignment: .right),
            .init("unsupported_percent", title: "Unsupported", alignment: .right),
            .init("unsupported_systems", title: "Unsupported systems", alignment: .right),
            .init("median_device_age_years", title: "Median device age", alignment: .right),
            .init("old_devices", title: "Devices 7+ years", alignment: .right),
            .init("debt_score", title: "Debt score", alignment: .right),
            .init("debt_principal_gbp", title: "Debt principal", alignment: .right),
            .init("tco2e", title: "tCO2e", alignment: .right), .init("next_year", title: "Next year"),
            .init("next_year_capital_gbp", title: "Capital", alignment: .right),
            .init("next_year_revenue_gbp", title: "Revenue", alignment: .right),
            .init("storage_tb", title: "Storage TB", alignment: .right),
        ])
        for figure in figures {
            table.append([
                .init(Int(figure.snapshotId)), .init(figure.takenOn), .init(figure.organisation), .init(figure.assets),
                .init(figure.systems), percentCell(figure.unsupportedShare), .init(figure.unsupportedSystems),
                decimalCell(figure.medianDeviceAgeYears), .init(figure.oldDevices), decimalCell(figure.debtScore),
                .init(figure.debtPrincipal), decimalCell(figure.tonnesCO2e), .init(figure.nextYear.description),
                .init(figure.nextYearCapital), .init(figure.nextYearRevenue), terabytesCell(figure.storageBytes),
            ])
        }
        return table
    }

    /// Each of last year's actions, what happened and the evidence.
    public static func progress(_ progress: [ActionProgress]) -> Table {
        var builder = TableBuilder(
            columns: actionColumns + [.init("outcome", title: "Outcome"), .init("evidence", title: "Evidence")])
        for entry in progress {
            actionRow(entry.action, into: &builder)
            builder.text(entry.outcome.rawValue)
            builder.text(entry.evidence)
            builder.endRow()
        }
        return builder.table
    }

    /// This year's actions, most severe first.
    public static func actions(_ actions: [ReviewAction]) -> Table {
        var builder = TableBuilder(columns: actionColumns)
        Self.actions(actions, into: &builder)
        return builder.table
    }

    /// The rows of ``actions(_:)`` into any sink: the report streams a large estate's straight to CSV.
    static func actions(_ actions: [ReviewAction], into sink: inout some TableRows) {
        // Actions are read in place through a buffer: an array's element passed on is a copy, which retains every
        // one of its strings.
        actions.withUnsafeBufferPointer { actions in
            for index in actions.indices {
                actionRow(actions[index], into: &sink)
                sink.endRow()
            }
        }
    }

    static let actionColumns: [Table.Column] = [
        .init("due", title: "Due"), .init("source", title: "From"), .init("kind", title: "Action"),
        .init("severity", title: "Severity"), .init("subject_kind", title: "Of"),
        .init("subject_id", title: "Id"), .init("subject_name", title: "Name"),
        .init("cost_gbp", title: "Cost", alignment: .right),
        .init("devices", title: "Devices", alignment: .right), .init("what", title: "What and why"),
    ]

    /// One action's cells, without ending the row.
    static func actionRow(_ action: ReviewAction, into sink: inout some TableRows) {
        sink.date(action.due)
        sink.text(action.source.rawValue)
        sink.text(action.kind)
        sink.text(action.severity.rawValue)
        sink.text(action.subjectKind.rawValue)
        sink.text(action.subjectId)
        sink.text(action.subjectName)
        sink.money(action.cost)
        sink.integer(action.assetIds.isEmpty ? nil : action.assetIds.count)
        sink.text(action.what)
    }

    public static func risks(_ risks: [ReviewRisk]) -> Table {
        var table = Table(columns: [
            .init("risk", title: "Risk"), .init("criticality", title: "Criticality"),
            .init("system_id", title: "System"), .init("name", title: "Name"), .init("detail", title: "Detail"),
        ])
        for risk in risks {
            table.append([
                .init(risk.kind.rawValue), .init(risk.criticality.rawValue), .init(risk.systemId), .init(risk.name),
                .init(risk.detail),
            ])
        }
        return table
    }

    /// One row per candidate: who takes part, their combined users and cost, and the first contract end.
    public static func sharedServices(_ candidates: [SharedServiceCandidate], asOf: LocalDate) -> Table {
        var table = Table(columns: [
            .init("kind", title: "Shared"), .init("key", title: "Product or capability"),
            .init("organisations", title: "Organisations", alignment: .right),
            .init("systems", title: "Systems"), .init("combined_users", title: "Users", alignment: .right),
            .init("combined_annual_cost_gbp", title: "Annual cost", alignment: .right),
            .init("nearest_contract_end", title: "Next contract end"), .init("ending", title: "Whose"),
        ])
        for candidate in candidates {
            let next = candidate.nearestContractEnd(from: asOf)
            table.append([
                .init(candidate.kind.rawValue), .init(candidate.key), .init(candidate.organisations),
                .init(
                    candidate.members.map { "\($0.organisation): \($0.systemId) \($0.product ?? $0.name)" }.joined(
                        separator: "; ")), .init(candidate.combinedUsers), .init(candidate.combinedAnnualCost),
                .init(next?.contractEnd), .init(next.map { "\($0.organisation) \($0.systemId)" }),
            ])
        }
        return table
    }

    /// The storage at each snapshot, then the forecast.
    public static func storage(_ forecast: StorageForecast) -> Table {
        var table = Table(columns: [
            .init("date", title: "Date"), .init("kind", title: "Figure"),
            .init("storage_tb", title: "Storage TB", alignment: .right),
        ])
        for point in forecast.points { table.append([.init(point.date), "snapshot", terabytesCell(point.bytes)]) }
        for point in forecast.forecast { table.append([.init(point.date), "forecast", terabytesCell(point.bytes)]) }
        return table
    }

    /// Counts of what changed between two snapshots.
    public static func changeCounts(_ diff: SnapshotDiff) -> Table {
        var table = Table(columns: [
            .init("change", title: "Change"), .init("count", title: "Count", alignment: .right),
        ])
        for (change, count) in diff.counts { table.append([.init(change), .init(count)]) }
        return table
    }

    /// Every change, one row per asset or system.
    public static func changes(_ diff: SnapshotDiff) -> Table {
        var table = Table(columns: [
            .init("change", title: "Change"), .init("subject_kind", title: "Of"), .init("id", title: "Id"),
            .init("name", title: "Name"), .init("before", title: "Before"), .init("after", title: "After"),
        ])
        func describe(_ asset: Asset) -> String {
            [asset.assetClass.rawValue, asset.model, asset.osName, asset.osVersion].compactMap { $0 }.joined(
                separator: ", ")
        }
        func describe(_ system: System) -> String {
            [system.product, system.version, system.hosting?.rawValue].compactMap { $0 }.joined(separator: ", ")
        }
        for asset in diff.assetsAdded {
            table.append(["added", "asset", .init(asset.id), .init(asset.hostname), "", .init(describe(asset))])
        }
        for asset in diff.assetsRetired {
            table.append(["retired", "asset", .init(asset.id), .init(asset.hostname), .init(describe(asset)), ""])
        }
        for pair in diff.assetsReplaced {
            table.append([
                "replaced", "asset", .init("\(pair.old.id) → \(pair.new.id)"), .init(pair.new.hostname),
                .init(describe(pair.old)), .init(describe(pair.new)),
            ])
        }
        for pair in diff.assetsUpgraded {
            table.append([
                "upgraded", "asset", .init(pair.after.id), .init(pair.after.hostname), .init(describe(pair.before)),
                .init(describe(pair.after)),
            ])
        }
        for system in diff.systemsAdded {
            table.append(["added", "system", .init(system.id), .init(system.name), "", .init(describe(system))])
        }
        for system in diff.systemsDecommissioned {
            table.append([
                "decommissioned", "system", .init(system.id), .init(system.name), .init(describe(system)), "",
            ])
        }
        for (kind, pairs) in [("migrated", diff.systemsMigrated), ("changed", diff.systemsChanged)] {
            for pair in pairs {
                table.append([
                    .init(kind), "system", .init(pair.after.id), .init(pair.after.name), .init(describe(pair.before)),
                    .init(describe(pair.after)),
                ])
            }
        }
        return table
    }

    static func percentCell(_ fraction: Decimal?) -> Table.Cell {
        guard let fraction else { return .init(nil as String?) }
        let value = NSDecimalNumber(decimal: fraction * 100).doubleValue
        return .init(number: CarbonNumber.plain(value, digits: 1), display: CarbonNumber.plain(value, digits: 1) + "%")
    }

    static func decimalCell(_ value: Decimal?) -> Table.Cell {
        guard let value else { return .init(nil as String?) }
        let text = "\(value)"
        return .init(number: text, display: text)
    }

    static func terabytesCell(_ bytes: Int64) -> Table.Cell {
        CarbonNumber.cell(Double(bytes) / 1e12, digits: 1)
    }
}
