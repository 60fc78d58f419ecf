import Foundation
import Testing

@Suite struct CloudCommandTests {
    /// Runs `estate cloud ARGS` on the sample inventory with a fresh database, as of the pinned date.
    func cloud(_ arguments: [String]) throws -> EstateBinary.Result {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        return try EstateBinary.run(
            [
                "cloud", "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                ReportCommandTests.pinnedAsOf,
            ] + arguments, in: EstateBinary.packageRoot)
    }

    /// CSV records split into fields, honouring quotes.
    func records(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var previous: Character = " "
        for character in csv {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
                if previous == "\"" { field.append("\"") }
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return rows
    }

    @Test func helpStartsWithItsUsage() throws {
        let result = try EstateBinary.run(["cloud", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: estate cloud"))
        #expect(result.stdout.contains("azure-migrate"))
    }

    @Test func everySystemAndServerGetsAVerdictWithItsReason() throws {
        let result = try cloud(["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = records(result.stdout)
        let header = try #require(rows.first)
        #expect(
            Array(header.prefix(8)) == [
                "subject_kind", "id", "name", "readiness", "disposition", "blockers", "effort", "wave",
            ])
        let body = rows.dropFirst()
        #expect(body.filter { $0[0] == "system" }.count == 47)
        #expect(body.filter { $0[0] == "server" }.count > 60)
        let readiness = Set(["ready", "ready-with-conditions", "not-ready", "unknown"])
        let dispositions = Set(["retire", "retain", "rehost", "relocate", "repurchase", "replatform", "refactor"])
        let reason = try #require(header.firstIndex(of: "reason"))
        for row in body {
            #expect(readiness.contains(row[3]), "\(row[1])")
            #expect(dispositions.contains(row[4]), "\(row[1])")
            #expect(!row[reason].isEmpty, "\(row[1]) has no reason")
        }
        // The weighbridge cannot leave the depot; the telephony moves only as a service.
        #expect(body.first { $0[1] == "APP047" }.map { [$0[3], $0[4]] } == ["not-ready", "retain"])
        #expect(body.first { $0[1] == "APP029" }?[4] == "repurchase")
    }

    @Test func theAzureMigrateViewUsesTheImportTemplatesColumns() throws {
        let result = try cloud(["--by", "azure-migrate", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = records(result.stdout)
        #expect(
            rows.first?.prefix(5) == [
                "*Server name", "IP addresses", "*Cores", "*Memory (In MB)", "*OS name",
            ])
        #expect(rows.count > 1)
        for row in rows.dropFirst() {
            #expect(Int(row[2]) != nil && Int(row[3]) != nil && !row[4].isEmpty, "\(row[0])")
        }
    }

    @Test func theRefreshAvoidedByYearAddsUpToTheServerList() throws {
        let years = records(try cloud(["--by", "refresh-years", "--format", "csv"]).stdout)
        let servers = records(try cloud(["--by", "refresh", "--format", "csv"]).stdout)
        #expect(years.first == ["financial_year", "servers", "capital_gbp", "revenue_gbp", "total_gbp"])
        #expect(years.dropFirst().map { $0[0] } == ["2026/27", "2027/28", "2028/29", "2029/30", "2030/31"])
        let total = years.dropFirst().compactMap { Double($0[4]) }.reduce(0, +)
        let cost = try #require(servers.first?.firstIndex(of: "cost_gbp"))
        #expect(total == servers.dropFirst().compactMap { Double($0[cost]) }.reduce(0, +))
        #expect(total > 0)
    }

    @Test func theMarkdownIsTheReportSection() throws {
        let result = try cloud(["--format", "md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## Cloud readiness and migration"))
        #expect(result.stdout.contains("### The first moves"))
    }

    @Test func badViewsAndYearsAreUsageErrors() throws {
        let view = try cloud(["--by", "teleport"])
        #expect(view.status == 64)
        #expect(view.stderr.contains("--by expects one of systems|servers|waves"))
        #expect(try cloud(["--years", "0"]).status == 64)
    }
}
