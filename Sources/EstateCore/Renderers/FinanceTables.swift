import Foundation

/// The finance analysis as tables: the plan finance officers take into a spreadsheet, and the detail behind it.
public enum FinanceTables {
    /// One row per financial year per line:
    /// `financial_year,type,category,amount_gbp,drivers,basis`, amounts as plain numbers.
    public static func plan(_ plan: FinancePlan) -> Table {
        var table = Table(columns: [
            .init("financial_year", title: "Financial year"), .init("type", title: "Type"),
            .init("category", title: "Category"), .init("amount_gbp", title: "Amount", alignment: .right),
            .init("drivers", title: "Drivers"), .init("basis", title: "Basis"),
        ])
        for line in plan.lines {
            table.append([
                .init(line.year.description), .init(line.type.rawValue), .init(line.category.rawValue),
                .init(line.amount), .init(line.drivers), .init(line.basis),
            ])
        }
        return table
    }

    /// `12.5` shown as `12.5%`.
    static func percentCell(_ fraction: Decimal?) -> Table.Cell {
        guard let fraction else { return .init(nil as String?) }
        let text = FinanceMath.plain(fraction * 100, digits: 1)
        return Table.Cell(number: text, display: text + "%")
    }

    /// Capital, revenue and depreciation per year, the spike flags, and the budget and smoothed plan when present.
    public static func byYear(_ analysis: FinanceAnalysis) -> Table {
        var columns: [Table.Column] = [
            .init("financial_year", title: "Financial year"),
            .init("capital_gbp", title: "Capital", alignment: .right),
            .init("revenue_gbp", title: "Revenue", alignment: .right),
            .init("total_gbp", title: "Total", alignment: .right),
            .init("capital_vs_average_percent", title: "Capital vs average", alignment: .right),
            .init("spike", title: "Spike"),
        ]
        if analysis.budget != nil { columns.append(.init("over_budget_gbp", title: "Over budget", alignment: .right)) }
        if analysis.smoothing != nil {
            columns += [
                .init("smoothed_capital_gbp", title: "Smoothed capital", alignment: .right),
                .init("smoothed_revenue_gbp", title: "Smoothed revenue", alignment: .right),
            ]
        }
        columns.append(.init("depreciation_gbp", title: "Depreciation", alignment: .right))
        var table = Table(columns: columns)
        let capital = analysis.baseline.capitalByYear
        let revenue = analysis.baseline.revenueByYear
        let average = analysis.averageCapital
        let spikes = Set(analysis.spikes.map(\.year))
        let smoothedCapital = analysis.smoothing?.plan.capitalByYear
        let smoothedRevenue = analysis.smoothing?.plan.revenueByYear
        for (index, year) in analysis.years.enumerated() {
            let versus: Decimal? =
                average > .zero
                ? (FinanceMath.pounds(capital[index]) - FinanceMath.pounds(average)) / FinanceMath.pounds(average) : nil
            var row: [Table.Cell] = [
                .init(year.description), .init(capital[index]), .init(revenue[index]),
                .init(capital[index] + revenue[index]), percentCell(versus),
                .init(spikes.contains(year) ? "spike" : nil),
            ]
            if let budget = analysis.budget { row.append(.init(max(.zero, capital[index] - budget))) }
            if let smoothedCapital, let smoothedRevenue {
                row += [.init(smoothedCapital[index]), .init(smoothedRevenue[index])]
            }
            row.append(
                .init(analysis.depreciation.filter { $0.year == year }.reduce(Money.zero) { $0 + $1.amount }))
            table.append(row)
        }
        return table
    }

