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
        let sourcesWithRejects = ingest.stderr.components(separatedBy: "\n")
            .filter { $0.contains(" accepted, ") && !$0.hasSuffix(" 0 rejected") }
        #expect(sourcesWithRejects.count == 1, "\(sourcesWithRejects)")
        #expect(ingest.stderr.contains("depot-stocktake.csv: assets-csv: 9 accepted, 6 rejected"))
    }

    @Test func aBadSizeIsAUsageError() throws {
        #expect(try EstateBinary.run(["sample", "--assets", "lots"]).status == 64)
    }
}
