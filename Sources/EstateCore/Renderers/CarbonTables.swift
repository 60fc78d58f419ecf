/// The carbon analysis as tables, shared by the report section and `estate carbon`.
///
/// Columns named `*_kgco2e` hold kilograms in CSV and JSON and show tonnes (tCO2e) on screen and in Markdown.
public enum CarbonTables {
    /// Year by year: `year,operational_kgco2e,embodied_kgco2e,total_kgco2e`, then each scenario's total and
    /// saving.
    public static func trajectory(_ analysis: CarbonAnalysis, comparisons: [CarbonComparison] = []) -> Table {
        var columns: [Table.Column] = [
            .init("year", title: "Year"),
            .init("operational_kgco2e", title: "Electricity tCO2e", alignment: .right),
            .init("embodied_kgco2e", title: "Manufacture tCO2e", alignment: .right),
            .init("total_kgco2e", title: "Total tCO2e", alignment: .right),
        ]
        for comparison in comparisons {
            columns.append(.init("\(comparison.key)_total_kgco2e", title: "\(comparison.key) tCO2e", alignment: .right))
            columns.append(
                .init("\(comparison.key)_saving_kgco2e", title: "\(comparison.key) saving tCO2e", alignment: .right))
        }
        var table = Table(columns: columns)
        for (index, year) in analysis.years.enumerated() {
            let figure = analysis.totals[index]
            var row: [Table.Cell] = [
                .init(year.description), CarbonNumber.kgCell(figure.operationalKg),
                CarbonNumber.kgCell(figure.embodiedKg),
                CarbonNumber.kgCell(figure.totalKg),
            ]
            for comparison in comparisons {
                let line = comparison.years.indices.contains(index) ? comparison.years[index] : nil
                row.append(CarbonNumber.kgCell(line?.scenarioKg ?? figure.totalKg))
                row.append(CarbonNumber.kgCell(line?.savingKg ?? 0))
            }
            table.append(row)
        }
        return table
    }

    /// The year's figures by class, site, department, system or hosting, largest first: `groups` when already
    /// worked out (``CarbonAnalysis/groups(by:yearIndex:)``), else the analysis's.
    public static func groups(
        _ analysis: CarbonAnalysis, by dimension: CarbonDimension, yearIndex: Int = 0, limit: Int? = nil,
        groups given: [CarbonGroup]? = nil
    ) -> Table {
        var table = Table(columns: [
            .init(dimension.rawValue, title: dimension.title),
            .init("assets", title: "Assets", alignment: .right),
            .init("kwh", title: "kWh", alignment: .right),
            .init("operational_kgco2e", title: "Electricity tCO2e", alignment: .right),
            .init("embodied_kgco2e", title: "Manufacture tCO2e", alignment: .right),
            .init("total_kgco2e", title: "Total tCO2e", alignment: .right),
            .init("share_pct", title: "Share", alignment: .right),
        ])
        let groups = given ?? analysis.groups(by: dimension, yearIndex: yearIndex)
        let total = analysis.totals.indices.contains(yearIndex) ? analysis.totals[yearIndex].totalKg : 0
        func row(_ name: String, _ assets: Int, _ figure: CarbonYearFigure) -> [Table.Cell] {
            let share = total > 0 ? figure.totalKg / total * 100 : 0
            return [
                .init(name), .init(assets), CarbonNumber.cell(figure.kWh, digits: 0),
                CarbonNumber.kgCell(figure.operationalKg), CarbonNumber.kgCell(figure.embodiedKg),
                CarbonNumber.kgCell(figure.totalKg),
                Table.Cell(
                    number: CarbonNumber.plain(share, digits: 1), display: CarbonNumber.plain(share, digits: 1) + "%"),
            ]
        }
        let shown = limit.map { Array(groups.prefix($0)) } ?? groups
        for group in shown { table.append(row(group.name, group.assets, group.figure)) }
        if let limit, groups.count > limit {
            let rest = groups.dropFirst(limit)
            let figure = rest.reduce(CarbonYearFigure()) { $0 + $1.figure }
            table.append(row("\(rest.count) others", rest.reduce(0) { $0 + $1.assets }, figure))
        }
        return table
    }

