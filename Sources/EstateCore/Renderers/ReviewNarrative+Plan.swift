import Foundation

extension ReviewNarrative {
    /// The decisions the committee is asked for, each with its cost.
    func decisions() -> String {
        let current = pack.current
        let md = "### Decisions needed\n\n"
        var items: [String] = []
        let money = pack.yearMoney
        let finance = current.finance
        if let spike = finance.spikes.first(where: { $0.year == pack.year }) {
            items.append(
                "Approve capital of \(money.capital.wholePounds) for \(pack.year), \(CarbonNumber.plain(NSDecimalNumber(decimal: spike.aboveAverage * 100).doubleValue, digits: 0))% above the plan's average of \(finance.averageCapital.wholePounds) a year, or smooth it (`estate finance --smooth`, within a budget with `--budget`)."
            )
        } else {
            items.append(
                "Approve capital of \(money.capital.wholePounds) and revenue of \(money.revenue.wholePounds) for \(pack.year) (finance section)."
            )
        }
        let forced = pack.actions.filter { $0.kind == RoadmapEvent.Kind.forcedRefresh.rawValue }
        if !forced.isEmpty {
            let cost = forced.reduce(Money.zero) { $0 + ($1.cost ?? .zero) }
            items.append(
                "Replace \(forced.count) PCs that cannot run a supported Windows before their support ends: \(cost.wholePounds) at policy replacement prices."
            )
        }
        let unsupported = pack.risks.filter { $0.kind == .unsupported }
        if !unsupported.isEmpty {
            let costs = unsupported.compactMap { current.debt.item(.system, $0.systemId)?.remedy?.cost }
            let total = costs.reduce(Money.zero, +)
            items.append(
                "Fund the remedies of \(unsupported.count) high or critical systems out of support (\(unsupported.prefix(4).map { Markdown.escape($0.name) }.joined(separator: ", "))\(unsupported.count > 4 ? ", …" : "")): \(total.wholePounds) by the debt register's remedies."
            )
        }
        // Migrations need approving a year ahead: those cutting over this year, else next year's.
        var moveYear = pack.year
        var moves = current.proposal.migrations.filter { moveYear.contains($0.date) }
        if moves.isEmpty {
            moveYear = pack.year.next
            moves = current.proposal.migrations.filter { moveYear.contains($0.date) }
        }
        if !moves.isEmpty {
            let oneOff = moves.reduce(Money.zero) { $0 + $1.oneOffCost }
            let run = moves.reduce(Money.zero) { $0 + $1.annualRunCost }
            items.append(
                "Approve \(moves.count) cloud migrations cutting over in \(moveYear): \(oneOff.wholePounds) one-off and \(run.wholePounds) a year to run, against the contracts and refreshes they end (finance section, cloud migrations)."
            )
        }
        let horizon = current.asOf.adding(months: 18)
        let soon = pack.sharedServices.filter { candidate in
            candidate.nearestContractEnd(from: current.asOf).flatMap(\.contractEnd).map { $0 <= horizon } ?? false
        }
        if !soon.isEmpty {
            items.append(
                "Agree with partner organisations whether to procure jointly the \(soon.count) shared-service candidates whose first contract ends within 18 months (organisations section)."
            )
        }
        return md + items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n\n"
    }

    /// The year's actions by source and kind, the most severe listed, and the capital by category.
    func plan() -> String {
        var md = "### Action plan for \(pack.year)\n\n"
        guard !pack.actions.isEmpty else { return md + "No actions fall in \(pack.year).\n\n" }
        md += "From the roadmap (support ends, refreshes, contract ends, planned retirements), cloud readiness "
        md += "(migrations cutting over in the year) and the debt register (systems scoring "
        md +=
            "\(pack.current.policy.debt.poorFitScore) or more, policy debt_time_poor_fit_score). Every action, with its reason, is in `review-actions.csv`.\n\n"
        var table = Table(columns: [
            .init("source", title: "From"), .init("kind", title: "Action"),
            .init("count", title: "Count", alignment: .right), .init("cost_gbp", title: "Cost", alignment: .right),
        ])
        var groups: [String: (source: String, kind: String, count: Int, cost: Money)] = [:]
        for action in pack.actions {
            let key = "\(action.source.rawValue)/\(action.kind)"
            groups[key, default: (action.source.rawValue, action.kind, 0, .zero)].count += 1
            groups[key]?.cost += action.cost ?? .zero
        }
        for (_, group) in groups.sorted(by: { $0.key < $1.key }) {
            table.append([.init(group.source), .init(group.kind), .init(group.count), .init(group.cost)])
        }
        md += table.markdown() + "\n"
        let severe = pack.actions.filter { $0.severity >= .high }.prefix(15)
        if !severe.isEmpty {
            md += "The most severe:\n\n" + ReviewTables.actions(Array(severe)).markdown() + "\n"
        }
        return md
    }

