import Testing

@testable import EstateCore

@Suite struct CarbonSectionTests {
    func section() throws -> CarbonSection {
        let context = ReportContext(
            estate: CarbonFixtures.mixed(), policy: CarbonFixtures.policy(), asOf: CarbonFixtures.asOf, rejects: [],
            rejectTotal: 0)
        return CarbonSection(context: context, factors: try CarbonFixtures.shipped())
    }

    @Test func theTrajectoryCSVHasTheDocumentedColumns() throws {
        let tables = Dictionary(uniqueKeysWithValues: try section().tables.map { ($0.name, $0.table) })
        let trajectory = try #require(tables["carbon"])
        let csv = CSVWriter().render(trajectory)
        #expect(csv.hasPrefix("year,operational_kgco2e,embodied_kgco2e,total_kgco2e\r\n2026/27,"))
        #expect(trajectory.rows.count == 5)
        for name in [
            "carbon-by-class", "carbon-by-hosting", "carbon-by-site", "carbon-by-department", "carbon-by-system",
            "carbon-ggc", "carbon-scenarios", "carbon-factors",
        ] {
            #expect(tables[name] != nil, "\(name)")
        }
        #expect(tables["carbon-scenarios"]?.rows.count == CarbonSection.defaultScenarios.count)
    }

    @Test func theCSVHoldsKilogramsAndTheScreenTonnes() throws {
        let carbon = try section().result.get().analysis
        let table = CarbonTables.trajectory(carbon)
        let total = carbon.totals[0].totalKg
        #expect(table.rows[0][3].plain == CarbonNumber.plain(total, digits: 1))
        #expect(table.rows[0][3].display == CarbonNumber.grouped(total / 1_000, digits: 2))
    }

    @Test func scenariosAddATotalAndASavingColumnEach() throws {
        let (carbon, comparisons) = try section().result.get()
        let table = CarbonTables.trajectory(carbon, comparisons: comparisons)
        let keys = table.columns.map(\.key)
        #expect(keys.count == 4 + 2 * comparisons.count)
        #expect(keys.contains("extend_life_1_total_kgco2e"))
        #expect(keys.contains("virtualise_10_saving_kgco2e"))
    }

    @Test func theMarkdownAnswersWhatWhereAndWhatEachOptionSaves() throws {
        let markdown = try section().markdown()
        #expect(markdown.hasPrefix("## Carbon\n"))
        #expect(markdown.contains("```mermaid\nxychart-beta"))
        #expect(markdown.contains("| Emissions in 2026/27 |"))
        #expect(markdown.contains("### Options to 2030/31"))
        #expect(markdown.contains("Extend end-user device life by 1 year"))
        #expect(markdown.contains("### Greening Government ICT shape"))
        #expect(markdown.contains("Open Database License (ODbL) 1.0"))
        #expect(markdown.contains("| grid-intensity-uk.csv 2027 |"))
        #expect(markdown.contains("| ESTIMATE |"))
    }

    @Test func numbersAreWrittenWithAPointAndGroupedOnScreen() {
        #expect(CarbonNumber.plain(1_234.56, digits: 1) == "1234.6")
        #expect(CarbonNumber.plain(-0.04, digits: 1) == "0.0")
        #expect(CarbonNumber.grouped(1_234_567.891, digits: 2) == "1,234,567.89")
        #expect(CarbonNumber.grouped(-1_234.5, digits: 0) == "-1,235")
    }
}