    /// Every asset's figures in the year and the basis of each.
    public static func assets(_ analysis: CarbonAnalysis, yearIndex: Int = 0) -> Table {
        var table = Table(columns: [
            .init("asset", title: "Asset"), .init("class", title: "Class"), .init("site", title: "Site"),
            .init("department", title: "Department"), .init("hosting", title: "Hosting"), .init("use", title: "Use"),
            .init("kwh_per_year", title: "kWh a year in use", alignment: .right),
            .init("kwh_basis", title: "kWh basis"),
            .init("pue", title: "PUE", alignment: .right), .init("pue_basis", title: "PUE basis"),
            .init("grid_kgco2e_per_kwh", title: "Grid kgCO2e/kWh", alignment: .right),
            .init("grid_basis", title: "Grid basis"),
            .init("embodied_total_kgco2e", title: "Embodied tCO2e", alignment: .right),
            .init("embodied_basis", title: "Embodied basis"),
            .init("life_years", title: "Life (years)", alignment: .right),
            .init("purchase_date", title: "Purchased"), .init("first_replacement", title: "Replaced"),
            .init("kwh", title: "kWh in year", alignment: .right),
            .init("operational_kgco2e", title: "Electricity tCO2e", alignment: .right),
            .init("embodied_kgco2e", title: "Manufacture tCO2e", alignment: .right),
            .init("total_kgco2e", title: "Total tCO2e", alignment: .right),
            .init("estimate", title: "Rests on an estimate"), .init("scenario", title: "Scenario"),
        ])
        let year = analysis.years.indices.contains(yearIndex) ? analysis.years[yearIndex].startYear : analysis.asOf.year
        let uk = analysis.factorsUsed.first { $0.id == "grid-intensity-uk.csv \(year)" }
        let first = analysis.factorsUsed.first {
            $0.id == "grid-intensity-uk.csv \(analysis.years.first?.startYear ?? 0)"
        }
        for line in analysis.lines {
            let estimate = line.estimate
            let figure = line.years.indices.contains(yearIndex) ? line.years[yearIndex] : CarbonYearFigure()
            var grid = uk?.value ?? 0
            var gridBasis = "UK grid \(year) (grid-intensity-uk.csv, \(uk?.status.rawValue ?? "missing"))"
            if let region = estimate.regionGridKgPerKWh {
                let base = first?.value ?? 0
                grid = base > 0 ? region * grid / base : region
                gridBasis = estimate.gridBasis ?? gridBasis
            }
            let embodied = estimate.embodiedKgPerYear.map { $0 } ?? estimate.embodiedKgCO2e
            table.append([
                .init(estimate.assetId), .init(estimate.assetClass.rawValue), .init(estimate.site),
                .init(estimate.department), .init(estimate.setting.key), .init(estimate.use.description),
                CarbonNumber.cell(estimate.kWhPerYear, digits: 2), .init(estimate.kWhBasis),
                CarbonNumber.cell(estimate.pue, digits: 3), .init(estimate.pueBasis),
                CarbonNumber.cell(grid, digits: 5),
                .init(gridBasis),
                CarbonNumber.kgCell(embodied),
                .init(
                    estimate.embodiedBasis
                        + (estimate.embodiedKgPerYear == nil ? "" : " (a yearly charge)")),
                .init(estimate.embodiedKgPerYear == nil && estimate.profileName != nil ? estimate.lifeYears : nil),
                .init(
                    (estimate.purchaseDate?.description ?? "") + (estimate.purchaseDateIsAssumed ? " (assumed)" : "")),
                .init(line.firstReplacement), CarbonNumber.cell(figure.kWh, digits: 2),
                CarbonNumber.kgCell(figure.operationalKg), CarbonNumber.kgCell(figure.embodiedKg),
                CarbonNumber.kgCell(figure.totalKg), .init(estimate.isEstimate ? "yes" : "no"),
                .init(line.scenarioNote),
            ])
        }
        return table
    }

