import Foundation
import Testing

/// Text read from inventories reaches standard error (notes, rejects, errors) with nothing a terminal would act
/// on: an escape sequence in a cell or a file name is shown, made harmless, and never sent.
@Suite struct TerminalSafetyTests {
    static let escape = "\u{1B}"

    @Test func anEscapeSequenceInACellIsShownInertInTheRejectLine() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = "Asset Tag,Type\nA1,laptop\nA2,\(Self.escape)[2J\(Self.escape)]0;owned\u{7}toaster\n"
        try Data(csv.utf8).write(to: dir.appendingPathComponent("assets.csv"))
        let result = try EstateBinary.run(["ingest", "assets.csv", "--db", "e.sqlite"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr.contains("rejected: assets.csv:3:2"), "\(result.stderr)")
        #expect(result.stderr.contains("\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}toaster"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.escape))
        #expect(!result.stderr.unicodeScalars.contains("\u{7}"))
    }

    @Test func anEscapeSequenceInAFileNameIsShownInertInTheSummaryAndErrors() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "odd\(Self.escape)[31m.csv"
        try Data("colour,flavour\nred,sweet\n".utf8).write(to: dir.appendingPathComponent(name))
        let result = try EstateBinary.run(["ingest", name, "--db", "e.sqlite"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("odd\u{FFFD}[31m.csv"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.escape))
    }

    @Test func aCarriageReturnInACellCannotOverwriteTheLineItIsOn() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = "Asset Tag,Type\nA1,\"toaster\rall fine\"\n"
        try Data(csv.utf8).write(to: dir.appendingPathComponent("assets.csv"))
        let result = try EstateBinary.run(["ingest", "assets.csv", "--db", "e.sqlite"], in: dir)
        #expect(result.stderr.contains("toaster all fine"), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"))
    }
}
