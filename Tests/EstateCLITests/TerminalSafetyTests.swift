import Foundation
import Testing

/// Text read from inventories reaches standard error (notes, rejects, errors) with nothing a terminal would act
/// on: an escape sequence in a cell or a file name is shown, made harmless, and never sent.
@Suite struct TerminalSafetyTests {
    static let escape = "\u{1B}"

    @Test func anEscapeSequenceInACellIsShownInertInTheRejectLine() throws {
        let csv = "Asset Tag,Type\nA1,laptop\nA2,\(Self.escape)[2J\(Self.escape)]0;owned\u{7}toaster\n"
        let result = try Self.ingest(csv, named: "assets.csv")
        #expect(result.status == 0)
        #expect(result.stderr.contains("rejected: assets.csv:3:2"), "\(result.stderr)")
        #expect(result.stderr.contains("\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}toaster"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.escape))
        #expect(!result.stderr.unicodeScalars.contains("\u{7}"))
    }

    @Test func anEscapeSequenceInAFileNameIsShownInertInTheSummaryAndErrors() throws {
        let result = try Self.ingest("colour,flavour\nred,sweet\n", named: "odd\(Self.escape)[31m.csv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("odd\u{FFFD}[31m.csv"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.escape))
    }

    @Test func aCarriageReturnInACellCannotOverwriteTheLineItIsOn() throws {
        let result = try Self.ingest("Asset Tag,Type\nA1,\"toaster\rall fine\"\n", named: "assets.csv")
        #expect(result.stderr.contains("toaster all fine"), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"))
    }

    /// Runs `estate ingest` on one file of `contents` named `name`, in a folder of its own.
    private static func ingest(_ contents: String, named name: String) throws -> EstateBinary.Result {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(contents.utf8).write(to: dir.appendingPathComponent(name))
        return try EstateBinary.run(["ingest", name, "--db", "e.sqlite"], in: dir)
    }
}
