import Foundation
import Testing

@Suite struct CarbonCommandTests {
    /// Runs `estate carbon ARGS` on the sample inventory with a fresh database, as of the pinned date.
    func carbon(_ arguments: [String]) throws -> EstateBinary.Result {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        return try EstateBinary.run(
            [
                "carbon", "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                ReportCommandTests.pinnedAsOf,
            ] + arguments, in: EstateBinary.packageRoot)
    }

    /// CSV lines split into fields (the carbon CSVs quote no numeric field).
    func rows(_ csv: String) -> [[String]] {
        csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test func helpStartsWithItsUsage() throws {
        let result = try EstateBinary.run(["carbon", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: estate carbon"))
        #expect(result.stdout.contains("extend-life[=YEARS]"))
    }

    @Test func theTrajectoryRunsFromTheAsOfYearToTheNetZeroYearInKilograms() throws {
        let result = try carbon(["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = rows(result.stdout)
        #expect(table.first == ["year", "operational_kgco2e", "embodied_kgco2e", "total_kgco2e"])
        #expect(table.dropFirst().map { $0[0] } == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        for row in table.dropFirst() {
            let numbers = row.dropFirst().compactMap(Double.init)
            #expect(numbers.count == 3)
            #expect(abs(numbers[0] + numbers[1] - numbers[2]) <= 0.11)
            #expect(numbers[2] > 10_000)
        }
    }

    @Test func aScenarioThatChangesNothingEqualsTheBaselineColumn() throws {
        let result = try carbon(["--format", "csv", "--scenario", "extend-life=0", "--scenario", "virtualise"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = rows(result.stdout)
        #expect(
            table.first == [
                "year", "operational_kgco2e", "embodied_kgco2e", "total_kgco2e", "extend_life_0_total_kgco2e",
                "extend_life_0_saving_kgco2e", "virtualise_10_total_kgco2e", "virtualise_10_saving_kgco2e",
            ])
        for row in table.dropFirst() {
            #expect(row[4] == row[3])
            #expect(row[5] == "0.0")
            #expect((Double(row[7]) ?? 0) > 0)
        }
    }

    @Test func theClassBreakdownAddsUpToTheYearsTotal() throws {
        let trajectory = rows(try carbon(["--format", "csv"]).stdout)
        let byClass = try carbon(["--by", "class", "--format", "csv"])
        #expect(byClass.status == 0)
        let table = rows(byClass.stdout)
        #expect(table.first?.first == "class")
        let sum = table.dropFirst().compactMap { Double($0[5]) }.reduce(0, +)
        let total = try #require(Double(trajectory[1][3]))
        #expect(abs(sum - total) <= 0.1 * Double(table.count))
    }

    @Test func theScenariosViewValuesEachDefaultOption() throws {
        let result = try carbon(["--by", "scenarios", "--format", "json"])
        #expect(result.status == 0)
        for key in ["extend_life_1", "refresh_now", "cloud_azure", "virtualise_10"] {
            #expect(result.stdout.contains("\"scenario\": \"\(key)\""))
        }
        #expect(result.stdout.contains("\"present_value_gbp\": "))
    }

    @Test func badScenariosAndViewsAreUsageErrors() throws {
        let unknown = try carbon(["--scenario", "teleport"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("scenario \"teleport\": unknown scenario"))
        #expect(try carbon(["--by", "colour"]).status == 64)
        #expect(try carbon(["--by", "asset", "--scenario", "cloud"]).status == 64)
    }
}
