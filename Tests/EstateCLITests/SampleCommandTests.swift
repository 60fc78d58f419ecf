import Foundation
import Testing

@Suite struct SampleCommandTests {
    @Test func theSameSeedWritesTheSameFilesAndTheyIngestCleanly() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let one = dir.appendingPathComponent("one").path
        let two = dir.appendingPathComponent("two").path
        #expect(try EstateBinary.run(["sample", "--assets", "4000", "--seed", "7", "--out", one]).status == 0)
        #expect(try EstateBinary.run(["sample", "--assets", "4000", "--seed", "7", "--out", two]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: one).sorted()
        #expect(names == ["assets.csv", "components.csv", "depot-stocktake.csv", "servers.csv", "systems.csv"])
        for name in names {
            #expect(FileManager.default.contentsEqual(atPath: "\(one)/\(name)", andPath: "\(two)/\(name)"), "\(name)")
        }
        let ingest = try EstateBinary.run(["ingest", one, "--db", dir.appendingPathComponent("e.sqlite").path])
        #expect(ingest.status == 0)
        let rejectedLines = ingest.stderr.components(separatedBy: "\n").filter {
            $0.contains(" rejected") && !$0.contains(" 0 rejected")
        }
        #expect(rejectedLines.count == 2, "\(rejectedLines)")  // the stocktake's line and the snapshot summary
        #expect(ingest.stderr.contains("depot-stocktake.csv: assets-csv: 9 accepted, 6 rejected"))
    }

    @Test func aBadSizeIsAUsageError() throws {
        #expect(try EstateBinary.run(["sample", "--assets", "lots"]).status == 64)
    }
}
