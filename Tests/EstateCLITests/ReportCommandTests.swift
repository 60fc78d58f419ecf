import EstateCore
import EstateStore
import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// The date the committed reports in Reports/ are pinned to (the GenerateReports plugin uses the same).
    static let pinnedAsOf = "2026-10-01"

    func reportOnTheSample() throws -> (dir: URL, result: EstateBinary.Result) {
        let dir = try EstateBinary.temporaryDirectory()
        let result = try EstateBinary.run(
            [
                "report", "--inventory", "Inventory", "--out", dir.appendingPathComponent("Reports").path,
                "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of", Self.pinnedAsOf,
            ], in: EstateBinary.packageRoot)
        return (dir, result)
    }

    @Test func theSampleEstateReportCountsWhatTheInventoryHolds() throws {
        let (dir, result) = try reportOnTheSample()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Inventory/depot-stocktake.csv: assets-csv: 9 accepted, 6 rejected"))
        let reports = dir.appendingPathComponent("Reports")
        let report = try String(contentsOf: reports.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("# ICT estate report: London Borough of Eastwick"))
        #expect(report.contains("As of **2026-10-01**"))
        #expect(report.contains("```mermaid"))

        // The class table's in-service counts add up to the in-service total, and match the inventory files.
        let byClass = try String(contentsOf: reports.appendingPathComponent("overview-by-class.csv"), encoding: .utf8)
        let counts = byClass.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { Int($0.split(separator: ",")[1]) ?? -1 }
        let inService = try #require(report.firstMatch(of: /\| Assets in service \| ([0-9,]+) \|/)?.1)
        #expect(counts.reduce(0, +) == Int(inService.replacingOccurrences(of: ",", with: "")))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        let snapshot = try #require(
            try database.snapshots().first {
                $0.organisation == "London Borough of Eastwick" && $0.takenOn.description == Self.pinnedAsOf
            })
        #expect(snapshot.assetCount == 2_500 + 115 + 9)
        #expect(snapshot.systemCount == 47)
        #expect(snapshot.rejectCount == 6)

        // Every default the report assumed is listed.
        let assumptions = try String(contentsOf: reports.appendingPathComponent("assumptions.csv"), encoding: .utf8)
        #expect(assumptions.contains("energy_price_per_kwh,£0.25 per kWh,default,"))
        #expect(assumptions.contains("discount_rate,3.5%,policy file,"))
    }

    @Test func aSecondReportReusesTheSnapshotOfUnchangedInventory() throws {
        let (dir, first) = try reportOnTheSample()
        #expect(first.stderr.contains("ingesting Inventory"))
        let second = try EstateBinary.run(
            [
                "report", "--out", dir.appendingPathComponent("Reports").path, "--db",
                dir.appendingPathComponent("e.sqlite").path, "--as-of", Self.pinnedAsOf,
            ],
            in: EstateBinary.packageRoot)
        #expect(second.status == 0)
        #expect(!second.stderr.contains("ingesting"))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        // The current inventory, last year's (Inventory/history/2025-10-01) and Westbrook's, each once.
        #expect(try database.snapshots().count == 3)
        // The first report kept each file's checksum beside what the file looked like, for the reports after it.
        let assets = EstateBinary.packageRoot.appendingPathComponent("Inventory/assets.csv").standardizedFileURL.path
        let stamp = try #require(try database.fileStamp(path: assets))
        #expect(stamp.checksum == SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: assets))))
    }

    @Test func aReportAfterTheInventoryChangedIngestsItAndReportsTheNewSnapshot() throws {
        // A second report reads the previous snapshot while it hashes the files; a changed file must stop that
        // read and report the new snapshot instead.
        let dir = try EstateBinary.temporaryDirectory()
        let inventory = dir.appendingPathComponent("Inventory")
        try FileManager.default.createDirectory(at: inventory, withIntermediateDirectories: true)
        let sample = try String(
            contentsOf: EstateBinary.packageRoot.appendingPathComponent("Inventory/assets.csv"), encoding: .utf8)
        let lines = sample.split(whereSeparator: \.isNewline).map(String.init)
        let inUse = lines.dropFirst().filter { $0.hasSuffix(",In Use") }
        func report(rows: Int) throws -> (result: EstateBinary.Result, inService: Int) {
            let text = ([lines[0]] + inUse.prefix(rows)).joined(separator: "\r\n") + "\r\n"
            try text.write(to: inventory.appendingPathComponent("assets.csv"), atomically: true, encoding: .utf8)
            let result = try EstateBinary.run([
                "report", "--inventory", inventory.path, "--out", dir.appendingPathComponent("Reports").path,
                "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of", Self.pinnedAsOf,
            ])
            let report = try String(
                contentsOf: dir.appendingPathComponent("Reports/report.md"), encoding: .utf8)
            let count = report.firstMatch(of: /\| Assets in service \| ([0-9,]+) \|/).map { Int($0.1) ?? -1 }
            return (result, count ?? -1)
        }
        let first = try report(rows: 10)
        #expect(first.result.status == 0, "\(first.result.stderr)")
        #expect(first.inService == 10)
        let second = try report(rows: 12)
        #expect(second.result.status == 0, "\(second.result.stderr)")
        #expect(second.result.stderr.contains("ingesting"))
        #expect(second.inService == 12)
        let third = try report(rows: 12)
        #expect(!third.result.stderr.contains("ingesting"))
        #expect(third.inService == 12)
    }

    @Test func theCommittedReportsAreCurrent() throws {
        let (dir, result) = try reportOnTheSample()
        #expect(result.status == 0)
        let fresh = dir.appendingPathComponent("Reports")
        let committed = EstateBinary.packageRoot.appendingPathComponent("Reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted()
        let committedNames = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
        #expect(
            names == committedNames,
            "regenerate with: swift package --allow-writing-to-package-directory generate-reports")
        for name in names {
            let now = try Data(contentsOf: fresh.appendingPathComponent(name))
            let then = try? Data(contentsOf: committed.appendingPathComponent(name))
            #expect(
                now == then,
                "Reports/\(name) is stale: swift package --allow-writing-to-package-directory generate-reports")
        }
    }
}
