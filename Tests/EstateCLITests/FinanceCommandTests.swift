import EstateCore
import Foundation
import Testing

@Suite struct FinanceCommandTests {
    /// Runs `estate finance ARGS` on the sample inventory with a fresh database, as of the pinned date.
    func finance(_ arguments: [String]) throws -> EstateBinary.Result {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        return try EstateBinary.run(
            [
                "finance", "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                ReportCommandTests.pinnedAsOf,
            ] + arguments, in: EstateBinary.packageRoot)
    }

    /// CSV records, with quoted commas kept inside their field.
    func records(_ csv: String) -> [[String]] {
        CSVReader(data: Data(csv.utf8)).records().map(\.fields)
    }

    @Test func helpStartsWithItsUsage() throws {
        let result = try EstateBinary.run(["finance", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: estate finance"))
        #expect(result.stdout.contains("--lease CLASS"))
    }

    @Test func theCSVHasOneRowPerYearPerLineForFiveYears() throws {
        let result = try finance(["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("financial_year,type,category,amount_gbp,drivers,basis\r\n"))
        let rows = records(result.stdout).dropFirst()
        #expect(Set(rows.map { $0[0] }) == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        for row in rows {
            #expect(row.count == 6)
            #expect(row[1] == "capital" || row[1] == "revenue")
            #expect(Decimal(string: row[3]) != nil, "\(row[3])")
            #expect(!row[4].isEmpty && !row[5].isEmpty)
        }
        #expect(rows.contains { $0[1] == "capital" && $0[2] == "device-refresh" })
        #expect(rows.contains { $0[2] == "support-contract" })
        #expect(rows.contains { $0[2] == "energy" })
    }

    @Test func theByteOrderMarkOptionStartsTheCSVWithIt() throws {
        // Read the raw bytes: decoding standard output as text would drop the mark.
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("finance.csv")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = try EstateBinary.executable
        process.arguments = [
            "finance", "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
            ReportCommandTests.pinnedAsOf, "--format", "csv", "--bom",
        ]
        process.currentDirectoryURL = EstateBinary.packageRoot
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0)
        let bytes = try Data(contentsOf: output)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3).prefix(15), as: UTF8.self) == "financial_year,")
    }

    @Test func smoothingUnderABudgetListsEachMoveWithItsReason() throws {
        let result = try finance(["--smooth", "--budget", "£600,000", "--by", "moves", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = records(result.stdout)
        #expect(rows.first?.prefix(4) == ["asset_id", "name", "class", "move"])
        #expect(rows.count > 1)
        #expect(rows.dropFirst().allSatisfy { $0[3] == "deferred" || $0[3] == "brought-forward" })
        let years = try finance(["--smooth", "--budget", "600000", "--by", "year", "--format", "csv"])
        #expect(records(years.stdout).first?.contains("smoothed_capital_gbp") == true)
    }

    @Test func leasingLaptopsMovesThemFromCapitalToLeasePayments() throws {
        let result = try finance(["--lease", "laptop", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = records(result.stdout).dropFirst()
        #expect(!rows.contains { $0[1] == "capital" && $0[4].contains("laptop") })
        #expect(rows.contains { $0[1] == "revenue" && $0[2] == "lease" && $0[4].contains("laptops leased") })
    }

    @Test func theMarkdownIsTheReportSection() throws {
        let result = try finance(["--format", "md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## Finance: capital and revenue"))
        #expect(result.stdout.contains("```mermaid"))
    }

    @Test func theProposedCloudMigrationsArePricedUnlessTurnedOff() throws {
        let proposed = try finance(["--by", "migrations", "--format", "csv"])
        #expect(proposed.status == 0, "\(proposed.stderr)")
        let rows = records(proposed.stdout).dropFirst()
        #expect(rows.contains { $0[2] == "saas" && $0[9].contains("cloud readiness: repurchase in wave 1") })
        #expect(rows.contains { $0[2] == "iaas" && $0[9].contains("policy cloud_run_cost_per_vcpu iaas") })
        let plan = try finance(["--format", "csv"])
        #expect(records(plan.stdout).contains { $0[1] == "capital" && $0[2] == "migration" })
        let none = try finance(["--migrations", "none", "--format", "csv"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(!records(none.stdout).contains { $0[2] == "migration" })
    }

    @Test(arguments: [
        ["--lease", "spaceship"], ["--bom"], ["--budget", "lots"], ["--by", "moves"], ["--migrations", "some"],
        ["--by", "colour"],
        ["--years", "0"],
    ])
    func badOptionsAreUsageErrors(_ arguments: [String]) throws {
        let result = try finance(arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.contains("estate finance --help"))
    }
}
