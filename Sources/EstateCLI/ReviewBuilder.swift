import EstateCore
import EstateStore
import Foundation

/// Assembles the review pack from the database: the current snapshot's analyses, the previous review's
/// snapshot, the earlier ones' headline figures and the other organisations' latest snapshots.
enum ReviewBuilder {
    /// The pack for `year` from `current` (the analyses of the latest snapshot as of the run's date).
    static func pack(
        inputs: InventorySnapshot, current: EstateAnalyses, year: FinancialYear, console: Console
    ) throws -> ReviewPack {
        try comparisons(inputs: inputs, console: console).pack(year: year, current: current)
    }

    /// What the pack compares the current snapshot with, analysed: the previous review's snapshot, the earlier
    /// ones and the other organisations' latest.
    struct Comparisons: Sendable {
        var previous: EstateAnalyses?
        var earlier: [HeadlineFigures]
        var others: [(figures: HeadlineFigures, estate: Estate)]

        /// The pack for `year` from `current` and these.
        func pack(year: FinancialYear, current: EstateAnalyses) -> ReviewPack {
            ReviewPack(year: year, current: current, previous: previous, earlier: earlier, others: others)
        }
    }

    /// The snapshots the pack compares with, from the database, each analysed.
    static func comparisons(inputs: InventorySnapshot, console: Console) throws -> Comparisons {
        let snapshot = inputs.snapshot
        let mine = try InventorySnapshot.snapshots(in: inputs.database, organisation: snapshot.organisation)
        let earlier = mine.filter { $0.takenOn < snapshot.takenOn }
        var previous: EstateAnalyses?
        if let last = earlier.last {
            console.step("analysing snapshot \(last.id) of \(last.takenOn)")
            previous = try inputs.analyses(of: last)
        }
        var history: [HeadlineFigures] = []
        for older in earlier.dropLast() {
            console.step("analysing snapshot \(older.id) of \(older.takenOn)")
            history.append(HeadlineFigures(try inputs.analyses(of: older)))
        }
        var others: [(figures: HeadlineFigures, estate: Estate)] = []
        let names = Set(try inputs.database.snapshots().compactMap(\.organisation))
            .subtracting([snapshot.organisation].compactMap { $0 })
        for name in names.sorted() {
            guard let latest = try InventorySnapshot.latestSnapshot(in: inputs.database, organisation: name) else {
                continue
            }
            console.step("analysing \(name)")
            let other = try inputs.analyses(of: latest, asOf: inputs.common.asOf)
            others.append((HeadlineFigures(other), other.estate))
        }
        console.endProgress()
        return Comparisons(previous: previous, earlier: history, others: others)
    }

    /// Writes the pack into `folder`: `review.md` with the pack's title as the document's, then its CSVs (each
    /// streamed as it renders), printing each path on standard output.
    static func write(_ pack: ReviewPack, to folder: String, console: Console) throws {
        try stage(pack, in: folder).commit(console: console)
    }

    /// The pack's files rendered into `folder` but not yet in place, so a report can render them while its own
    /// last tables are written and put them in place after.
    static func stage(_ pack: ReviewPack, in folder: String) -> StagedPack {
        let section = ReviewSection(pack: pack)
        let destination = ReportFolder(folder: folder)
        let markdown = "# \(Markdown.escape(section.title))\n\n" + dropTitle(section.markdown())
        let tables = section.csvFiles.map { csv in
            (name: csv.fileName, file: Result { try destination.stage(csv, as: csv.fileName) })
        }
        return StagedPack(
            pack: pack, destination: destination, markdown: ReportFile(name: "review.md", contents: markdown),
            tables: tables)
    }

    /// A pack's files, rendered: its Markdown, and its CSVs not yet in place (each removed if let go so).
    struct StagedPack: Sendable {
        var pack: ReviewPack
        var destination: ReportFolder
        var markdown: ReportFile
        var tables: [(name: String, file: Result<StagedFile, any Error>)]

        /// Writes `review.md`, then puts each CSV in place, printing each path on standard output.
        /// - Throws: The first failure, in file order; the CSVs after it are not put in place.
        func commit(console: Console) throws {
            try destination.write(markdown)
            console.out(destination.path(of: markdown.name) + "\n")
            for (name, file) in tables {
                try file.get().commit()
                console.out(destination.path(of: name) + "\n")
            }
        }
    }

    /// Markdown without its first level-2 title line.
    static func dropTitle(_ markdown: String) -> String {
        guard markdown.hasPrefix("## "), let end = markdown.firstIndex(of: "\n") else { return markdown }
        return String(markdown[end...].drop { $0 == "\n" })
    }
}
