import Dispatch
import Foundation
import Synchronization

/// One section of the report: its Markdown and the CSV tables behind it.
///
/// Each analysis adds a section by adding a renderer; ``Report`` assembles them.
public protocol ReportSection: Sendable {
    /// File stem and anchor: `overview` gives `overview.md` and `overview-*.csv`.
    var id: String { get }
    var title: String { get }
    /// The section's Markdown, starting at heading level 2.
    func markdown() -> String
    /// The tables written as CSV beside the Markdown, by file stem (`overview-by-class`).
    var tables: [(name: String, table: Table)] { get }
    /// The CSV files the report writes for the section, in the order of ``tables``, each rendered only when
    /// its turn comes.
    ///
    /// The default writes each of ``tables`` as built; a section with tables of one row per asset writes them
    /// straight to ``CSVText`` instead, so they are never held as cells.
    var csvFiles: [ReportCSV] { get }
}

/// One CSV file of a section: its stem and how to write it.
public struct ReportCSV: Sendable {
    /// The file stem: `roadmap` gives `roadmap.csv`.
    public var name: String
    /// Writes the file's header and rows.
    public var write: @Sendable (inout CSVText) -> Void
    /// About how many rows it writes (0 when few): the report starts the largest tables first, so the last one
    /// to finish is not a large one started late.
    public var rows: Int

    /// The file's name: `roadmap.csv`.
    public var fileName: String { "\(name).csv" }

    /// A file written by `write`, of about `rows` rows.
    public init(name: String, rows: Int = 0, write: @escaping @Sendable (inout CSVText) -> Void) {
        self.name = name
        self.rows = rows
        self.write = write
    }

    /// A table built as cells when its turn comes.
    public init(name: String, table: @escaping @Sendable () -> Table) {
        self.init(name: name) { $0.append(table()) }
    }

    /// A table written straight to text, row by row: `write` writes every row (about `rows` of them) under the
    /// `columns`' header.
    public init(
        name: String, columns: [String], rows: Int = 0, write: @escaping @Sendable (inout CSVText) -> Void
    ) {
        self.init(name: name, rows: rows) { text in
            text.appendHeader(columns)
            write(&text)
        }
    }
}

extension ReportSection {
    public var csvFiles: [ReportCSV] {
        tables.map { name, table in ReportCSV(name: name, table: { table }) }
    }
}

/// What every section may need besides its own analysis.
public struct ReportContext: Sendable {
    public var estate: Estate
    public var policy: Policy
    public var asOf: LocalDate
    /// The first rejects of the snapshot (the report lists them), and how many there are in all.
    public var rejects: [Reject]
    public var rejectTotal: Int

    public init(estate: Estate, policy: Policy, asOf: LocalDate, rejects: [Reject], rejectTotal: Int) {
        self.estate = estate
        self.policy = policy
        self.asOf = asOf
        self.rejects = rejects
        self.rejectTotal = rejectTotal
    }
}

/// A file the report writes: a path relative to the output folder, and its text.
public struct ReportFile: Sendable, Hashable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Where a report's files go: whole texts for the Markdown, CSVs written as they are rendered.
public protocol ReportDestination: Sendable {
    /// Writes a file whose whole text is at hand.
    func write(_ file: ReportFile) throws
    /// Writes `csv` as it renders, to be put in place as `name` by the returned file's ``StagedFile/commit()``
    /// (several may be written at once, from different threads). A staged file let go uncommitted leaves nothing.
    func stage(_ csv: ReportCSV, as name: String) throws -> StagedFile
}

/// A file written but not yet in place under its name.
public struct StagedFile: Sendable {
    private let put: @Sendable () throws -> Void

    /// A file that `commit` puts in place.
    public init(commit: @escaping @Sendable () throws -> Void) {
        put = commit
    }

    /// Puts the file in place.
    public func commit() throws {
        try put()
    }
}

/// The whole report: `report.md` with every section, each section's own Markdown, and its CSVs.
public struct Report: Sendable {
    public var context: ReportContext
    public var sections: [any ReportSection]

    public init(context: ReportContext, sections: [any ReportSection]) {
        self.context = context
        self.sections = sections
    }

    /// Writes every file to `destination`, calling `written` with each name in file order (`report.md`, then
    /// each section's Markdown and CSVs) once they are written. The Markdown files are written first; then the
    /// CSVs, as many at once as the machine has cores, each thread taking the next table as it finishes one, the
    /// largest first (the tables range from a few lines to hundreds of megabytes), each streamed as it renders, so
    /// a report of a large estate never holds a whole table's text. Tables `staging` rendered ahead (or is
    /// rendering) are taken from it, once the rest are written, and put in place then.
    ///
    /// - Throws: The error of the first table, in file order, that failed (for the Markdown, the first error
    ///   `destination` throws). A Markdown file that cannot be written stops the report
    ///   before any CSV is put in place. Once a CSV fails no further table is started, though tables already under
    ///   way beside it finish, and no staged table is put in place. `written` is never called for a file at or
    ///   after the first table, in file order, that failed or was left unstarted.
    public func write(
        to destination: some ReportDestination, staging: TableStaging? = nil, written: (String) -> Void
    ) throws {
        try write(
            to: destination, staging: staging, threads: ProcessInfo.processInfo.activeProcessorCount,
            written: written)
    }

