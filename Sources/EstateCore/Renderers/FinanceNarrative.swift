import Foundation

/// The finance section's Markdown: headline, capital and revenue by year with a chart, what drives each year's
/// capital, spikes and smoothing, lease or buy, cloud migrations, depreciation, what is not priced, and method.
struct FinanceNarrative {
    let analysis: FinanceAnalysis
    let proposal: CloudMigrationProposal?
    let title: String

    /// The policy settings the finance plan rests on, in the order the report lists them.
    static let settingKeys: Set<String> = [
        "refresh_cycle_years", "stale_after_days", "capitalisation_threshold", "energy_price_per_kwh", "discount_rate",
        "capital_budget_per_year",
    ]

    /// The cloud settings that price proposed migrations.
    static let migrationKeys: Set<String> = [
        "cloud_migration_cost", "cloud_saas_cost_ratio", "cloud_saas_cost_per_user", "cloud_run_cost_per_vcpu",
        "cloud_assumed_vcpus", "cloud_first_cut_over", "cloud_wave_interval_months", "cloud_wave_size",
    ]

    func markdown() -> String {
        let a = analysis
        let first = a.years.first?.description ?? ""
        let last = a.years.last?.description ?? ""
        var md = "## \(title)\n\n"
        md += "Capital and revenue for the \(a.years.count) financial years \(first) to \(last), as of \(a.asOf). "
        md += "Each year is a whole financial year (1 April to 31 March; the as-of year includes the months already "
        md += "past); amounts are pounds excluding VAT, at today's prices except contract renewals. Every line of "
        md += "`finance.csv` says what drives it (assets or systems) and the rule and policy values behind it, so it "
        md += "can go into a spreadsheet and the medium-term plan without re-keying.\n\n"
        md += headline() + "\n"
        md += "### By financial year\n\n" + FinanceTables.byYear(a).markdown() + "\n" + chart() + "\n"
        md += "### What drives each year's capital\n\n"
        md += FinanceTables.categories(a.baseline, type: .capital).markdown() + "\n"
        md += capitalLines() + "\n"
        md += "### Revenue by category\n\n" + FinanceTables.categories(a.baseline, type: .revenue).markdown() + "\n"
        md += smoothing()
        md += leaseOrBuy()
        md += migrations()
        md += depreciation()
        md += notPriced()
        md += method()
        return md
    }

