extension LifecycleSection {
    /// A Mermaid gantt chart: the support phases of the most used platforms and the next milestone of each critical system.
    func gantt() -> String {
        let floor = analysis.asOf.adding(years: -10)
        var counts: [String: (cycle: LifecycleCycle, count: Int)] = [:]
        for (resolution, count) in Self.countsByResolution(
            analysis.components,
            where: { kind, _ in kind == .operatingSystem || kind == .database })
        {
            guard let cycle = resolution.cycle else { continue }
            counts["\(cycle.product)/\(cycle.name)", default: (cycle, 0)].count += count
        }
        let platforms = counts.values.filter { ($0.cycle.securitySupportEnd.date.map { $0 >= floor }) ?? false }
            .sorted { ($1.count, $0.cycle.product, $0.cycle.name) < ($0.count, $1.cycle.product, $1.cycle.name) }
            .prefix(12)
            .sorted { ($0.cycle.product, $0.cycle.name) < ($1.cycle.product, $1.cycle.name) }
        guard !platforms.isEmpty else { return "" }
        var md = "```mermaid\ngantt\n    title Support of the estate's main platforms (as of \(analysis.asOf))\n"
        md += "    dateFormat YYYY-MM-DD\n    axisFormat %Y\n    todayMarker off\n"
        var section = ""
        for item in platforms {
            let cycle = item.cycle
            guard let security = cycle.securitySupportEnd.date else { continue }
            if cycle.product != section {
                section = cycle.product
                md += "    section \(Self.ganttText(section))\n"
            }
            let start = max(cycle.releaseDate ?? floor, floor)
            let name = Self.ganttText("\(cycle.label ?? cycle.name) (\(item.count))")
            let supportStyle = security < analysis.asOf ? "done, " : ""
            md += "    \(name) :\(supportStyle)\(start), \(max(security, start.adding(days: 1)))\n"
            if let extended = cycle.extendedSupportEnd.date, extended > security {
                md +=
                    "    \(Self.ganttText("paid extended (\(cycle.layer.rawValue))")) :crit, \(security.adding(days: 1)), \(extended)\n"
            }
        }
        let critical = analysis.systems.filter { $0.system.criticality == .critical }
            .compactMap { item -> (String, LocalDate)? in
                guard let next = item.nextChange else { return nil }
                return (item.system.name, next.date)
            }
            .sorted { $0.1 < $1.1 }.prefix(10)
        if !critical.isEmpty {
            md += "    section Critical systems\n"
            for (name, date) in critical {
                md +=
                    "    \(Self.ganttText(name)) next change :active, \(analysis.asOf), \(max(date, analysis.asOf.adding(days: 1)))\n"
            }
        }
        return md + "```\n"
    }

    /// Mermaid task names may not hold `:`, `#` or `;`.
    static func ganttText(_ text: String) -> String {
        String(text.map { ":#;".contains($0) ? " " : $0 })
    }

    /// The high and critical events of each year, grouped into actions a head of ICT can assign.
    func actions() -> String {
        struct Group {
            var count = 0
            var first: LocalDate
            var severity: RoadmapEvent.Severity
            var names: [String] = []
        }
        var md = ""
        let years = years
        var urgentByYear = [[Int]](repeating: [], count: years.count)
        let events = analysis.events
        for position in events.indices where events[position].severity >= .high {
            if let year = yearIndex(of: events[position].date, in: years) { urgentByYear[year].append(position) }
        }
        for (yearPosition, year) in years.enumerated() {
            let urgent = urgentByYear[yearPosition].lazy.map { analysis.events[$0] }
            guard !urgent.isEmpty else { continue }
            md += "**\(year)**\n\n"
            var groups: [String: Group] = [:]
            for event in urgent {
                // Updated in place: one lookup an event, and no copy of a group's growing list of names.
                func add(to group: inout Group) {
                    group.count += Self.weight(event)
                    group.first = min(group.first, event.date)
                    group.severity = max(group.severity, event.severity)
                    if event.subjectKind != .product && !Self.groupsDevices(event) {
                        group.names.append(event.subjectName)
                    }
                }
                add(to: &groups[Self.action(for: event), default: Group(first: event.date, severity: event.severity)])
            }
            for (action, group) in groups.sorted(by: { ($0.value.first, $0.key) < ($1.value.first, $1.key) }) {
                md += "- \(group.severity == .critical ? "**critical**: " : "")\(Markdown.escape(action))"
                let names = Self.list(group.names)
                if group.count == 1 {
                    md += names.isEmpty ? " (by \(group.first))\n" : ": \(Markdown.escape(names)) (by \(group.first))\n"
                } else {
                    md +=
                        names.isEmpty
                        ? " (\(group.count), from \(group.first))\n"
                        : ": \(Markdown.escape(names)) (from \(group.first))\n"
                }
            }
            md += "\n"
        }
        return md.isEmpty ? "No high or critical events in the horizon.\n" : md
    }