    /// ``write(to:staging:written:)`` with the CSVs written by at most `threads` threads at once.
    func write(
        to destination: some ReportDestination, staging: TableStaging? = nil, threads: Int,
        written: (String) -> Void
    ) throws {
        do {
            try write(to: destination, staging: staging, threads: threads, written: written, pending: pending())
        } catch {
            staging?.abandon()
            throw error
        }
    }

    private func write(
        to destination: some ReportDestination, staging: TableStaging?, threads: Int, written: (String) -> Void,
        pending: [PendingFile]
    ) throws {
        for file in pending {
            if case .ready(let file) = file { try destination.write(file) }
        }
        let tables = pending.compactMap(\.table)
        let order = Self.startingOrder(tables)
        let next = Atomic<Int>(0)
        let failed = Atomic<Bool>(false)
        // Every claimed table is written; the results are nil for those left unstarted after a failure.
        let results = Mutex([Result<Void, any Error>?](repeating: nil, count: tables.count))
        // Tables rendered ahead, by position: taken once the rest are written.
        let ahead = Mutex([(index: Int, take: @Sendable () -> Result<StagedFile, any Error>)]())
        DispatchQueue.concurrentPerform(iterations: min(tables.count, max(1, threads))) {
            _ in
            while !failed.load(ordering: .acquiring) {
                let claim = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard claim < order.count else { return }
                let index = order[claim]
                let name = tables[index].fileName
                if case .staged(let take) = staging?.claim(name) {
                    ahead.withLock { $0.append((index, take)) }
                    continue
                }
                let result = Result { try destination.stage(tables[index], as: name).commit() }
                if case .failure = result { failed.store(true, ordering: .releasing) }
                results.withLock { $0[index] = result }
            }
        }
        // Tables rendered ahead are put in place last: any still under way is waited for once every other is written.
        for (index, take) in ahead.withLock({ $0 }).sorted(by: { $0.index < $1.index }) {
            let staged = take()
            guard !failed.load(ordering: .acquiring) else { continue }
            let result = Result { try staged.get().commit() }
            if case .failure = result { failed.store(true, ordering: .releasing) }
            results.withLock { $0[index] = result }
        }
        let outcomes = results.withLock { $0 }
        // A table left unstarted reports the first failure in file order (one failure stopped the rest).
        let failure = outcomes.lazy.compactMap { outcome -> (any Error)? in
            if case .failure(let error) = outcome { error } else { nil }
        }.first
        var table = 0
        for file in pending {
            switch file {
            case .ready(let file):
                written(file.name)
            case .table(let csv):
                defer { table += 1 }
                guard let outcome = outcomes[table] else {
                    guard let failure else { preconditionFailure("a table was left unstarted, yet none failed") }
                    throw failure
                }
                try outcome.get()
                written(csv.fileName)
            }
        }
    }

    /// The positions of `tables` in the order they are started: largest first, tables alike in size in file order.
    static func startingOrder(_ tables: [ReportCSV]) -> [Int] {
        tables.indices.sorted { (tables[$0].rows, $1) > (tables[$1].rows, $0) }
    }

    /// The Markdown files, rendered (sections side by side), and the CSVs still to render, in order.
    private func pending() -> [PendingFile] {
        let organisation = context.policy.organisation ?? context.estate.snapshot.organisation ?? "the estate"
        var main = "# ICT estate report: \(Markdown.escape(organisation))\n\n"
        main += "As of **\(context.asOf)**, from snapshot \(context.estate.snapshot.id) "
        main += "taken on \(context.estate.snapshot.takenOn). Generated by Estate.\n\n"
        main += "## Contents\n\n"
        for section in sections { main += "- [\(section.title)](#\(Self.anchor(section.title)))\n" }
        main += "\n"
        let bodies = sections.parallelMap { $0.markdown() }
        for body in bodies { main += body + "\n" }
        var pending: [PendingFile] = [.ready(ReportFile(name: "report.md", contents: main))]
        for (section, markdown) in zip(sections, bodies) {
            pending.append(
                .ready(
                    ReportFile(
                        name: "\(section.id).md", contents: "# \(Markdown.escape(organisation))\n\n" + markdown)))
            pending += section.csvFiles.map { .table($0) }
        }
        return pending
    }

    /// A file ready to write, or a table to render into one.
    private enum PendingFile {
        case ready(ReportFile)
        case table(ReportCSV)

        var table: ReportCSV? {
            if case .table(let table) = self { table } else { nil }
        }
    }

    /// GitHub's heading anchor: lower-case, spaces to hyphens, punctuation dropped.
    static func anchor(_ title: String) -> String {
        var out = ""
        for character in title.lowercased() {
            if character == " " {
                out.append("-")
            } else if character.isLetter || character.isNumber || character == "-" {
                out.append(character)
            }
        }
        return out
    }
}
