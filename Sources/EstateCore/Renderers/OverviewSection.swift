/// The report's first section: what the estate holds, where, how old, and what went in.
public struct OverviewSection: ReportSection {
    public let id = "overview"
    public let title = "Estate overview"
    public let overview: Overview
    public let context: ReportContext

    /// Presents `overview`, the context's estate as of its date.
    public init(context: ReportContext, overview: Overview) {
        self.context = context
        self.overview = overview
    }

    public var tables: [(name: String, table: Table)] {
        [
            ("overview-by-class", byClass), ("overview-by-site", Self.counts(overview.bySite, "site", "Site")),
            ("overview-by-department", Self.counts(overview.byDepartment, "department", "Department")),
            ("overview-by-age", byAge),
            ("overview-by-os", Self.counts(overview.byOperatingSystem, "operating_system", "Operating system")),
            ("overview-sources", sources), ("overview-rejects", rejects),
        ]
    }

    public func markdown() -> String {
        let o = overview
        let policy = context.policy
        var md = "## \(title)\n\n"
        md += "| Measure | Value | Basis |\n|---|---:|---|\n"
        md +=
            "| Assets in service | \(Table.grouped(Int64(o.inService))) | status active, in stock or in repair (or not given) |\n"
        md +=
            "| Assets retired, disposed or lost | \(Table.grouped(Int64(o.outOfService))) | by status; left out of every other figure |\n"
        md += "| Line-of-business systems | \(Table.grouped(Int64(o.systems))) | systems register |\n"
        md += "| Installed components | \(Table.grouped(Int64(o.components))) | components list |\n"
        md +=
            "| End-user devices \(policy.oldDeviceYears) years old or more | \(Table.grouped(Int64(o.oldEndUserDevices))) | purchase date against \(context.asOf); policy `old_device_years` |\n"
        md +=
            "| Assets not seen for over \(policy.staleAfterDays) days | \(Table.grouped(Int64(o.staleAssets))) | last-seen date before \(context.asOf.adding(days: -policy.staleAfterDays)); policy `stale_after_days` |\n"
        md +=
            "| Warranty expired | \(Table.grouped(Int64(o.warrantyExpired))) | warranty end before \(context.asOf) |\n"
        md +=
            "| Warranty ending within 12 months | \(Table.grouped(Int64(o.warrantyEndingWithinYear))) | warranty end before \(context.asOf.adding(years: 1)) |\n\n"

        md += "### By class\n\n" + byClass.markdown() + "\n"
        md +=
            "Refresh cycle from policy `refresh_cycle_years`; *due for refresh* counts those whose age in whole years has reached the cycle.\n\n"
        md += "### By age\n\n" + byAge.markdown() + "\n" + ageChart() + "\n"
        md += "### By site\n\n" + Self.counts(o.bySite, "site", "Site", limit: 15).markdown() + "\n"
        md +=
            "### By department\n\n" + Self.counts(o.byDepartment, "department", "Department", limit: 15).markdown()
            + "\n"
        md += "### By operating system\n\n"
        md += "As the inventory writes them (tidied of `Microsoft` and spacing); the top 15.\n\n"
        md += Self.counts(o.byOperatingSystem, "operating_system", "Operating system", limit: 15).markdown() + "\n"
        md += "### Data quality\n\n" + dataQuality.markdown() + "\n"
        md += "### Sources and rejects\n\n" + sources.markdown() + "\n"
        if context.rejectTotal > 0 {
            md += "\(Table.grouped(Int64(context.rejectTotal))) records were rejected and kept with the snapshot "
            md += "(`estate ingest --rejects FILE` lists them all)"
            md += context.rejects.count < context.rejectTotal ? "; the first \(context.rejects.count):\n\n" : ":\n\n"
            md += rejects.markdown() + "\n"
        } else {
            md += "No records were rejected.\n\n"
        }
        return md
    }

    var byClass: Table {
        var table = Table(columns: [
            .init("class", title: "Class"), .init("count", title: "In service", alignment: .right),
            .init("median_age_years", title: "Median age (years)", alignment: .right),
            .init("refresh_cycle_years", title: "Refresh cycle (years)", alignment: .right),
            .init("due_for_refresh", title: "Due for refresh", alignment: .right),
            .init("old", title: "\(context.policy.oldDeviceYears)+ years (devices)", alignment: .right),
            .init("stale", title: "Not seen \(context.policy.staleAfterDays)+ days", alignment: .right),
        ])
        for line in overview.byClass {
            table.append([
                .init(line.assetClass.rawValue), .init(line.count), .init(line.medianAgeYears),
                .init(line.refreshCycleYears), .init(line.overRefreshCycle),
                line.assetClass.isEndUserDevice ? .init(line.old) : .init(nil as String?), .init(line.stale),
            ])
        }
        return table
    }

