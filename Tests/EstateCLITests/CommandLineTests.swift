import EstateCore
import EstateStore
import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func helpIsAvailableForEveryCommandAndExitsZero() throws {
        let top = try EstateBinary.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("Exit codes"))
        for command in [
            "ingest", "scan", "report", "roadmap", "carbon", "debt", "cloud", "finance", "history", "catalogue",
            "sample",
        ] {
            let result = try EstateBinary.run([command, "--help"])
            #expect(result.status == 0, "\(command) --help")
            #expect(result.stdout.hasPrefix("Usage: estate \(command)"), "\(command) --help")
        }
    }

    @Test func anUnknownCommandOrOptionIsAUsageError() throws {
        #expect(try EstateBinary.run(["frobnicate"]).status == 64)
        let dir = try EstateBinary.temporaryDirectory()
        let result = try EstateBinary.run(["history", "--colour", "red"], in: dir)
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown option --colour"))
        #expect(try EstateBinary.run(["ingest"], in: dir).status == 64)
        #expect(try EstateBinary.run(["report", "--as-of", "21/11/2026"], in: dir).status == 64)
    }

    @Test func versionPrintsOnStandardOutput() throws {
        let result = try EstateBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("estate "))
    }
}

@Suite struct IngestCommandTests {
    @Test func storesTheGoodRowsAndNamesEachBadRowWithFileLineAndReason() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let fixture = EstateBinary.fixture("assets-with-bad-rows.csv").path
        let rejectsFile = dir.appendingPathComponent("rejects.csv").path
        let result = try EstateBinary.run(["ingest", fixture, "--db", "e.sqlite", "--rejects", rejectsFile], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr.contains("2 accepted, 6 rejected"))
        for line in 3...8 { #expect(result.stderr.contains("assets-with-bad-rows.csv:\(line):"), "line \(line)") }
        #expect(result.stderr.contains("assets-with-bad-rows.csv:3:9: Purchase Date: expected a date"))
        let rejects = try String(contentsOfFile: rejectsFile, encoding: .utf8)
        #expect(rejects.hasPrefix("file,line,column,field,reason,raw\r\n"))
        #expect(rejects.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 7)

        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        let snapshot = try #require(try database.latestSnapshot())
        #expect(snapshot.assetCount == 2)
        #expect(snapshot.rejectCount == 6)
        #expect(try database.rejects(snapshotID: snapshot.id).map(\.line) == [3, 4, 5, 6, 7, 8])
    }

    @Test func strictStoresNothingWhenAnyRowIsRejectedAndExitsTwo() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let fixture = EstateBinary.fixture("assets-with-bad-rows.csv").path
        let result = try EstateBinary.run(["ingest", "--strict", fixture, "--db", "e.sqlite"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing was stored"))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.snapshots().isEmpty)
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test func readsStandardInputAndAppendsOntoTheLatestSnapshot() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let first = Data("Hostname,Type,Serial\nPC1,desktop,S1\n".utf8)
        let second = Data("Hostname,Type,Serial\nPC2,laptop,S2\n".utf8)
        #expect(try EstateBinary.run(["ingest", "-", "--db", "e.sqlite"], in: dir, input: first).status == 0)
        #expect(
            try EstateBinary.run(["ingest", "-", "--append", "--db", "e.sqlite"], in: dir, input: second).status == 0)
        let history = try EstateBinary.run(
            ["history", "--by", "snapshots", "--format", "csv", "--db", "e.sqlite"], in: dir)
        let rows = history.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 2)
        #expect(
            rows[0].hasPrefix("snapshot,taken_on,stored_at,organisation,sources,assets,systems,components,rejected"))
        #expect(rows[1].hasSuffix(",2,2,0,0,0"))
    }

    @Test func theDatabaseComesFromTheEnvironmentWhenNoOptionNamesIt() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let env = ["ESTATE_DB": dir.appendingPathComponent("env.sqlite").path]
        let input = Data("Hostname,Type\nPC1,desktop\n".utf8)
        #expect(try EstateBinary.run(["ingest", "-"], in: dir, input: input, environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("env.sqlite").path))
    }

    @Test func aFileThatCannotBeReadFailsTheWholeIngest() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let good = dir.appendingPathComponent("good.csv")
        try Data("Hostname,Type\nPC1,desktop\n".utf8).write(to: good)
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"assets\": [".utf8).write(to: bad)
        let result = try EstateBinary.run(["ingest", good.path, bad.path, "--db", "e.sqlite"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json:1:"))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.snapshots().isEmpty)
    }
}
