import Foundation
import Testing

@Suite struct RoadmapCommandTests {
    func run(_ arguments: [String], in dir: URL) throws -> EstateBinary.Result {
        try EstateBinary.run(
            arguments + [
                "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                "2026-10-01",
            ],
            in: EstateBinary.packageRoot)
    }

    @Test func theRoadmapCSVHasOneRowPerEventInTheDocumentedColumns() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let result = try run(["roadmap", "--format", "csv", "--years", "2"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "date,financial_year,kind,subject,product,cycle,status_after,severity,reason")
        #expect(rows.count > 100)
        // Two financial years from 2026/27: nothing after 31 March 2028.
        let years = Set(rows.dropFirst().map { $0.split(separator: ",")[1] })
        #expect(years == ["2026/27", "2027/28"])
        // The council's local layer shows through: Windows 10 22H2's bought ESU ends 2026-10-13.
        #expect(
            rows.contains { $0.hasPrefix("2026-10-14,2026/27,extended-support-ends,") && $0.contains("(layer local)") })
    }

    @Test func theTableViewNamesTheForcedRefreshes() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let result = try run(["roadmap"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Support status today (2026-10-01)"))
        #expect(result.stdout.contains("cannot run Windows 11"))
    }

    @Test func matchShowsTheRuleAndConfidenceAndNeverGuesses() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let result = try run(
            [
                "catalogue", "match", "Microsoft Windows Server 2012 R2 Standard", "Acme Widget Manager 3",
                "--format", "csv",
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0] == "input,version,product,cycle,confidence,rule,status,note")
        #expect(rows[1].hasPrefix("Microsoft Windows Server 2012 R2 Standard,,windows-server,2012-r2,"))
        #expect(rows[1].contains(",extended-only,"))
        #expect(rows[2].hasPrefix("Acme Widget Manager 3,,,,"))
    }

    @Test func anImportedCycleIsStoredAndListedWithItsLayer() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("lob.csv")
        try Data(
            "product,cycle,release_date,active_support_end,security_support_end,extended_support_end\nnec-housing,11,2021-06-01,,2027-05-31,\n"
                .utf8
        ).write(to: file)
        let imported = try run(["catalogue", "import", file.path], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("1 cycles of nec-housing imported, 0 rejected"))
        let listed = try run(["catalogue", "list", "nec-housing", "--format", "csv"], in: dir)
        let rows = listed.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("nec-housing,11,"))
        #expect(rows[1].contains(",supported,2027-06-01,unsupported,imported,"))
    }

    @Test func listStatusesUseExactlyTheFiveTokens() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let result = try run(["catalogue", "list", "--format", "csv"], in: dir)
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst()
        #expect(rows.count > 3_000)
        let tokens: Set<String> = ["supported", "security-only", "extended-only", "unsupported", "unknown"]
        let bad = rows.filter { row in !tokens.contains { row.contains(",\($0),") } }
        #expect(bad.isEmpty, "\(bad.prefix(3))")
    }
}
