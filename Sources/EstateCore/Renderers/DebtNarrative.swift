/// The debt section's Markdown: a briefing a head of ICT can read, then the tables that back every figure.
struct DebtNarrative {
    let analysis: DebtAnalysis
    let title: String
    /// The breakdowns already made (any missing is made here).
    var groups: [(grouping: DebtAnalysis.Grouping, table: Table)] = []

    /// The breakdown by `grouping`.
    func group(by grouping: DebtAnalysis.Grouping) -> Table {
        groups.first { $0.grouping == grouping }?.table ?? DebtTables.groups(analysis, by: grouping)
    }

    func markdown() -> String {
        var md = "## \(title)\n\n"
        md += introduction() + "\n"
        md += "### The ten worst debts\n\n" + topItems(10) + "\n"
        md += "### Systems: what to do with each (TIME)\n\n" + timeSummary() + "\n"
        md += "### By department\n\n" + group(by: .department).markdown() + "\n"
        md += "### By class\n\n" + group(by: .class).markdown() + "\n"
        md += "### By system, with the servers each runs on\n\n"
        md += "Each system's own debt plus an even share of the debt of every asset it lists; assets no system lists "
        md += "are shown apart, so the rows add up to the estate's totals.\n\n"
        md += systemTable() + "\n"
        md += "### How the score is made\n\n" + method()
        md += group(by: .factor).markdown() + "\n"
        md += "Policy values behind the figures (set them in `policy.json`):\n\n"
        md += DebtTables.policy(analysis.policy).markdown() + "\n"
        md += "Every item's factors, with the fact, rule and policy value behind each, are in `debt-factors.csv`; "
        md += "every item's score, money and TIME category in `debt.csv`.\n\n"
        return md
    }

    func introduction() -> String {
        // Counted by position: copying a million items to count them is most of the cost.
        let items = analysis.items
        let systems = items.indices.count(where: { items[$0].subject.kind == .system })
        let systemsWithDebt = items.indices.count(where: { items[$0].subject.kind == .system && items[$0].hasDebt })
        let assets = items.count - systems
        var text = "As of \(analysis.asOf). Fixing the estate's technical debt would cost about "
        text += "**\(analysis.principal.wholePounds)** (the principal: upgrades, replacements, migrations and "
        text += "consolidations at the policy's unit costs). Leaving it as it is costs about "
        text += "**\(analysis.interestPerYear.wholePounds) a year** (the interest: extended-support fees, extra "
        text += "support, the electricity of old kit, duplicated licences and idle assets). "
        text += "\(systemsWithDebt) of \(systems) systems and "
        text += "\(Table.grouped(Int64(assets))) assets carry some debt.\n\n"
        text += "Each asset and system scores 0-100: the sum of eight named factors' points, each factor's weight "
        text += "times how far it applies. Every figure below can be traced to its factors and the policy values "
        text += "behind them.\n"
        if let note = analysis.energyNote { text += "\nNote: \(Markdown.escape(note)).\n" }
        return text
    }

    /// The worst entries of the briefing, one paragraph each.
    func topItems(_ count: Int) -> String {
        var md = "Systems with the servers they run on, and assets no system lists grouped by class (a group's "
        md += "score is its members' average). Money is what fixing costs, then what leaving it costs a year.\n\n"
        let briefing = DebtBriefing(analysis: analysis)
        let entries = Array(briefing.entries.prefix(count))
        guard !entries.isEmpty else { return "No debt found.\n" }
        for (index, entry) in entries.enumerated() { md += "\(index + 1). " + paragraph(entry) }
        let largest = briefing.largest(5, besides: entries)
        if !largest.isEmpty {
            md += "\nWhere else the money is: the largest sums outside the ten.\n\n"
            for entry in largest { md += "- " + paragraph(entry) }
        }
        return md
    }

    func paragraph(_ entry: DebtBriefing.Entry) -> String {
        var md = "**\(Markdown.escape(entry.name))** (\(Markdown.escape(entry.label)), score \(entry.score); "
        md += "\(entry.principal.wholePounds) to fix, \(entry.interestPerYear.wholePounds) a year). "
        return md + Markdown.escape(entry.sentence) + "\n"
    }