    /// One type's totals by category (rows) and year (columns).
    public static func categories(_ plan: FinancePlan, type: FinanceType) -> Table {
        var table = Table(
            columns: [.init("category", title: "Category")]
                + plan.years.map { .init($0.description, alignment: .right) }
                + [.init("total_gbp", title: "Total", alignment: .right)])
        for category in FinanceCategory.allCases {
            let totals = plan.totals(type, category)
            guard plan.lines.contains(where: { $0.type == type && $0.category == category }) else { continue }
            table.append(
                [.init(category.rawValue)] + totals.map { .init($0) } + [.init(totals.reduce(Money.zero, +))])
        }
        table.append(
            [.init("total")] + plan.totals(type).map { .init($0) } + [.init(plan.totals(type).reduce(Money.zero, +))])
        return table
    }

    /// The columns of ``items(_:)``.
    static let itemColumns = [
        "asset_id", "name", "class", "rule", "due_date", "planned_date", "planned_year", "smoothed_date",
        "smoothed_year", "earliest", "latest", "latest_because", "unit_cost_gbp", "cost_gbp", "reason",
    ].map { Table.Column($0) }

    /// Every refresh in the plan: when it is due and why, how far it may move, and where smoothing put it.
    public static func items(_ analysis: FinanceAnalysis) -> Table {
        var builder = TableBuilder(columns: itemColumns)
        items(analysis, into: &builder)
        return builder.table
    }

    /// The rows of ``items(_:)`` into any sink (the report writes them straight to CSV).
    static func items(_ analysis: FinanceAnalysis, into sink: inout some TableRows) {
        var moved: [String: FinanceMove] = [:]
        for move in analysis.smoothing?.moves ?? [] { moved[move.assetId] = move }
        // A plan spans a handful of financial years: label each once.
        var labels: [Int: String] = [:]
        func year(_ date: LocalDate) -> String {
            let year = analysis.policy.financialYear(containing: date)
            if let label = labels[year.startYear] { return label }
            let label = year.description
            labels[year.startYear] = label
            return label
        }
        let smoothed = analysis.smoothing != nil
        func row(_ item: borrowing FinanceRefreshItem) {
            let date = moved.isEmpty ? item.plannedDate : moved[item.assetId]?.to ?? item.plannedDate
            sink.text(item.assetId)
            sink.text(item.name)
            sink.text(item.assetClass.rawValue)
            sink.text(item.rule.rawValue)
            sink.date(item.dueDate)
            sink.date(item.plannedDate)
            sink.text(year(item.plannedDate))
            sink.date(smoothed ? date : nil)
            sink.text(smoothed ? year(date) : nil)
            sink.date(item.earliest)
            sink.date(item.latest)
            sink.text(item.latestReason)
            sink.money(item.unitCost)
            sink.money(item.cost(on: date))
            sink.text(item.reason)
            sink.endRow()
        }
        // Items are read in place through a buffer: an array's element passed on is a copy, which retains every
        // one of its strings.
        analysis.items.withUnsafeBufferPointer { items in
            for position in items.indices {
                row(items[position])
            }
        }
    }

    /// What smoothing moved, why, and the risk each move carries.
    public static func moves(_ smoothing: FinanceSmoothing?, policy: Policy) -> Table {
        var table = Table(columns: [
            .init("asset_id", title: "Asset"), .init("name", title: "Name"), .init("class", title: "Class"),
            .init("move", title: "Move"), .init("from_date", title: "From"), .init("from_year", title: "From year"),
            .init("to_date", title: "To"), .init("to_year", title: "To year"),
            .init("days", title: "Days", alignment: .right), .init("cost_gbp", title: "Cost", alignment: .right),
            .init("extra_energy_gbp", title: "Extra energy", alignment: .right),
            .init("extra_support_gbp", title: "Extra support", alignment: .right), .init("reason", title: "Why"),
            .init("limit", title: "Limit"),
        ])
        for move in smoothing?.moves ?? [] {
            table.append([
                .init(move.assetId), .init(move.name), .init(move.assetClass.rawValue), .init(move.kind.rawValue),
                .init(move.from), .init(policy.financialYear(containing: move.from).description), .init(move.to),
                .init(policy.financialYear(containing: move.to).description), .init(move.days), .init(move.cost),
                .init(move.extraEnergy), .init(move.extraSupport), .init(move.reason), .init(move.limit),
            ])
        }
        return table
    }

