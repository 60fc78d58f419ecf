import Foundation
import Testing

@testable import EstateCore

@Suite struct FinanceSectionTests {
    typealias F = FinanceFixtures

    static func section() throws -> FinanceSection {
        let systems = [
            System(id: "=HYPERLINK(\"x\")", name: "Formula, Ltd", annualCost: F.pounds(12_345)),
            System(id: "APP2", name: "Housing", hosting: .saas, annualCost: F.pounds(1_000)),
        ]
        let estate = F.estate(
            (0..<12).map { F.laptop("L\($0)", bought: "2023-06-01") } + [F.server("S1", bought: "2020-01-01")],
            systems: systems)
        return FinanceSection(
            analysis: try F.analysis(estate, options: FinanceOptions(capitalBudget: F.pounds(12_000), smooth: true)))
    }

    @Test func theCSVHasOneRowPerYearPerLineWithPlainAmounts() throws {
        let section = try Self.section()
        let csv = CSVWriter().render(FinanceTables.plan(section.analysis.baseline))
        let records = CSVReader(data: Data(csv.utf8)).records().map(\.fields)
        #expect(records.first == ["financial_year", "type", "category", "amount_gbp", "drivers", "basis"])
        for record in records.dropFirst() {
            #expect(record.count == 6)
            #expect(["capital", "revenue"].contains(record[1]))
            #expect(FinanceCategory(rawValue: record[2]) != nil)
            #expect(record[3].allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }, "\(record[3])")
        }
        let years = Set(records.dropFirst().map { $0[0] })
        #expect(years == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        // Each year's rows add up to its capital and revenue.
        for (index, year) in section.analysis.years.enumerated() {
            let capital = records.filter { $0[0] == year.description && $0[1] == "capital" }
                .compactMap { Decimal(string: $0[3]) }.reduce(Decimal(0), +)
            #expect(capital == FinanceMath.pounds(section.analysis.baseline.capitalByYear[index]))
        }
    }

    @Test func noCellCanRunAsAFormula() throws {
        let csv = CSVWriter().render(FinanceTables.plan(try Self.section().analysis.baseline))
        let records = CSVReader(data: Data(csv.utf8)).records().map(\.fields)
        let cells = records.flatMap { $0 }
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK") })
        for cell in cells where !CSVWriter.isPlainNumber(cell) {
            #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "\(cell)")
        }
    }

    @Test func withAByteOrderMarkTheCSVStartsWithIt() throws {
        let csv = CSVWriter(writesByteOrderMark: true).render(FinanceTables.plan(try Self.section().analysis.baseline))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func theMarkdownHasTheChartTheSpikeAndTheSettings() throws {
        let section = try Self.section()
        #expect(section.id == "finance")
        let md = section.markdown()
        #expect(md.hasPrefix("## Finance: capital and revenue\n"))
        #expect(md.contains("```mermaid\nxychart-beta"))
        #expect(md.contains("| Spike years | 2026/27"))
        #expect(md.contains("finance_capitalisation_basis"))
        #expect(md.contains("### Lease or buy"))
        #expect(
            section.tables.map(\.name) == [
                "finance", "finance-by-year", "finance-smoothed", "finance-moves", "finance-items", "finance-lease",
                "finance-migrations", "finance-depreciation",
            ])
    }
}
