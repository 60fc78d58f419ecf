/// The debt analysis as tables: one row per item, one per finding, and the breakdowns. Every view of
/// `estate debt` and every CSV of the report's debt section renders through these.
public enum DebtTables {
    /// The columns of ``items(_:limit:)``.
    static let itemColumns: [Table.Column] = [
        .init("subject_kind", title: "Kind"), .init("id", title: "Id"), .init("name", title: "Name"),
        .init("score", title: "Score", alignment: .right),
        .init("principal_gbp", title: "To fix", alignment: .right),
        .init("interest_gbp_per_year", title: "A year", alignment: .right),
        .init("time_category", title: "TIME"), .init("factors", title: "Factors (points)"),
        .init("department", title: "Department"), .init("class", title: "Class"),
        .init("criticality", title: "Criticality"), .init("remedy", title: "Fix"),
        .init("remedy_basis", title: "Fix basis"), .init("time_reason", title: "TIME because"),
    ]

    /// One row per item, worst first: `subject_kind,id,name,score,principal_gbp,interest_gbp_per_year,
    /// time_category,factors`, then department, class, criticality, the remedy and why the TIME category.
    public static func items(_ analysis: DebtAnalysis, limit: Int? = nil) -> Table {
        var builder = TableBuilder(columns: itemColumns)
        items(analysis, limit: limit, into: &builder)
        return builder.table
    }

    /// The rows of ``items(_:limit:)`` into any sink (the report writes them straight to CSV).
    static func items(_ analysis: DebtAnalysis, limit: Int? = nil, into sink: inout some TableRows) {
        let items = analysis.items
        for position in items.indices.prefix(limit ?? items.count) {
            item(items, at: position, into: &sink)
        }
    }

    /// One row of ``items(_:limit:)``: the item at `position`, its fields read where it is held (an item handed to
    /// a function is copied first, retaining every one of its strings).
    private static func item(_ items: [DebtItem], at position: Int, into sink: inout some TableRows) {
        sink.text(items[position].subject.kind.rawValue)
        sink.text(items[position].subject.id)
        sink.text(items[position].name)
        sink.integer(items[position].score)
        sink.money(items[position].principal)
        sink.money(items[position].interestPerYear)
        sink.text(items[position].timeCategory?.rawValue)
        sink.text(DebtItem.factorSummary(of: items[position].findings))
        sink.text(items[position].department)
        sink.text(items[position].assetClass?.rawValue)
        sink.text(items[position].criticality?.rawValue)
        sink.text(items[position].remedy?.kind.rawValue)
        sink.text(items[position].remedy?.basis)
        sink.text(items[position].timeReason)
        sink.endRow()
    }

    /// The columns of ``findings(_:)``.
    static let findingColumns = [
        "subject_kind", "id", "name", "factor", "weight", "severity_percent", "points", "reason", "remedy",
        "remedy_gbp", "remedy_basis", "interest_gbp_per_year", "interest_basis", "policy_keys",
    ].map { Table.Column($0) }

    /// One row per finding: each factor's contribution with the fact, rule and policy values behind it.
    public static func findings(_ analysis: DebtAnalysis) -> Table {
        var builder = TableBuilder(columns: findingColumns)
        findings(analysis, into: &builder)
        return builder.table
    }

    /// The rows of ``findings(_:)`` into any sink.
    static func findings(_ analysis: DebtAnalysis, into sink: inout some TableRows) {
        // Items and findings are read in place through buffers: an array's element passed on is a copy, which
        // retains every one of its strings.
        analysis.items.withUnsafeBufferPointer { items in
            for item in items.indices {
                items[item].findings.withUnsafeBufferPointer { findings in
                    for position in findings.indices {
                        sink.text(items[item].subject.kind.rawValue)
                        sink.text(items[item].subject.id)
                        sink.text(items[item].name)
                        finding(findings, at: position, into: &sink)
                        sink.endRow()
                    }
                }
            }
        }
    }

    /// The cells of ``findings(_:)`` of the finding at `position`, after its subject's; read in place.
    private static func finding(
        _ findings: UnsafeBufferPointer<DebtFinding>, at position: Int, into sink: inout some TableRows
    ) {
        sink.text(findings[position].factor.rawValue)
        sink.integer(findings[position].weight)
        let permille = findings[position].severityPermille
        sink.number(plain: percentPlain(permille), display: DebtFinding.percentText(permille: permille))
        sink.integer(findings[position].points)
        sink.text(findings[position].reason)
        sink.text(findings[position].remedy?.kind.rawValue)
        sink.money(findings[position].remedy?.cost)
        sink.text(findings[position].remedy?.basis)
        findings[position].interest.withUnsafeBufferPointer { interest in
            sink.money(interest.isEmpty ? nil : interest.reduce(Money.zero) { $0 + $1.perYear })
            // `extra-support £25: 1 × £25 a year (…); energy £3: …`
            sink.text { text in
                for line in interest.indices {
                    if line > 0 { text.append("; ") }
                    text.append(interest[line].kind.rawValue)
                    text.append(" ")
                    text.append(interest[line].perYear.wholePounds)
                    text.append(": ")
                    text.append(interest[line].basis)
                }
            }
        }
        sink.text { $0.append(joining: findings[position].policyKeys, separator: " ") }
    }