    var byAge: Table {
        var table = Table(columns: [
            .init("age_band", title: "Age since purchase"),
            .init("end_user_devices", title: "End-user devices", alignment: .right),
            .init("infrastructure", title: "Infrastructure and other", alignment: .right),
        ])
        for band in overview.ageBands {
            table.append([.init(band.label), .init(band.endUserDevices), .init(band.infrastructure)])
        }
        return table
    }

    /// A Mermaid bar chart of end-user devices by age band.
    func ageChart() -> String {
        let bands = overview.ageBands.filter { $0.lowerYears != nil }
        let labels = bands.map { "\"\($0.label)\"" }.joined(separator: ", ")
        let values = bands.map { String($0.endUserDevices) }.joined(separator: ", ")
        let top = max(1, bands.map(\.endUserDevices).max() ?? 1)
        return """
            ```mermaid
            xychart-beta
                title "End-user devices by age since purchase"
                x-axis [\(labels)]
                y-axis "Devices" 0 --> \(top + top / 10 + 1)
                bar [\(values)]
            ```

            """
    }

    var dataQuality: Table {
        var table = Table(columns: [
            .init("check", title: "Check"), .init("count", title: "Count", alignment: .right),
            .init("examples", title: "Examples"),
        ])
        for item in overview.dataQuality {
            table.append([.init(item.check), .init(item.count), .init(item.examples.joined(separator: ", "))])
        }
        return table
    }

    var sources: Table {
        var table = Table(columns: [
            .init("path", title: "Source"), .init("format", title: "Format"),
            .init("accepted", title: "Accepted", alignment: .right),
            .init("rejected", title: "Rejected", alignment: .right),
            .init("sha256", title: "SHA-256 (first 12)"),
        ])
        for source in context.estate.snapshot.sources {
            table.append([
                .init(source.path), .init(source.format), .init(source.accepted), .init(source.rejected),
                .init(String(source.checksum.prefix(12))),
            ])
        }
        return table
    }

    var rejects: Table {
        var table = Table(columns: [
            .init("file", title: "File"), .init("line", title: "Line", alignment: .right),
            .init("column", title: "Column", alignment: .right), .init("field", title: "Field"),
            .init("reason", title: "Reason"),
        ])
        for reject in context.rejects {
            table.append([
                .init(reject.file), .init(reject.line), .init(reject.column), .init(reject.field), .init(reject.reason),
            ])
        }
        return table
    }

    static func counts(_ items: [(name: String, count: Int)], _ key: String, _ title: String, limit: Int? = nil)
        -> Table
    {
        var table = Table(columns: [.init(key, title: title), .init("count", title: "Assets", alignment: .right)])
        let shown = limit.map { Array(items.prefix($0)) } ?? items
        for item in shown { table.append([.init(item.name), .init(item.count)]) }
        if let limit, items.count > limit {
            let rest = items.dropFirst(limit)
            table.append([.init("\(rest.count) others"), .init(rest.reduce(0) { $0 + $1.count })])
        }
        return table
    }
}

/// The report's last section: every policy value the figures used, and whether it was assumed.
public struct AssumptionsSection: ReportSection {
    public let id = "assumptions"
    public let title = "Assumptions and defaults"
    public let policy: Policy
    public let asOf: LocalDate

    public init(context: ReportContext) {
        self.policy = context.policy
        self.asOf = context.asOf
    }

    public var tables: [(name: String, table: Table)] { [("assumptions", table)] }

    public func markdown() -> String {
        let defaults = policy.assumptions.filter(\.isDefault).count
        var md = "## \(title)\n\n"
        md +=
            "Figures are as of \(asOf). \(defaults) of \(policy.assumptions.count) policy values are Estate's defaults "
        md += "(set them in `policy.json` in the inventory folder):\n\n"
        md += table.markdown()
        return md + "\n"
    }

    var table: Table {
        var table = Table(columns: [
            .init("key", title: "Setting"), .init("value", title: "Value"), .init("source", title: "Source"),
            .init("basis", title: "Basis"),
        ])
        for assumption in policy.assumptions {
            table.append([
                .init(assumption.key), .init(assumption.value), .init(assumption.isDefault ? "default" : "policy file"),
                .init(assumption.basis),
            ])
        }
        return table
    }
}
