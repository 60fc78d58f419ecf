import EstateCore
import EstateStore
import Foundation

/// Reads files into one new snapshot (or onto the latest), all or nothing.
struct IngestRun {
    var files: [String]
    var format: InputFormat?
    var mapping: HeaderMapping
    var takenOn: LocalDate
    var organisation: String?
    var append: Bool
    var strict: Bool
    /// Keep every reject (for `--rejects FILE`) rather than the first 20.
    var keepAllRejects: Bool
    var console: Console
    /// Inputs made in memory (an `estate scan` result), read after `files`.
    var extraInputs: [InputFile] = []

    struct Result {
        var snapshot: Snapshot
        var outcomes: [IngestSession.Outcome]
        var rejects: [Reject]
        var rejectCount: Int
        /// What merging the sources that describe the same machines did.
        var merge: MergeSummary
    }

    /// Rows were rejected under `--strict`: the transaction is rolled back.
    struct StrictRejection: Error {
        var outcomes: [IngestSession.Outcome]
        var rejects: [Reject]
        var rejectCount: Int
    }

    func run(on database: EstateDatabase) throws -> Result {
        var outcomes: [IngestSession.Outcome] = []
        var rejects: [Reject] = []
        var rejectCount = 0
        var merge = MergeSummary(notes: [], conflicts: [], mergedAssetCount: 0)
        // Each file as it was before it was read: once stored, its checksum is kept for the next report.
        var stamps: [FileStamp?] = []
        let snapshot = try database.writeSnapshot(
            takenOn: takenOn, organisation: organisation, appendingToLatest: append
        ) {
            writer in
            var session = IngestSession(mapping: mapping)
            var tap = RejectTap(base: writer, keepLimit: keepAllRejects ? nil : 20)
            for path in files {
                stamps.append(FileChecksums.stamp(path))
                let file = try InventoryFiles.read(path)
                session.progress = console.progress(for: path)
                outcomes.append(try session.ingest(file, format: format, into: &tap))
                console.endProgress()
            }
            for file in extraInputs { outcomes.append(try session.ingest(file, format: format, into: &tap)) }
            merge = try session.finish(into: &tap)
            writer = tap.base
            rejects = tap.kept
            rejectCount = tap.rejectCount
            if strict && rejectCount > 0 {
                throw StrictRejection(outcomes: outcomes, rejects: rejects, rejectCount: rejectCount)
            }
        }
        var hashes = FileChecksums(database: database)
        for (path, (stamp, outcome)) in zip(files, zip(stamps, outcomes)) {
            hashes.note(outcome.source.checksum, of: stamp, at: path)
        }
        hashes.record(console: console)
        return Result(
            snapshot: snapshot, outcomes: outcomes, rejects: rejects, rejectCount: rejectCount, merge: merge)
    }

    /// Prints per-source counts, notes and the first rejects on standard error.
    static func printSummary(
        outcomes: [IngestSession.Outcome], rejects: [Reject], rejectCount: Int, mergeNotes: [String] = [],
        console: Console
    ) {
        for outcome in outcomes {
            let source = outcome.source
            console.note("\(source.path): \(source.format): \(source.accepted) accepted, \(source.rejected) rejected")
            for note in outcome.notes { console.note("  note: \(note)") }
        }
        for note in mergeNotes { console.note("merge: \(note)") }
        for reject in rejects.prefix(20) { console.note("  rejected: \(reject)") }
        if rejectCount > 20 {
            console.note("  … and \(rejectCount - 20) more rejects (--rejects FILE writes them all)")
        }
    }

    /// Every reject as CSV: `file,line,column,field,reason,raw`.
    static func rejectsTable(_ rejects: [Reject]) -> Table {
        var table = Table(columns: ["file", "line", "column", "field", "reason", "raw"].map { Table.Column($0) })
        for reject in rejects {
            table.append([
                .init(reject.file), .init(reject.line), .init(reject.column), .init(reject.field), .init(reject.reason),
                .init(reject.raw),
            ])
        }
        return table
    }
}