    func timeSummary() -> String {
        var md = "LeanIX's TIME categories, from each system's technical fit (its debt score) and business value "
        md += "(its criticality): *invest* in good systems that matter, *tolerate* good ones that matter less, "
        md += "*migrate* those that matter but are in poor shape, *eliminate* the rest and any duplicate.\n\n"
        var table = Table(columns: [
            .init("time_category", title: "TIME"), .init("systems", title: "Systems"),
        ])
        let items = analysis.items
        let systems = items.indices.filter { items[$0].subject.kind == .system }.map { items[$0] }
        for category in TimeCategory.allCases {
            let members = systems.filter { $0.timeCategory == category }.sorted { $0.subject.id < $1.subject.id }
            table.append([.init(category.rawValue), .init(members.map(\.name).joined(separator: "; "))])
        }
        return md + table.markdown()
    }

    func systemTable() -> String {
        var table = Table(columns: [
            .init("name", title: "System"), .init("time", title: "TIME"),
            .init("score", title: "Score", alignment: .right),
            .init("principal", title: "To fix", alignment: .right),
            .init("interest", title: "A year", alignment: .right),
        ])
        for row in analysis.bySystem() where row.principal > .zero || row.interestPerYear > .zero {
            table.append([
                .init(row.name), .init(row.timeCategory?.rawValue), .init(row.score), .init(row.principal),
                .init(row.interestPerYear),
            ])
        }
        return table.markdown()
    }

    func method() -> String {
        var md = "Factors, each with its weight in points (`debt_weights`):\n\n"
        for factor in DebtFactor.allCases {
            md += "- **\(factor.title)** (`\(factor.rawValue)`, \(analysis.policy.debt.weight(factor)) points): "
            md += factorDescription(factor) + "\n"
        }
        md += "\nThe fix for an item is the strongest of its factors' remedies (a replaced PC needs no OS upgrade); "
        md += "yearly costs that draw on the same money count once, the largest: one item's electricity, its extra "
        md += "support, its extended-support fees, and a system's contract (duplicated licences or cost above the "
        md += "per-user limit).\n\n"
        md += "Taken from prior art: SQALE's remediation cost per finding, added up by item and group (compared "
        md += "here with the yearly cost of leaving it rather than a replacement value, as councils budget capital "
        md += "and revenue apart); ServiceNow's lifecycle risk, days to the next milestone times a milestone "
        md += "multiplier, as the support factor's rise towards the next support state; LeanIX's TIME "
        md += "categories.\n\n"
        return md
    }

    func factorDescription(_ factor: DebtFactor) -> String {
        let debt = analysis.policy.debt
        switch factor {
        case .support:
            return "the worst component's support state (unsupported \(debt.percent(.unsupported))%, extended-only "
                + "\(debt.percent(.extendedOnly))%, security-only \(debt.percent(.securityOnly))%), rising towards the next "
                + "state as its date nears within \(debt.supportWarningDays) days."
        case .exposure:
            return "the support severity times the criticality of what depends on it ("
                + Criticality.allCases.reversed().map { "\($0.rawValue) \(debt.percent($0))%" }.joined(separator: ", ")
                + ", none recorded \(debt.unrecordedCriticalityPercent)%)."
        case .age:
            return "months past the class's refresh cycle, full \(debt.ageFullYears) years past it."
        case .customisation:
            return "customised \(debt.customisationPercent[.customised] ?? 0)%, bespoke "
                + "\(debt.customisationPercent[.bespoke] ?? 0)%."
        case .duplication: return "another system with more users does the same job (the same capability)."
        case .unused:
            return "an asset in use not seen for \(analysis.policy.staleAfterDays) days, or a system costing more than "
                + "\(debt.costPerUserLimit.wholePounds) a user a year."
        case .virtualisation: return "a physical server kept for a single system."
        case .specification:
            let spec = debt.minimumSpecification
            return "a PC below \(spec.memoryGB) GB memory, \(spec.storageGB) GB storage, TPM \(spec.tpmMajor).0"
                + (spec.requiresWindows11Processor ? " or a Windows 11 supported processor." : ".")
        }
    }
}
