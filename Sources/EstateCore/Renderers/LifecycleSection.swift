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

    /// As ``tables``, with the two tables of one row per event and per component written straight to text.
    public var csvFiles: [ReportCSV] {
        let section = self
        return [
            ReportCSV(name: "roadmap", columns: Self.eventColumns, rows: analysis.events.count) {
                section.events(into: &$0)
            },
            ReportCSV(name: "roadmap-by-year", table: { section.byYear }),
            ReportCSV(name: "lifecycle-components", columns: Self.componentColumns, rows: analysis.components.count) {
                section.components(into: &$0)
            },
            ReportCSV(name: "lifecycle-systems", table: { section.systems }),
            ReportCSV(name: "lifecycle-forced-refresh", table: { section.forcedRefresh }),
            ReportCSV(name: "lifecycle-unmatched", table: { section.unmatched }),
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
        var devices = EndUserDevices(analysis.hardware)
        let groups = [
            "Operating systems on end-user devices", "Operating systems on servers and infrastructure", "Databases",
            "Other installed products",
        ]
        var table = Table(
            columns: [.init("group", title: "Component")]
                + SupportState.allCases.map {
                    .init($0.rawValue, title: $0.rawValue, alignment: .right)
                })
        let states = SupportState.allCases
        var counts = [[Int]](repeating: [Int](repeating: 0, count: states.count), count: groups.count)
        // Components are read in place: copying one out retains every one of its strings.
        let components = analysis.components
        for position in components.indices {
            // The group a component counts in, if any (an operating system of a system counts in none).
            let group: Int
            switch components[position].kind {
            case .operatingSystem:
                guard components[position].subjectKind == .asset else { continue }
                group = devices.contains(components[position]) ? 0 : 1
            case .database: group = 2
            default: group = 3
            }
            guard let state = states.firstIndex(of: components[position].state) else { continue }
            counts[group][state] += 1
        }
        for (group, name) in groups.enumerated() {
            table.append([.init(name)] + counts[group].map { .init($0) })
        }
        return table
    }

    public func outOfSupport(limit: Int) -> Table {
        var counts: [String: (cycle: LifecycleCycle, state: SupportState, count: Int, next: SupportChange?)] = [:]
        for (resolution, count) in Self.countsByResolution(
            analysis.components,
            where: { _, resolution in
                let state = resolution.status?.state
                return resolution.cycle != nil && (state == .unsupported || state == .extendedOnly)
            })
        {
            guard let cycle = resolution.cycle else { continue }
            let key = "\(cycle.product)/\(cycle.name)"
            let state = resolution.status?.state ?? .unknown
            counts[key, default: (cycle, state, 0, resolution.status?.nextChange)].count += count
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

    /// How many of the components that pass `isIncluded` share each resolution, in the order each resolution
    /// first appears: grouping by product then costs a string per distinct product, not per installation.
    ///
    /// - Complexity: O(*n*) in the components.
    static func countsByResolution(
        _ components: [ComponentStatus],
        where isIncluded: (ComponentKind, ComponentStatus.Resolution) -> Bool
    ) -> [(resolution: ComponentStatus.Resolution, count: Int)] {
        var position: [ObjectIdentifier: Int] = [:]
        var result: [(resolution: ComponentStatus.Resolution, count: Int)] = []
        // Statuses are read in place: copying one out retains every one of its strings.
        // The predicate is given the kind and the shared resolution, not a copy of the status.
        for index in components.indices where isIncluded(components[index].kind, components[index].resolution) {
            let resolution = components[index].resolution
            let id = ObjectIdentifier(resolution)
            if let known = position[id] {
                result[known].count += 1
            } else {
                position[id] = result.count
                result.append((resolution, 1))
            }
        }
        return result
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
        let years = years
        let column = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1.0, $0) })
        var counts = [[Int]](repeating: [Int](repeating: 0, count: kinds.count), count: years.count)
        // Events are read in place: copying one out retains every one of its strings.
        let events = analysis.events
        for position in events.indices {
            guard let year = yearIndex(of: events[position].date, in: years), let kind = column[events[position].kind]
            else { continue }
            counts[year][kind] += Self.weight(
                subjectKind: events[position].subjectKind, subjectName: events[position].subjectName)
        }
        for (index, year) in years.enumerated() {
            table.append([.init(year.description)] + counts[index].map { .init($0) })
        }
        return table
    }

    /// The position of the financial year holding `date` among `years` (consecutive, earliest first).
    func yearIndex(of date: LocalDate, in years: [FinancialYear]) -> Int? {
        guard let first = years.first else { return nil }
        let index = policy.financialYear(containing: date).startYear - first.startYear
        return years.indices.contains(index) ? index : nil
    }

    /// How many things an event stands for: a device group counts its devices.
    static func weight(_ event: RoadmapEvent) -> Int {
        weight(subjectKind: event.subjectKind, subjectName: event.subjectName)
    }

    /// ``weight(_:)`` from the event's subject, so an event need not be copied out of its array to be counted.
    static func weight(subjectKind: RoadmapEvent.SubjectKind, subjectName: String) -> Int {
        guard subjectKind == .product, let count = Int(subjectName.prefix { $0.isNumber }) else { return 1 }
        return count
    }

    static let eventColumns = [
        "date", "financial_year", "kind", "subject", "product", "cycle", "status_after", "severity", "reason",
    ]

    public var events: Table {
        var builder = TableBuilder(columns: Self.eventColumns.map { Table.Column($0) })
        events(into: &builder)
        return builder.table
    }

    /// The rows of ``events`` into any sink; each financial year is labelled once.
    func events(into sink: inout some TableRows) {
        var yearLabels: [Int: String] = [:]
        // Events are read in place through a buffer: an array's element passed on is a copy, which retains every
        // one of its strings.
        analysis.events.withUnsafeBufferPointer { events in
            for position in events.indices {
                let year = policy.financialYear(containing: events[position].date)
                let label: String
                if let known = yearLabels[year.startYear] {
                    label = known
                } else {
                    label = year.description
                    yearLabels[year.startYear] = label
                }
                Self.event(events[position], yearLabel: label, into: &sink)
            }
        }
    }

    /// One row of ``events``.
    private static func event(_ event: borrowing RoadmapEvent, yearLabel: String, into sink: inout some TableRows) {
        sink.date(event.date)
        sink.text(yearLabel)
        sink.text(event.kind.rawValue)
        sink.text(Self.subject(of: event))
        sink.text(event.product)
        sink.text(event.cycle)
        sink.text(event.statusAfter?.rawValue)
        sink.text(event.severity.rawValue)
        sink.text(event.reason)
        sink.endRow()
    }

    /// `ew-lt-0042 (LBE100042)`, or the id alone when the name is the id.
    static func subject(of event: RoadmapEvent) -> String {
        event.subjectName == event.subjectId ? event.subjectId : "\(event.subjectName) (\(event.subjectId))"
    }

    static let componentColumns = [
        "subject_kind", "subject_id", "subject_name", "kind", "input", "version", "product", "cycle", "confidence",
        "rule", "status", "next_change", "next_status", "layer",
    ]

    var components: Table {
        var builder = TableBuilder(columns: Self.componentColumns.map { Table.Column($0) })
        components(into: &builder)
        return builder.table
    }

    /// The rows of ``components`` into any sink; components sharing a resolution share its confidence's text.
    func components(into sink: inout some TableRows) {
        var confidences: [ObjectIdentifier: String] = [:]
        for item in analysis.components {
            let resolution = item.resolution
            let match = resolution.match
            sink.text(item.subjectKind.rawValue)
            sink.text(item.subjectId)
            sink.text(item.subjectName)
            sink.text(item.kind.rawValue)
            sink.text(item.text)
            sink.text(item.version)
            sink.text(match.product)
            sink.text(match.cycle)
            let id = ObjectIdentifier(resolution)
            if let confidence = confidences[id] {
                sink.text(confidence)
            } else {
                let confidence = match.confidence.description
                confidences[id] = confidence
                sink.text(confidence)
            }
            sink.text(match.rule)
            sink.text(item.state.rawValue)
            sink.date(resolution.status?.nextChange?.date)
            sink.text(resolution.status?.nextChange?.state.rawValue)
            sink.text(resolution.cycle?.layer.rawValue)
            sink.endRow()
        }
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