    /// `A, B, C and 4 more`.
    static func list(_ names: [String], limit: Int = 6) -> String {
        let unique = Array(Set(names)).sorted()
        guard unique.count > limit else { return unique.joined(separator: ", ") }
        return unique.prefix(limit).joined(separator: ", ") + " and \(unique.count - limit) more"
    }

    static func groupsDevices(_ event: RoadmapEvent) -> Bool {
        event.assetClass?.isEndUserDevice ?? false
    }

    static func action(for event: RoadmapEvent) -> String {
        let what = [event.product, event.cycle].compactMap { $0 }.joined(separator: " ")
        switch event.kind {
        case .securitySupportEnds, .extendedSupportEnds:
            let phase = event.kind == .securitySupportEnds ? "security" : "extended"
            switch event.subjectKind {
            case .product: return "Upgrade or replace \(what) on end-user devices before \(phase) support ends"
            case .asset: return "Upgrade \(what) before \(phase) support ends on"
            case .system: return "Upgrade \(what) in \(event.subjectName) before \(phase) support ends"
            }
        case .activeSupportEnds: return "Plan the upgrade of \(what) on"
        case .forcedRefresh: return "Replace PCs that cannot run Windows 11 before their Windows loses support"
        case .refreshDue:
            if let assetClass = event.assetClass, assetClass.isEndUserDevice {
                return "Refresh \(assetClass.rawValue) devices at or past their refresh cycle"
            }
            return "Refresh infrastructure at or past its refresh cycle"
        case .warrantyEnds:
            if let assetClass = event.assetClass, assetClass.isEndUserDevice {
                return "Renew or replace warranties on \(assetClass.rawValue) devices"
            }
            return "Renew or replace warranties on"
        case .contractEnds: return "Decide on contracts ending (renew, re-procure or move to SaaS) for"
        case .plannedRetirement: return "Retire as planned"
        }
    }

    public func forcedRefreshSummary() -> String {
        var windowsCount = 0
        var capable = 0
        var unknown = 0
        var forced: [HardwareStatus] = []
        for item in analysis.hardware {
            guard let readiness = item.windows11 else { continue }
            windowsCount += 1
            if readiness.verdict == .capable { capable += 1 }
            if readiness.verdict == .unknown { unknown += 1 }
            if item.forcedRefresh != nil { forced.append(item) }
        }
        var md = "Of \(windowsCount) Windows PCs, \(capable) can run Windows 11, "
        md +=
            "\(windowsCount - capable - unknown) cannot, and \(unknown) lack the facts to say (TPM, processor, memory or storage not recorded). "
        md +=
            "The rule is Microsoft's published minimum: TPM 2.0, a processor on the supported list (Intel 8th generation "
        md += "or later, AMD Ryzen 2000 or later), 4 GB of memory and 64 GB of storage.\n\n"
        guard !forced.isEmpty else { return md + "No device must be replaced before an OS upgrade.\n" }
        md +=
            "\(forced.count) devices cannot run Windows 11 while their Windows is losing support: each must be replaced "
        md += "by its OS's end of support (the date below; today's date where it has passed). "
        md += "`roadmap-forced-refresh` lists them all (`lifecycle-forced-refresh.csv`).\n\n"
        var table = Table(columns: [
            .init("financial_year", title: "Replace in"), .init("class", title: "Class"),
            .init("count", title: "Devices", alignment: .right), .init("reasons", title: "Main reason"),
        ])
        var groups: [String: (year: String, assetClass: String, count: Int, reasons: [String: Int])] = [:]
        for item in forced {
            guard let date = item.forcedRefresh?.date else { continue }
            let year = policy.financialYear(containing: date).description
            let key = "\(year)/\(item.assetClass.rawValue)"
            var group = groups[key] ?? (year, item.assetClass.rawValue, 0, [:])
            group.count += 1
            for failure in item.windows11?.failures ?? [] {
                group.reasons[failure.hasPrefix("processor") ? "processor not supported" : failure, default: 0] += 1
            }
            groups[key] = group
        }
        for (_, group) in groups.sorted(by: { $0.key < $1.key }) {
            let reason = group.reasons.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
            table.append([.init(group.year), .init(group.assetClass), .init(group.count), .init(reason)])
        }
        return md + table.markdown()
    }
}
