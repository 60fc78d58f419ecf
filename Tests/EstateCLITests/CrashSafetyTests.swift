import EstateCore
import EstateStore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct CrashSafetyTests {
    /// A large asset register, big enough that ingest is still running when it is killed.
    static func largeRegister(rows: Int) -> Data {
        var text = "Asset Tag,Hostname,Type,Purchase Date,Cost (£),Operating System,Last Seen\n"
        text.reserveCapacity(rows * 90)
        for index in 0..<rows {
            text +=
                "A\(index),HOST-\(index),laptop,\(index % 28 + 1)/0\(index % 9 + 1)/20\(10 + index % 15),£\(500 + index % 900).00,Microsoft Windows 10 Enterprise,2026-09-\(index % 30 + 1 < 10 ? "0" : "")\(index % 30 + 1)\n"
        }
        return Data(text.utf8)
    }

    @Test func killingIngestPartWayLeavesTheDatabaseExactlyAsItWas() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let dbPath = dir.appendingPathComponent("e.sqlite").path
        let small = dir.appendingPathComponent("small.csv")
        try Data("Hostname,Type\nPC1,desktop\nPC2,laptop\n".utf8).write(to: small)
        #expect(try EstateBinary.run(["ingest", small.path, "--db", dbPath]).status == 0)
        let large = dir.appendingPathComponent("large.csv")
        try Self.largeRegister(rows: 150_000).write(to: large)

        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<4 {
            let process = Process()
            process.executableURL = try EstateBinary.executable
            process.arguments = ["ingest", large.path, "--db", dbPath]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 150_000...700_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let database = try EstateDatabase(path: dbPath)
            #expect(try database.integrityCheck() == ["ok"], "attempt \(attempt)")
            let snapshots = try database.snapshots()
            // Either the kill came first (one snapshot, the small one) or the ingest finished (two, in full).
            let complete = snapshots.allSatisfy { $0.assetCount == 2 || $0.assetCount == 150_000 }
            #expect(complete, "attempt \(attempt): \(snapshots.map(\.assetCount))")
            #expect(snapshots.first?.assetCount == 2)
        }
    }
}
