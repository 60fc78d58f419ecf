import EstateCore
import EstateStore
import Foundation
import Testing

@testable import EstateCLI

@Suite struct FileChecksumsTests {
    let directory: URL
    let database: EstateDatabase
    let file: String

    init() throws {
        directory = try EstateBinary.temporaryDirectory()
        database = try EstateDatabase(path: directory.appendingPathComponent("e.sqlite").path)
        file = directory.appendingPathComponent("assets.csv").path
        try Data("id,class\r\nA1,desktop\r\n".utf8).write(to: URL(fileURLWithPath: file))
    }

    /// A stamp of the file as it is now, as if taken `seconds` after the file last changed, claiming `checksum`.
    func record(checksum: String, secondsAfterTheChange seconds: Int64) throws {
        var stamp = try #require(FileChecksums.stamp(file))
        stamp.checksum = checksum
        stamp.stampedNanoseconds = stamp.identity.changedNanoseconds + seconds * 1_000_000_000
        try database.record([stamp])
    }

    func hash(of path: String) throws -> String {
        SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func aFileUnchangedSinceASettledStampTakesItsChecksumFromTheStamp() throws {
        // The stamp's checksum is not the file's: only a checksum read from the stamp can be it.
        try record(checksum: "from-the-stamp", secondsAfterTheChange: 10)
        var checksums = FileChecksums(database: database)
        #expect(try checksums.checksum(of: file) == "from-the-stamp")
        #expect(checksums.fresh.isEmpty)
    }

    @Test func aFileChangedSinceItsStampIsHashedAgainAndStampedAfresh() throws {
        try record(checksum: "from-the-stamp", secondsAfterTheChange: 10)
        try Data("id,class\r\nA1,desktop\r\nA2,laptop\r\n".utf8).write(to: URL(fileURLWithPath: file))
        var checksums = FileChecksums(database: database)
        let checksum = try checksums.checksum(of: file)
        #expect(checksum == (try hash(of: file)))
        #expect(checksums.fresh.map(\.checksum) == [checksum])
        checksums.record(console: Console())
        #expect(try database.fileStamp(path: URL(fileURLWithPath: file).standardizedFileURL.path)?.checksum == checksum)
    }

    @Test func aStampTakenJustAfterTheFileChangedIsNotTrusted() throws {
        // Stamped a second after it was written: a second write within the file system's clock tick could keep
        // the same times, so the stamp does not vouch for the file.
        try record(checksum: "from-the-stamp", secondsAfterTheChange: 1)
        var checksums = FileChecksums(database: database)
        #expect(try checksums.checksum(of: file) == (try hash(of: file)))
    }

    @Test func standardInputAndFoldersHaveNoStamp() {
        #expect(FileChecksums.stamp("-") == nil)
        #expect(FileChecksums.stamp(directory.path) == nil)
    }
}