    /// Emissions by year to the net-zero year against a straight path to zero.
    func carbon() -> String {
        var md = "### Carbon against the net-zero trajectory\n\n"
        guard let carbon = pack.current.carbon, let first = carbon.totals.first else {
            return md + "Carbon could not be estimated (the carbon factors could not be read).\n\n"
        }
        let target = pack.current.policy.netZeroYear
        let steps = Double(max(1, carbon.years.count - 1))
        let path = carbon.years.indices.map { first.totalKg / 1000 * (1 - Double($0) / steps) }
        let estimate = carbon.totals.map { $0.totalKg / 1000 }
        md += "The estate emits an estimated \(CarbonNumber.grouped(first.totalKg / 1000, digits: 1)) tCO2e in "
        md += "\(carbon.years.first?.description ?? "")"
        if let before = pack.previousHeadline?.tonnesCO2e {
            md +=
                " (\(CarbonNumber.grouped(NSDecimalNumber(decimal: before).doubleValue, digits: 1)) tCO2e at the previous review)"
        }
        md += ". The policy aims for net zero by \(target) (policy net_zero_year); the line below is a straight "
        md += "path from today's figure to zero, the bars the estimate as the refresh plan stands.\n\n"
        md +=
            MermaidChart(
                title: "tCO2e per financial year (bars: estimate; line: straight path to net zero)",
                labels: carbon.years.map(\.description), yTitle: "tCO2e", bars: [estimate], lines: [path], digits: 1
            ).markdown + "\n"
        var table = Table(columns: [
            .init("year", title: "Year"), .init("estimate", title: "Estimate tCO2e", alignment: .right),
            .init("path", title: "Path to net zero tCO2e", alignment: .right),
            .init("gap", title: "Gap tCO2e", alignment: .right),
        ])
        for (index, year) in carbon.years.enumerated() {
            table.append([
                .init(year.description), CarbonNumber.cell(estimate[index], digits: 1),
                CarbonNumber.cell(path[index], digits: 1), CarbonNumber.cell(estimate[index] - path[index], digits: 1),
            ])
        }
        md += table.markdown() + "\n"
        md += "The carbon section sets out the options that close the gap and what each saves.\n\n"
        return md
    }

    /// Storage at each snapshot and the straight-line forecast.
    func storage() -> String {
        var md = "### Storage growth\n\n"
        let forecast = pack.storage
        md += "Storage provisioned on servers and virtual machines at each snapshot"
        guard let rate = forecast.growthRate, let growth = forecast.growthPerYear else {
            return md + ": one snapshot only, so no growth can be measured yet.\n\n"
                + ReviewTables.storage(forecast).markdown() + "\n"
        }
        md += ", and a straight line fitted through them: growing \(CarbonNumber.grouped(growth / 1e12, digits: 1)) TB "
        md += "a year (\(CarbonNumber.plain(rate * 100, digits: 1))% of today's).\n\n"
        let all = forecast.points + forecast.forecast
        md +=
            MermaidChart(
                title: "Storage TB (bars: snapshots, then forecast)", labels: all.map(\.date.description),
                yTitle: "TB", bars: [all.map { Double($0.bytes) / 1e12 }], digits: 1
            ).markdown + "\n"
        md += ReviewTables.storage(forecast).markdown() + "\n"
        return md
    }

    /// Charts of the headline figures over the snapshots.
    func trends() -> String {
        let history = pack.history
        guard history.count > 1 else { return "" }
        var md = "### Trends\n\n"
        let labels = history.map(\.takenOn.description)
        md +=
            MermaidChart(
                title: "Share of assets out of support (%)", labels: labels, yTitle: "%",
                lines: [history.map { NSDecimalNumber(decimal: ($0.unsupportedShare ?? 0) * 100).doubleValue }],
                digits: 1
            ).markdown + "\n"
        md +=
            MermaidChart(
                title: "Debt principal (£k)", labels: labels, yTitle: "£k",
                bars: [
                    history.map { NSDecimalNumber(decimal: FinanceMath.pounds($0.debtPrincipal) / 1000).doubleValue }
                ]
            ).markdown + "\n"
        md +=
            MermaidChart(
                title: "Devices past the old-device age", labels: labels, yTitle: "devices",
                bars: [history.map { Double($0.oldDevices) }]
            ).markdown + "\n"
        md += ReviewTables.headlines(history).markdown() + "\n"
        return md
    }

    /// The organisations side by side and the shared-service candidates.
    func organisations() -> String {
        guard !pack.organisations.isEmpty else { return "" }
        var md = "### Organisations and shared services\n\n"
        md += "The latest snapshot of each organisation in the database:\n\n"
        md += ReviewTables.headlines(pack.organisations).markdown() + "\n"
        let assets = pack.organisations.reduce(0) { $0 + $1.assets }
        let principal = pack.organisations.reduce(Money.zero) { $0 + $1.debtPrincipal }
        md += "Combined: \(Table.grouped(Int64(assets))) assets, \(pack.organisations.reduce(0) { $0 + $1.systems }) "
        md += "systems, debt principal \(principal.wholePounds).\n\n"
        guard !pack.sharedServices.isEmpty else { return md + "No product or capability is run by more than one.\n\n" }
        md += "Shared-service candidates: the same product (one instance or one contract) or the same capability on "
        md += "different products (converge on one), largest combined cost first, with the first contract end "
        md += "that opens the door:\n\n"
        md += ReviewTables.sharedServices(Array(pack.sharedServices.prefix(15)), asOf: pack.current.asOf).markdown()
        md += "\n"
        return md
    }

    func method() -> String {
        var md = "### How the figures are made\n\n"
        md += "Each snapshot is analysed as of the date it was taken, under the current policy. "
        md += "Last year's actions are the plan the earlier snapshot gives for its financial year; an action is done "
        md += "when the later snapshot shows its asset replaced, retired or upgraded, or its system migrated, "
        md += "changed or decommissioned.\n\n"
        for (name, rule) in HeadlineFigures.definitions { md += "- \(name): \(Markdown.escape(rule)).\n" }
        return md + "\n"
    }

    func appendix() -> String {
        "### Appendix: data\n\n" + files.map { "- `\($0)`" }.joined(separator: "\n") + "\n\n"
    }
}
