import Foundation
import Testing

@testable import EstateCore

/// Handing back the pages of a mapped register never changes what is read, and checking a large file's
/// encoding a piece at a time gives the same answer as checking it whole.
@Suite struct MappedPagesTests {
    /// About 9 MiB of ASCII register text with a three-byte `€` across each 4 MiB piece boundary.
    static func largeText() -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(9 << 20)
        let row = Array("A1,laptop,Town Hall,12.50\n".utf8)
        while bytes.count < 9 << 20 { bytes += row }
        // Put a `€` (E2 82 AC) across each boundary: its lead byte one before it.
        for boundary in [MappedPages.stride, 2 * MappedPages.stride] {
            bytes.replaceSubrange((boundary - 1)..<(boundary + 2), with: [0xE2, 0x82, 0xAC])
        }
        return Data(bytes)
    }

    @Test func aCharacterAcrossAPieceBoundaryIsStillValidUTF8() {
        let data = Self.largeText()
        #expect(TextEncoding.isValidUTF8(data))
        #expect(TextEncoding.utf8(data).note == nil)
    }

    @Test func aBrokenCharacterAtAPieceBoundaryIsStillFound() {
        var bytes = [UInt8](Self.largeText())
        bytes[MappedPages.stride + 1] = 0x41  // the € at the first boundary loses its last byte
        #expect(!TextEncoding.isValidUTF8(Data(bytes)))
        var straySecondHalf = [UInt8](Self.largeText())
        straySecondHalf[MappedPages.stride - 1] = 0x41  // its lead byte gone: continuation bytes start a piece
        #expect(!TextEncoding.isValidUTF8(Data(straySecondHalf)))
    }

    @Test func releasingTheReadPagesOfAMappedFileLeavesItsBytesAsTheyWere() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("estate-pages-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("assets.csv")
        let original = Self.largeText()
        try original.write(to: url)
        let mapped = try Data(contentsOf: url, options: .alwaysMapped)
        mapped.withUnsafeBytes { raw in
            var pages = MappedPages(raw)
            pages.release(upTo: raw.count)
        }
        #expect(mapped == original)
        #expect(SHA256.hex(of: mapped) == SHA256.hex(of: original))
    }

    @Test func memoryThatIsNotAMappedFileIsLeftAlone() {
        let original = Self.largeText()
        var copy = Data(original)
        copy.append(0x0A)
        copy.withUnsafeBytes { raw in
            var pages = MappedPages(raw)
            pages.release(upTo: raw.count)
        }
        #expect(copy.prefix(original.count) == original)
    }

    @Test func aMappedRegisterIngestsTheSameAndKeepsItsChecksum() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("estate-pages-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = "Asset Tag,Type,Site\n"
        for number in 0..<200_000 { text += "A\(number),laptop,Depot \(number % 7)\n" }
        text += "A7,desktop,Depot 1\n"
        let url = directory.appendingPathComponent("assets.csv")
        try Data(text.utf8).write(to: url)
        var session = IngestSession()
        var sink = CollectingSink()
        let file = InputFile(path: "assets.csv", data: try Data(contentsOf: url, options: .alwaysMapped))
        let outcome = try session.ingest(file, into: &sink)
        #expect(outcome.source.accepted == 200_000)
        #expect(outcome.source.checksum == SHA256.hex(of: Data(text.utf8)))
        // The repeat on the last line is rejected with its raw text, read back from a page handed back long ago.
        #expect(sink.rejects.map(\.raw) == ["A7,desktop,Depot 1"])
        #expect(sink.rejects.first?.reason == "duplicate asset id \"A7\": first seen at assets.csv:9")
    }
}
