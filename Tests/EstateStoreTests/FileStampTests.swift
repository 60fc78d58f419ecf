import EstateStore
import Testing

@Suite struct FileStampTests {
    static let second: Int64 = 1_000_000_000
    static let identity = FileIdentity(
        size: 1_234, device: 2049, inode: 77, modifiedNanoseconds: 100 * second, changedNanoseconds: 101 * second)

    static func stamp(_ identity: FileIdentity = identity, checksum: String = "abc", at seconds: Int64 = 200)
        -> FileStamp
    {
        FileStamp(
            path: "/inventory/assets.csv", identity: identity, checksum: checksum, stampedNanoseconds: seconds * second)
    }

    @Test func aStampVouchesForAFileThatLooksAsItDidAndHadSettledBeforeItWasRead() {
        #expect(Self.stamp().vouches(for: Self.identity))
    }

    @Test func aStampDoesNotVouchForAFileWhoseSizeDeviceInodeOrTimesDiffer() {
        var resized = Self.identity
        resized.size += 1
        var replaced = Self.identity
        replaced.inode += 1
        var moved = Self.identity
        moved.device += 1
        var touched = Self.identity
        touched.changedNanoseconds += 1
        var backdated = Self.identity
        backdated.modifiedNanoseconds -= Self.second
        for other in [resized, replaced, moved, touched, backdated] { #expect(!Self.stamp().vouches(for: other)) }
    }

    @Test func aStampTakenWithinTwoSecondsOfTheFilesLastChangeDoesNotVouchForIt() {
        // Changed at 101 s: a stamp at 103.000000001 s vouches, one at 103 s does not (the file could have changed
        // again within the same tick of a coarse clock).
        #expect(!Self.stamp(at: 103).vouches(for: Self.identity))
        let later = FileStamp(
            path: "/inventory/assets.csv", identity: Self.identity, checksum: "abc",
            stampedNanoseconds: 103 * Self.second + 1)
        #expect(later.vouches(for: Self.identity))
    }

    @Test func recordingAStampReplacesTheEarlierStampOfItsPath() throws {
        let directory = try TemporaryDirectory()
        let database = try EstateDatabase(path: directory.path())
        #expect(try database.fileStamp(path: "/inventory/assets.csv") == nil)
        try database.record([Self.stamp(checksum: "first")])
        #expect(try database.fileStamp(path: "/inventory/assets.csv") == Self.stamp(checksum: "first"))
        var grown = Self.identity
        grown.size = 9_999_999_999
        try database.record([Self.stamp(grown, checksum: "second", at: 300)])
        #expect(try database.fileStamp(path: "/inventory/assets.csv") == Self.stamp(grown, checksum: "second", at: 300))
        #expect(try database.fileStamp(path: "/inventory/systems.csv") == nil)
    }
}