    func headline() -> String {
        let a = analysis
        let capital = a.baseline.capitalByYear
        let revenue = a.baseline.revenueByYear
        let spikeRule = "policy finance_spike_percent \(FinanceMath.percent(a.policy.finance.spikeFraction))"
        var md = "| Measure | Value | Basis |\n|---|---:|---|\n"
        md +=
            "| Capital over the plan | \(capital.reduce(Money.zero, +).wholePounds) | \(a.averageCapital.wholePounds) a year on average |\n"
        md +=
            "| Revenue over the plan | \(revenue.reduce(Money.zero, +).wholePounds) | support and licences, subscriptions, cloud, extended support, energy, leases |\n"
        if let top = zip(a.years, capital).max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) {
            md +=
                "| Largest capital year | \(top.0): \(top.1.wholePounds) | \(Markdown.escape(share(top.1, of: a.averageCapital))) the average |\n"
        }
        let spikes = a.spikes.map { "\($0.year) (\(FinanceMath.plain($0.aboveAverage * 100, digits: 0))% above)" }
        md +=
            "| Spike years | \(spikes.isEmpty ? "none" : spikes.joined(separator: ", ")) | capital more than \(FinanceMath.percent(a.policy.finance.spikeFraction)) above the average (\(spikeRule)) |\n"
        // Items are read in place: copying one out retains every one of its strings.
        let items = a.items
        var byRule: [FinanceRefreshItem.Rule: Int] = [:]
        for position in items.indices { byRule[items[position].rule, default: 0] += 1 }
        let counts = FinanceRefreshItem.Rule.allCases.map { rule in (rule, byRule[rule] ?? 0) }
        md +=
            "| Refreshes in the plan | \(Table.grouped(Int64(a.items.count))) assets | \(counts.map { "\(Table.grouped(Int64($0.1))) \($0.0.rawValue)" }.joined(separator: ", ")); replacements bought in the plan are refreshed again when their cycle ends inside it |\n"
        if let smoothing = a.smoothing {
            md +=
                "| Smoothed under | \(smoothing.budget.wholePounds) a year | \(Markdown.escape(smoothing.budgetBasis)); \(Table.grouped(Int64(smoothing.moves.count))) refreshes moved, \(smoothing.shortfalls.count) year\(smoothing.shortfalls.count == 1 ? "" : "s") still over |\n"
        } else if let budget = a.budget {
            md += "| Capital budget | \(budget.wholePounds) a year | not smoothed (`estate finance --smooth`) |\n"
        }
        md +=
            "| Not refreshed | \(Table.grouped(Int64(a.notRefreshed.count))) assets | spares in stock, assets not seen for \(a.policy.staleAfterDays)+ days, no purchase date (`finance-items` lists those refreshed) |\n"
        return md
    }

    /// `2.1 times`, `60% above`.
    func share(_ amount: Money, of average: Money) -> String {
        guard average > .zero else { return "no average:" }
        let ratio = FinanceMath.pounds(amount) / FinanceMath.pounds(average)
        return "\(FinanceMath.plain(ratio, digits: 1)) times"
    }

    func chart() -> String {
        let a = analysis
        func thousands(_ values: [Money]) -> [Double] {
            values.map { NSDecimalNumber(decimal: FinanceMath.pounds($0) / 1_000).doubleValue }
        }
        let smoothed = a.smoothing?.plan.capitalByYear
        return MermaidChart(
            title:
                "£k per financial year (bars: capital; line: revenue\(smoothed == nil ? "" : "; second line: smoothed capital"))",
            labels: a.years.map(\.description), yTitle: "£k", bars: [thousands(a.baseline.capitalByYear)],
            lines: [thousands(a.baseline.revenueByYear)] + (smoothed.map { [thousands($0)] } ?? [])
        ).markdown
    }

    func capitalLines() -> String {
        var table = Table(columns: [
            .init("financial_year", title: "Year"), .init("category", title: "Category"),
            .init("amount_gbp", title: "Amount", alignment: .right), .init("drivers", title: "Drivers"),
            .init("basis", title: "Basis"),
        ])
        for line in analysis.baseline.lines where line.type == .capital {
            table.append([
                .init(line.year.description), .init(line.category.rawValue), .init(line.amount), .init(line.drivers),
                .init(line.basis),
            ])
        }
        return "Every capital line of the baseline:\n\n" + table.markdown()
    }

    func smoothing() -> String {
        let a = analysis
        var md = "### Spikes and smoothing\n\n"
        guard let smoothing = a.smoothing else {
            md +=
                "Not smoothed: `estate finance --smooth [--budget AMOUNT]` brings refreshes forward or defers them.\n\n"
            return md
        }
        md += "Under a budget of \(smoothing.budget.wholePounds) a year (\(Markdown.escape(smoothing.budgetBasis))), "
        md += "each year over budget first brings refreshes forward into the nearest earlier year with room (oldest "
        md +=
            "first, at most \(a.policy.finance.maxAdvanceYears) years: policy finance_max_advance_years), then defers "
        md += "them into the nearest later year with room (least critical first), never past a forced upgrade, an "
        md += "infrastructure asset's security end of support, or \(a.policy.finance.maxDeferralYears) years past due "
        md += "(policy finance_max_deferral_years). A move never pushes another year over the budget, nor leaves part "
        md += "of a year's capital programme below the threshold (which would only relabel it revenue); a replacement "
        md += "bought in the plan moves with it. `finance-moves.csv` lists each move, why, and its risk.\n\n"
        var table = Table(columns: [
            .init("class", title: "Class"), .init("move", title: "Move"),
            .init("count", title: "Refreshes", alignment: .right),
            .init("cost", title: "Cost", alignment: .right), .init("energy", title: "Extra energy", alignment: .right),
            .init("support", title: "Extra support", alignment: .right),
        ])
        var groups: [String: (count: Int, cost: Money, energy: Money, support: Money)] = [:]
        for move in smoothing.moves {
            let key = "\(move.assetClass.rawValue)|\(move.kind.rawValue)"
            groups[key, default: (0, .zero, .zero, .zero)].count += 1
            groups[key, default: (0, .zero, .zero, .zero)].cost += move.cost
            groups[key, default: (0, .zero, .zero, .zero)].energy += move.extraEnergy
            groups[key, default: (0, .zero, .zero, .zero)].support += move.extraSupport
        }
        for (key, value) in groups.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "|").map(String.init)
            table.append([
                .init(parts[0]), .init(parts.count > 1 ? parts[1] : ""), .init(value.count), .init(value.cost),
                .init(value.energy), .init(value.support),
            ])
        }
        md += smoothing.moves.isEmpty ? "Nothing needed to move.\n\n" : table.markdown() + "\n"
        let risk = smoothing.risk
        md += "Risk carried: \(risk.assetsBeyondLife) assets kept past their planned refresh "
        md +=
            "(\(Table.grouped(Int64(risk.daysBeyondLife))) asset-days), \(risk.extraEnergy.wholePounds) of electricity "
        md += "and \(risk.extraSupport.wholePounds) of post-warranty and extended support over the plan (both already "
        md += "in the smoothed revenue).\n\n"
        if smoothing.shortfalls.isEmpty {
            md += "Every year is within the budget after smoothing.\n\n"
        } else {
            for shortfall in smoothing.shortfalls {
                md +=
                    "- \(shortfall.year) stays \(shortfall.excess.wholePounds) over (\(shortfall.capital.wholePounds)): "
                md += Markdown.escape(shortfall.reason) + ".\n"
            }
            md += "\n"
        }
        let spikes = smoothing.spikes.map(\.year.description)
        md += "Spike years after smoothing: \(spikes.isEmpty ? "none" : spikes.joined(separator: ", ")).\n\n"
        return md
    }

    func leaseOrBuy() -> String {
        let a = analysis
        var md = "### Lease or buy\n\n"
        md +=
            "For each class with refreshes in the plan: a lease's yearly payment in advance repays the price over the "
        md += "term at the lessor's rate; both options are discounted at the Green Book rate "
        md += "(\(FinanceMath.percent(a.policy.discountRate)), policy discount_rate) over the term. Under IFRS 16 "
        md += "(CIPFA Code from 2024/25) only low-value leases (price up to "
        md += "\(a.policy.finance.leaseLowValueLimit.wholePounds): policy finance_lease_low_value_limit) turn capital "
        md += "into revenue; dearer leased assets are right-of-use assets and stay capital. The last two columns show "
        md += "what leasing the class would do to this plan (`estate finance --lease CLASS` applies it).\n\n"
        md += FinanceTables.lease(a).markdown() + "\n"
        if !a.options.leasedClasses.isEmpty {
            md +=
                "Leased in this plan: \(a.options.leasedClasses.map(\.rawValue).sorted().joined(separator: ", ")).\n\n"
        }
        return md
    }

    func migrations() -> String {
        let a = analysis
        var md = "### Cloud migrations\n\n"
        guard !a.migrationEffects.isEmpty else {
            md += "No migrations are priced in this plan. Each planned migration (from the cloud readiness analysis "
            md += "or a council's list) stops the system's contract at cut-over, adds its subscription or cloud run "
            md += "cost, charges its one-off cost, and takes out the refreshes of the server shares it frees.\n\n"
            return md + proposalNotes()
        }
        let effects = a.migrationEffects
        func total(_ values: (MigrationEffect) -> [Money]) -> Money {
            effects.reduce(.zero) { sum, effect in values(effect).reduce(sum, +) }
        }
        let targets = Dictionary(grouping: effects, by: \.migration.target).map {
            "\($0.value.count) to \($0.key.rawValue)"
        }
        .sorted()
        if proposal != nil {
            md += "The plan prices the \(effects.count) migrations cloud readiness proposes "
            md += "(\(targets.joined(separator: ", "))), each in its wave. "
        } else {
            md += "The plan prices \(effects.count) planned migrations (\(targets.joined(separator: ", "))). "
        }
        md += "Over the plan they avoid \(total(\.capitalAvoided).wholePounds) of capital, cost "
        md += "\(total(\.oneOff).wholePounds) one-off, add \(total(\.revenueAdded).wholePounds) of subscriptions and "
        md += "cloud run costs and save \(total(\.revenueSaved).wholePounds) of contracts, electricity and support: "
        md += "capital turned into revenue, as Nottinghamshire's strategy asks.\n\n"
        md += "Each migration against the plan without it: capital avoided (refreshes of the server shares it frees), "
        md += "its one-off cost, the run cost added and the contract, electricity and extended support saved.\n\n"
        md += FinanceTables.migrations(a).markdown() + "\n"
        return md + proposalNotes()
    }

    /// The wave calendar and anything priced on an assumption, when the migrations come from cloud readiness.
    func proposalNotes() -> String {
        guard let proposal else { return "" }
        var bullets = ["Calendar: " + proposal.calendar + "."]
        bullets += proposal.notes
        return bullets.map { "- " + Markdown.escape($0) }.joined(separator: "\n") + "\n\n"
    }

    func depreciation() -> String {
        let a = analysis
        var md = "### Depreciation\n\n"
        md += "Straight-line over each class's life (its refresh cycle) or the system life, "
        md +=
            a.policy.finance.depreciation == .yearAfter
            ? "with nothing in the year of purchase (policy finance_depreciation year-after). "
            : "by days from the purchase date (policy finance_depreciation pro-rata). "
        md += "Not cash and not in the totals above; `finance-depreciation.csv` has it by class.\n\n"
        var table = Table(columns: [
            .init("year", title: "Financial year"), .init("existing", title: "Existing assets", alignment: .right),
            .init("planned", title: "Planned purchases", alignment: .right),
            .init("total", title: "Total", alignment: .right),
        ])
        for year in a.years {
            let lines = a.depreciation.filter { $0.year == year }
            let existing = lines.filter { $0.origin == .existing }.reduce(Money.zero) { $0 + $1.amount }
            let planned = lines.filter { $0.origin == .planned }.reduce(Money.zero) { $0 + $1.amount }
            table.append([.init(year.description), .init(existing), .init(planned), .init(existing + planned)])
        }
        return md + table.markdown() + "\n"
    }

    func notPriced() -> String {
        let a = analysis
        let md = "### Not priced or not refreshed\n\n"
        var reasons: [String: Int] = [:]
        for item in a.notRefreshed {
            let reason =
                item.reason.hasPrefix("not seen") ? "not seen within the stale limit: assumed unused" : item.reason
            reasons[reason, default: 0] += 1
        }
        var bullets: [String] = []
        for (reason, count) in reasons.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            bullets.append("\(count) asset\(count == 1 ? "" : "s") not refreshed: \(reason)")
        }
        if !a.unpricedSystems.isEmpty {
            bullets.append(
                "\(a.unpricedSystems.count) systems with no annual cost in the register, so no contract line: \(a.unpricedSystems.joined(separator: ", "))"
            )
        }
        bullets += a.problems
        bullets.append(a.energyNote)
        return md + bullets.map { "- " + Markdown.escape($0) }.joined(separator: "\n") + "\n\n"
    }

    func method() -> String {
        let a = analysis
        var md = "### Method and settings\n\n"
        md += "- Refreshes: each in-use physical asset at its purchase date plus its class's refresh cycle (on the "
        md += "as-of date when overdue), or by the last day of support of a PC that cannot run a supported Windows, "
        md += "at the class's replacement price. Capital when the purchase (`item`) or the year's programme of its "
        md += "class (`programme`) reaches the capitalisation threshold; otherwise revenue "
        md += "(policy finance_capitalisation_basis: \(a.policy.finance.capitalisationBasis.rawValue)).\n"
        md += "- Systems: the register's annual cost to the contract end, then renewed every "
        md += "\(a.policy.finance.renewalTermYears) years at +\(FinanceMath.percent(a.policy.finance.renewalUplift)); "
        md += "stopped by a planned retirement (lifecycle-local.csv) or a migration. A system whose own product goes "
        md += "out of support is replaced by then at a multiple of its annual cost.\n"
        md += "- Extended support: fees only where the council's lifecycle-local.csv records paid extended updates, "
        md += "from the end of security support until they end or the asset is refreshed.\n"
        md += "- Energy: the carbon analysis's kWh (at the device × hosting PUE) at the policy's price; cloud virtual "
        md += "machines are in the provider's bill.\n\n"
        var table = Table(columns: [
            .init("key", title: "Setting"), .init("value", title: "Value"), .init("source", title: "Source"),
            .init("basis", title: "Basis"),
        ])
        for assumption in a.policy.assumptions
        where Self.settingKeys.contains(assumption.key) || assumption.key.hasPrefix("finance_")
            || (proposal != nil && Self.migrationKeys.contains(assumption.key))
        {
            table.append([
                .init(assumption.key), .init(assumption.value), .init(assumption.isDefault ? "default" : "policy file"),
                .init(assumption.basis),
            ])
        }
        return md + table.markdown() + "\n"
    }
}
