/// The lifecycle section and the roadmap: what is out of support today, what falls out in each
/// financial year ahead, and what must be replaced before an OS upgrade.
public struct LifecycleSection: ReportSection {
    public let id = "roadmap"
    public let title = "Support lifecycle and roadmap"
    public let analysis: LifecycleAnalysis
    public let policy: Policy

    public init(analysis: LifecycleAnalysis, policy: Policy) {
        self.analysis = analysis
        self.policy = policy
    }

    public var tables: [(name: String, table: Table)] {
        [
            ("roadmap", events), ("roadmap-by-year", byYear), ("lifecycle-components", components),
            ("lifecycle-systems", systems), ("lifecycle-forced-refresh", forcedRefresh),
            ("lifecycle-unmatched", unmatched),
        ]
    }

    var years: [FinancialYear] {
        var year = policy.financialYear(containing: analysis.asOf)
        var result: [FinancialYear] = []
        for _ in 0..<analysis.horizonYears {
            result.append(year)
            year = year.next
        }
        return result
    }

    public func markdown() -> String {
        var md = "## \(title)\n\n"
        md += "As of \(analysis.asOf). Support dates from the endoflife.date catalogue (snapshot "
        md += "\(analysis.catalogueSnapshot)) and any council layer in `lifecycle-local.csv`; "
        md +=
            "`true`/`false` ends in the catalogue are facts only as of its snapshot, and statuses after it say so.\n\n"
        md += "### Support status today\n\n" + statusCounts.markdown() + "\n"
        md += "### Unsupported or on paid extended support today\n\n" + outOfSupport(limit: 15).markdown() + "\n"
        md += "### Systems\n\n"
        md += "Each system takes the worst status of its own product and components and of the servers it runs on.\n\n"
        md += systemsSummary.markdown() + "\n"
        md += "### By financial year\n\n" + byYear.markdown() + "\n"
        md += gantt() + "\n"
        md += "### Actions by year\n\n" + actions() + "\n"
        md += "### Devices to replace before an OS upgrade\n\n" + forcedRefreshSummary() + "\n"
        md += "### Strings that matched no product\n\n"
        md += "Never guessed: add them to the catalogue (`estate catalogue import`) or check them with "
        md += "`estate catalogue match`.\n\n" + unmatchedTable(limit: 15).markdown() + "\n"
        return md
    }

    // MARK: - Tables

    public var statusCounts: Table {
        let groups: [(String, (ComponentStatus) -> Bool)] = [
            (
                "Operating systems on end-user devices",
                { $0.kind == .operatingSystem && $0.subjectKind == .asset && isDevice($0) }
            ),
            (
                "Operating systems on servers and infrastructure",
                { $0.kind == .operatingSystem && $0.subjectKind == .asset && !isDevice($0) }
            ),
            ("Databases", { $0.kind == .database }),
            ("Other installed products", { $0.kind != .operatingSystem && $0.kind != .database }),
        ]
        var table = Table(
            columns: [.init("group", title: "Component")]
                + SupportState.allCases.map {
                    .init($0.rawValue, title: $0.rawValue, alignment: .right)
                })
        for (name, belongs) in groups {
            let members = analysis.components.filter(belongs)
            table.append(
                [.init(name)] + SupportState.allCases.map { state in .init(members.filter { $0.state == state }.count) }
            )
        }
        return table
    }

    func isDevice(_ component: ComponentStatus) -> Bool {
        analysis.hardware.first { $0.assetId == component.subjectId }?.assetClass.isEndUserDevice ?? false
    }