    /// `62.5`: thousandths as a plain percentage.
    static func percentPlain(_ permille: Int) -> String {
        permille % 10 == 0 ? "\(permille / 10)" : "\(permille / 10).\(permille % 10)"
    }

    /// The items grouped by department, class, factor or TIME category.
    public static func groups(_ analysis: DebtAnalysis, by grouping: DebtAnalysis.Grouping) -> Table {
        let keyTitle: String
        switch grouping {
        case .department: keyTitle = "Department"
        case .class: keyTitle = "Class"
        case .factor: keyTitle = "Factor"
        case .time: keyTitle = "TIME category"
        }
        var columns: [Table.Column] = [
            .init(grouping.rawValue, title: keyTitle), .init("systems", title: "Systems", alignment: .right),
            .init("assets", title: "Assets", alignment: .right),
            .init("top_score", title: grouping == .factor ? "Most points" : "Top score", alignment: .right),
        ]
        if grouping == .factor {
            columns.insert(.init("weight", title: "Weight", alignment: .right), at: 1)
            columns.append(.init("points", title: "Points in all", alignment: .right))
        }
        columns += [
            .init("principal_gbp", title: "To fix", alignment: .right),
            .init("interest_gbp_per_year", title: "A year", alignment: .right),
        ]
        var table = Table(columns: columns)
        for group in analysis.groups(by: grouping) {
            var row: [Table.Cell] = [
                .init(group.key), .init(group.systems), .init(group.assets), .init(group.topScore),
            ]
            if grouping == .factor {
                let weight = DebtFactor(rawValue: group.key).map { analysis.policy.debt.weight($0) }
                row.insert(.init(weight), at: 1)
                row.append(.init(group.points))
            }
            row += [.init(group.principal), .init(group.interestPerYear)]
            table.append(row)
        }
        table.append(totalRow(analysis, columns: table.columns, allSystems: grouping == .time))
        return table
    }

    /// The estate's totals as a last row; systems with no debt count only where every system has a group.
    static func totalRow(_ analysis: DebtAnalysis, columns: [Table.Column], allSystems: Bool) -> [Table.Cell] {
        // Counted by position: iterating the items would copy each one's findings.
        let items = analysis.items
        return columns.map { column -> Table.Cell in
            switch column.key {
            case "principal_gbp": .init(analysis.principal)
            case "interest_gbp_per_year": .init(analysis.interestPerYear)
            case "systems":
                .init(
                    items.indices.count(where: {
                        items[$0].subject.kind == .system && (allSystems || items[$0].hasDebt)
                    }))
            case "assets": .init(items.indices.count(where: { items[$0].subject.kind == .asset }))
            case columns.first?.key: "Total"
            default: .init(nil as String?)
            }
        }
    }

    /// Every system's all-in debt (its own and its share of its assets'), then unlisted assets.
    public static func bySystem(_ analysis: DebtAnalysis) -> Table {
        var table = Table(columns: [
            .init("system_id", title: "Id"), .init("name", title: "System"), .init("time_category", title: "TIME"),
            .init("score", title: "Score", alignment: .right),
            .init("own_principal_gbp", title: "Own fix", alignment: .right),
            .init("own_interest_gbp_per_year", title: "Own a year", alignment: .right),
            .init("assets", title: "Assets", alignment: .right),
            .init("asset_principal_gbp", title: "Assets' fix", alignment: .right),
            .init("asset_interest_gbp_per_year", title: "Assets' a year", alignment: .right),
            .init("principal_gbp", title: "To fix", alignment: .right),
            .init("interest_gbp_per_year", title: "A year", alignment: .right),
        ])
        for row in analysis.bySystem() {
            table.append([
                .init(row.id), .init(row.name), .init(row.timeCategory?.rawValue), .init(row.score),
                .init(row.ownPrincipal), .init(row.ownInterestPerYear), .init(row.assets), .init(row.assetPrincipal),
                .init(row.assetInterestPerYear), .init(row.principal), .init(row.interestPerYear),
            ])
        }
        return table
    }

    /// The debt policy in force: each setting's value, whether it is the default, and why.
    public static func policy(_ policy: Policy) -> Table {
        var table = Table(columns: [
            .init("key", title: "Setting"), .init("value", title: "Value"), .init("source", title: "Source"),
            .init("basis", title: "Basis"),
        ])
        let keys = Set(
            Policy.debtSettings.map(\.key) + [
                "refresh_cycle_years", "stale_after_days", "energy_price_per_kwh", "carbon_consolidation_ratio",
            ])
        for assumption in policy.assumptions where keys.contains(assumption.key) {
            table.append([
                .init(assumption.key), .init(assumption.value),
                .init(assumption.isDefault ? "default" : "policy file"), .init(assumption.basis),
            ])
        }
        return table
    }
}
