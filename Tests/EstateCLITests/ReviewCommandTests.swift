import EstateCore
import Foundation
import Testing

/// The review pack, diff and history on the sample: Eastwick now and a year earlier, and Westbrook.
@Suite struct ReviewCommandTests {
    func run(_ arguments: [String], in dir: URL) throws -> EstateBinary.Result {
        try EstateBinary.run(
            arguments + [
                "--inventory", "Inventory", "--db", dir.appendingPathComponent("e.sqlite").path, "--as-of",
                ReportCommandTests.pinnedAsOf,
            ], in: EstateBinary.packageRoot)
    }

    func records(_ csv: String) -> [[String]] { CSVReader(data: Data(csv.utf8)).records().map(\.fields) }

    @Test func theReviewPackShowsChangeSinceLastYearAndProgressOnItsActions() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("pack")
        let result = try run(["review", "--out", out.path], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let names = Set(result.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent })
        #expect(
            names == [
                "review.md", "review-headlines.csv", "review-actions.csv", "review-risks.csv", "review-storage.csv",
                "review-progress.csv", "review-changes.csv", "review-organisations.csv", "review-shared-services.csv",
            ])
        let md = try String(contentsOf: out.appendingPathComponent("review.md"), encoding: .utf8)
        #expect(md.hasPrefix("# Annual ICT strategy review 2026/27: London Borough of Eastwick\n"))
        for heading in [
            "### Executive summary", "### Progress on last year's actions", "### Top risks", "### Decisions needed",
            "### Action plan for 2026/27", "### Carbon against the net-zero trajectory", "### Storage growth",
            "### Trends", "### Organisations and shared services",
        ] {
            #expect(md.contains(heading), "\(heading)")
        }
        #expect(md.contains("against the previous review's snapshot of 2025-10-01"))
        #expect(md.contains("```mermaid"))
        // Two snapshots of Eastwick, oldest first, and growth in storage between them.
        let headlines = records(
            try String(contentsOf: out.appendingPathComponent("review-headlines.csv"), encoding: .utf8))
        #expect(headlines.dropFirst().map { $0[1] } == ["2025-10-01", "2026-10-01"])
        let storage = headlines.dropFirst().map { Double($0[15]) ?? 0 }
        #expect(storage[1] > storage[0])
        // Some of last year's refreshes happened and some did not.
        let progress = records(
            try String(contentsOf: out.appendingPathComponent("review-progress.csv"), encoding: .utf8))
        let outcomes = Set(progress.dropFirst().map { $0[10] })
        #expect(outcomes.isSuperset(of: ["done", "outstanding"]))
        // Westbrook runs some of the same products.
        let shared = records(
            try String(contentsOf: out.appendingPathComponent("review-shared-services.csv"), encoding: .utf8))
        #expect(shared.dropFirst().contains { $0[0] == "same-product" && $0[2] == "2" })
    }

    @Test func diffListsEveryKindOfChangeBetweenTheTwoSnapshots() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["diff", "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let kinds = Set(records(result.stdout).dropFirst().map { "\($0[0]) \($0[1])" })
        #expect(
            kinds.isSuperset(of: [
                "added asset", "retired asset", "replaced asset", "upgraded asset", "decommissioned system",
                "migrated system",
            ]))
        let counts = try run(["diff", "--by", "counts", "--format", "csv"], in: dir)
        #expect(records(counts.stdout).first == ["change", "count"])
    }

    @Test func historyHasOneRowPerSnapshotOfTheOrganisationOrOfAll() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let mine = try run(["history", "--format", "csv"], in: dir)
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(
            records(mine.stdout).dropFirst().map { $0[2] } == Array(repeating: "London Borough of Eastwick", count: 2))
        let all = try run(["history", "--all", "--by", "snapshots", "--format", "csv"], in: dir)
        #expect(records(all.stdout).count == 4)
    }

    @Test func anotherOrganisationIsChosenWithOrg() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["debt", "--format", "csv", "--org", "london borough of westbrook"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("WB-APP"))
        #expect(!result.stdout.contains("system,APP001,"))
        let unknown = try run(["debt", "--org", "Nowhere"], in: dir)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no organisation \"Nowhere\""))
    }

    @Test(arguments: [["review", "--year", "2026/28"], ["diff", "1"], ["history", "--by", "colour"]])
    func badArgumentsAreUsageErrors(_ arguments: [String]) throws {
        let result = try EstateBinary.run(arguments)
        #expect(result.status == 64, "\(arguments)")
    }
}
