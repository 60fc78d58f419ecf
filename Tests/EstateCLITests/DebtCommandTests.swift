import Foundation
import Testing

@Suite struct DebtCommandTests {
    /// Runs `estate debt ARGS` on the sample inventory with a fresh database, as of the pinned date.
    func debt(_ arguments: [String]) throws -> EstateBinary.Result {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        return try EstateBinary.run(
            [
                "debt", "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                ReportCommandTests.pinnedAsOf,
            ] + arguments, in: EstateBinary.packageRoot)
    }

    func lines(_ csv: String) -> [String] { csv.components(separatedBy: "\r\n").filter { !$0.isEmpty } }

    @Test func helpStartsWithItsUsage() throws {
        let result = try EstateBinary.run(["debt", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: estate debt"))
    }

    @Test func theCSVHasTheDocumentedColumnsAndEverySystem() throws {
        let result = try debt(["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = lines(result.stdout)
        #expect(
            rows.first?.hasPrefix(
                "subject_kind,id,name,score,principal_gbp,interest_gbp_per_year,time_category,factors,") == true)
        #expect(rows.filter { $0.hasPrefix("system,") }.count == 47)
        // The worst item on the sample is the finance system: critical, customised, on an unsupported server.
        #expect(rows[1].hasPrefix("system,APP008,"))
        #expect(rows[1].contains(",migrate,"))
    }

    @Test func theSystemViewAddsUpToTheEstateTotalsInTheNote() throws {
        let table = try debt(["--by", "system", "--format", "json"])
        #expect(table.status == 0, "\(table.stderr)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(table.stdout.utf8)) as? [[String: Any]])
        let principal = rows.compactMap { $0["principal_gbp"] as? Double }.reduce(0, +)
        let summary = try debt(["--by", "class"])
        let note = try #require(summary.stderr.components(separatedBy: "\n").first { $0.contains("to fix") })
        let pounds = Int(principal.rounded())
        let grouped = pounds.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
        #expect(note.contains("£\(grouped) to fix"), "\(note) vs \(grouped)")
    }

    @Test func theMarkdownIsTheReportSectionWithTheTopTen() throws {
        let result = try debt(["--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("## Technical debt\n"))
        let numbered = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("10. **") }
        #expect(numbered.count == 1)
        #expect(result.stdout.contains("1. **Finance (General Ledger, Payables, Receivables)**"))
    }

    @Test(arguments: [["--by", "colour"], ["--limit", "-2"], ["--by", "class", "--format", "md"]])
    func aBadOptionIsAUsageError(arguments: [String]) throws {
        let result = try debt(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("estate debt --help"))
    }
}