    public func outOfSupport(limit: Int) -> Table {
        var counts: [String: (cycle: LifecycleCycle, state: SupportState, count: Int, next: SupportChange?)] = [:]
        for component in analysis.components {
            guard let cycle = component.cycle, component.state == .unsupported || component.state == .extendedOnly
            else { continue }
            let key = "\(cycle.product)/\(cycle.name)"
            counts[key, default: (cycle, component.state, 0, component.status?.nextChange)].count += 1
        }
        var table = Table(columns: [
            .init("product", title: "Product"), .init("cycle", title: "Cycle"), .init("status", title: "Status"),
            .init("count", title: "Installations", alignment: .right), .init("next_change", title: "Next change"),
            .init("layer", title: "Dates from"),
        ])
        for (_, item) in counts.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }).prefix(limit) {
            table.append([
                .init(item.cycle.product), .init(item.cycle.label ?? item.cycle.name), .init(item.state.rawValue),
                .init(item.count), .init(item.next.map { "\($0.state.rawValue) from \($0.date)" }),
                .init(item.cycle.layer.rawValue),
            ])
        }
        return table
    }

    var systemsSummary: Table {
        var table = Table(columns: [
            .init("system", title: "System"), .init("criticality", title: "Criticality"),
            .init("status", title: "Status"), .init("because", title: "Because of"),
            .init("next_change", title: "Next change"),
        ])
        let ranked = analysis.systems.sorted {
            ($1.state.badness, $1.system.criticality.map { $0 } ?? .low, $0.system.id)
                < ($0.state.badness, $0.system.criticality.map { $0 } ?? .low, $1.system.id)
        }
        for item in ranked where item.state != .supported || item.nextChange != nil {
            table.append([
                .init(item.system.name), .init(item.system.criticality?.rawValue), .init(item.state.rawValue),
                .init(item.worstComponent), .init(item.nextChange.map { "\($0.date): \($0.what)" }),
            ])
        }
        return table
    }

    var systems: Table {
        var table = Table(columns: [
            .init("system_id"), .init("name"), .init("criticality"), .init("status"), .init("worst_component"),
            .init("next_change_date"), .init("next_change"),
        ])
        for item in analysis.systems {
            table.append([
                .init(item.system.id), .init(item.system.name), .init(item.system.criticality?.rawValue),
                .init(item.state.rawValue), .init(item.worstComponent), .init(item.nextChange?.date),
                .init(item.nextChange?.what),
            ])
        }
        return table
    }

    public var byYear: Table {
        let kinds: [(RoadmapEvent.Kind, String)] = [
            (.securitySupportEnds, "Security support ends"), (.extendedSupportEnds, "Extended support ends"),
            (.activeSupportEnds, "Active support ends"), (.forcedRefresh, "Forced refreshes"),
            (.refreshDue, "Refreshes due"), (.warrantyEnds, "Warranties end"), (.contractEnds, "Contracts end"),
            (.plannedRetirement, "Planned retirements"),
        ]
        var table = Table(
            columns: [.init("financial_year", title: "Financial year")]
                + kinds.map {
                    .init($0.0.rawValue, title: $0.1, alignment: .right)
                })
        for year in years {
            let inYear = analysis.events.filter { year.contains($0.date) }
            table.append(
                [.init(year.description)]
                    + kinds.map { kind, _ in
                        .init(inYear.filter { $0.kind == kind }.reduce(0) { $0 + Self.weight($1) })
                    })
        }
        return table
    }

    /// How many things an event stands for: a device group counts its devices.
    static func weight(_ event: RoadmapEvent) -> Int {
        guard event.subjectKind == .product, let count = Int(event.subjectName.prefix { $0.isNumber }) else { return 1 }
        return count
    }

    public var events: Table {
        var table = Table(
            columns: [
                "date", "financial_year", "kind", "subject", "product", "cycle", "status_after", "severity", "reason",
            ].map { Table.Column($0) })
        for event in analysis.events {
            let subject =
                event.subjectName == event.subjectId ? event.subjectId : "\(event.subjectName) (\(event.subjectId))"
            table.append([
                .init(event.date), .init(policy.financialYear(containing: event.date).description),
                .init(event.kind.rawValue), .init(subject), .init(event.product), .init(event.cycle),
                .init(event.statusAfter?.rawValue), .init(event.severity.rawValue), .init(event.reason),
            ])
        }
        return table
    }

    var components: Table {
        var table = Table(
            columns: [
                "subject_kind", "subject_id", "subject_name", "kind", "input", "version", "product", "cycle",
                "confidence",
                "rule", "status", "next_change", "next_status", "layer",
            ].map { Table.Column($0) })
        for item in analysis.components {
            table.append([
                .init(item.subjectKind.rawValue), .init(item.subjectId), .init(item.subjectName),
                .init(item.kind.rawValue),
                .init(item.text), .init(item.version), .init(item.match.product), .init(item.match.cycle),
                .init(item.match.confidence.description), .init(item.match.rule), .init(item.state.rawValue),
                .init(item.status?.nextChange?.date), .init(item.status?.nextChange?.state.rawValue),
                .init(item.cycle?.layer.rawValue),
            ])
        }
        return table
    }

    var forcedRefresh: Table {
        var table = Table(
            columns: [
                "asset_id", "name", "class", "age_years", "replace_by", "financial_year", "windows11_failures",
                "reason",
            ].map { Table.Column($0) })
        for item in analysis.hardware {
            guard let forced = item.forcedRefresh else { continue }
            table.append([
                .init(item.assetId), .init(item.name), .init(item.assetClass.rawValue), .init(item.ageYears),
                .init(forced.date), .init(policy.financialYear(containing: forced.date).description),
                .init(item.windows11?.failures.joined(separator: "; ")), .init(forced.reason),
            ])
        }
        return table
    }

    var unmatched: Table { unmatchedTable(limit: nil) }

    func unmatchedTable(limit: Int?) -> Table {
        var table = Table(columns: [
            .init("input", title: "As written"), .init("version", title: "Version"),
            .init("count", title: "Components", alignment: .right),
        ])
        let items = limit.map { Array(analysis.unmatched.prefix($0)) } ?? analysis.unmatched
        for item in items { table.append([.init(item.text), .init(item.version), .init(item.count)]) }
        return table
    }
}