    /// Depreciation per year, group and origin.
    public static func depreciation(_ analysis: FinanceAnalysis) -> Table {
        var table = Table(columns: [
            .init("financial_year", title: "Financial year"), .init("group", title: "Group"),
            .init("origin", title: "Origin"), .init("count", title: "Assets", alignment: .right),
            .init("amount_gbp", title: "Depreciation", alignment: .right), .init("basis", title: "Basis"),
        ])
        for line in analysis.depreciation {
            table.append([
                .init(line.year.description), .init(line.group), .init(line.origin.rawValue), .init(line.count),
                .init(line.amount), .init(line.basis),
            ])
        }
        return table
    }

    /// Lease or buy per class, with net present values at the policy's discount rate.
    public static func lease(_ analysis: FinanceAnalysis) -> Table {
        var table = Table(columns: [
            .init("class", title: "Class"), .init("units", title: "Refreshes", alignment: .right),
            .init("unit_cost_gbp", title: "Price", alignment: .right),
            .init("term_years", title: "Term (years)", alignment: .right),
            .init("lease_rate_percent", title: "Lease rate", alignment: .right),
            .init("payment_gbp", title: "Payment a year", alignment: .right),
            .init("buy_npv_gbp", title: "Buy NPV", alignment: .right),
            .init("lease_npv_gbp", title: "Lease NPV", alignment: .right),
            .init("lease_extra_gbp", title: "Lease costs more by", alignment: .right),
            .init("discount_rate_percent", title: "Discount rate", alignment: .right),
            .init("treatment", title: "If leased"),
            .init("capital_avoided_gbp", title: "Capital avoided", alignment: .right),
            .init("revenue_added_gbp", title: "Revenue added", alignment: .right),
        ])
        for item in analysis.leaseAppraisals {
            table.append([
                .init(item.assetClass.rawValue), .init(item.units), .init(item.unitCost), .init(item.termYears),
                percentCell(item.leaseRate), .init(item.payment), .init(item.buyPresentValue),
                .init(item.leasePresentValue), .init(item.leaseExtraCost), percentCell(item.discountRate),
                .init(item.isLowValue ? "revenue (low-value lease)" : "capital (IFRS 16 right-of-use asset)"),
                .init(item.capitalAvoided), .init(item.revenueAdded),
            ])
        }
        return table
    }

    /// Each planned migration's effect per year.
    public static func migrations(_ analysis: FinanceAnalysis) -> Table {
        var table = Table(columns: [
            .init("system_id", title: "System"), .init("name", title: "Name"), .init("target", title: "To"),
            .init("date", title: "Cut-over"), .init("financial_year", title: "Financial year"),
            .init("capital_avoided_gbp", title: "Capital avoided", alignment: .right),
            .init("one_off_gbp", title: "One-off", alignment: .right),
            .init("revenue_added_gbp", title: "Revenue added", alignment: .right),
            .init("revenue_saved_gbp", title: "Revenue saved", alignment: .right),
            .init("basis", title: "Basis"),
        ])
        for effect in analysis.migrationEffects {
            for (index, year) in analysis.years.enumerated() {
                let values = [
                    effect.capitalAvoided[index], effect.oneOff[index], effect.revenueAdded[index],
                    effect.revenueSaved[index],
                ]
                guard values.contains(where: { $0 != .zero }) else { continue }
                let freed =
                    effect.freed.isEmpty
                    ? "frees no servers in the inventory" : "frees " + effect.freed.joined(separator: "; ")
                table.append(
                    [
                        .init(effect.migration.systemId), .init(effect.systemName),
                        .init(effect.migration.target.rawValue), .init(effect.migration.date), .init(year.description),
                    ] + values.map { .init($0) } + [.init("\(effect.migration.basis); \(freed)")])
            }
        }
        return table
    }
}