    /// The year as the Greening Government ICT return groups it, with kWh per user where users are known.
    public static func greeningGovernmentICT(_ analysis: CarbonAnalysis, yearIndex: Int = 0) -> Table {
        var table = Table(columns: [
            .init("category", title: "Category"), .init("assets", title: "Assets", alignment: .right),
            .init("kwh", title: "kWh", alignment: .right),
            .init("electricity_scope2_kgco2e", title: "Electricity (Scope 2) tCO2e", alignment: .right),
            .init("manufacturing_scope3_kgco2e", title: "Manufacturing (Scope 3) tCO2e", alignment: .right),
            .init("total_kgco2e", title: "Total tCO2e", alignment: .right),
            .init("kwh_per_user", title: "kWh per user", alignment: .right),
        ])
        let users = analysis.users.map { Double($0.count) }
        let lines = analysis.greeningGovernmentICT(yearIndex: yearIndex)
        func row(_ title: String, _ assets: Int, _ kWh: Double, _ electricity: Double, _ manufacturing: Double)
            -> [Table.Cell]
        {
            [
                .init(title), .init(assets), CarbonNumber.cell(kWh, digits: 0), CarbonNumber.kgCell(electricity),
                CarbonNumber.kgCell(manufacturing), CarbonNumber.kgCell(electricity + manufacturing),
                users.map { CarbonNumber.cell(kWh / $0, digits: 1) } ?? Table.Cell(nil as String?),
            ]
        }
        for line in lines {
            table.append(row(line.category.title, line.assets, line.kWh, line.electricityKg, line.manufacturingKg))
        }
        table.append(
            row(
                "Total", lines.reduce(0) { $0 + $1.assets }, lines.reduce(0) { $0 + $1.kWh },
                lines.reduce(0) { $0 + $1.electricityKg }, lines.reduce(0) { $0 + $1.manufacturingKg }))
        return table
    }

    /// Each option against the baseline over the years shown.
    public static func scenarios(_ comparisons: [CarbonComparison]) -> Table {
        let final = comparisons.first?.years.last?.year.description ?? "last year"
        var table = Table(columns: [
            .init("scenario", title: "Key"), .init("option", title: "Option"),
            .init("saving_kgco2e", title: "Saving to \(final) tCO2e", alignment: .right),
            .init("final_year_saving_kgco2e", title: "Saving in \(final) tCO2e", alignment: .right),
            .init("value_gbp", title: "Value (2022 prices)", alignment: .right),
            .init("present_value_gbp", title: "Present value", alignment: .right),
            .init("rule", title: "How it is applied"),
        ])
        for comparison in comparisons {
            table.append([
                .init(comparison.key), .init(comparison.title), CarbonNumber.kgCell(comparison.totalSavingKg),
                CarbonNumber.kgCell(comparison.finalYearSavingKg), .init(comparison.totalValue),
                .init(comparison.totalPresentValue),
                .init(([comparison.rule] + comparison.notes).joined(separator: " ")),
            ])
        }
        return table
    }

    /// Every reference row the figures rest on, estimates flagged; with the appraisal values the options used.
    public static func factors(_ analysis: CarbonAnalysis, comparisons: [CarbonComparison] = []) -> Table {
        var table = Table(columns: [
            .init("factor", title: "Factor"), .init("name", title: "What it is"),
            .init("value", title: "Value", alignment: .right), .init("unit", title: "Unit"),
            .init("status", title: "Status"), .init("source", title: "Source"),
        ])
        var rows = analysis.factorsUsed
        var years = Set<Int>()
        for comparison in comparisons {
            for year in comparison.years where years.insert(year.valueYear).inserted {
                rows.append(
                    CarbonFactor(
                        id: "appraisal.csv \(year.valueYear)", name: "Carbon value for appraisal \(year.valueYear)",
                        value: Double(year.valuePerTonne.pence) / 100,
                        unit: "£/tCO2e, real 2022 prices, \(comparison.series.rawValue)",
                        source: "DESNZ valuation of greenhouse gas emissions for appraisal (Nov 2023), Table 3",
                        status: .verified))
            }
        }
        for factor in rows.sorted() {
            table.append([
                .init(factor.id), .init(factor.name),
                .init(number: String(factor.value), display: String(factor.value)),
                .init(factor.unit), .init(factor.status.rawValue), .init(factor.source),
            ])
        }
        return table
    }
}
