import Foundation
import Synchronization
import Testing

@testable import EstateCore

/// `Report.write`: Markdown first, then the CSVs largest first, with names reported in file order.
@Suite struct ReportWriteTests {
    /// A section with no Markdown of note and tables of the given sizes, by name.
    struct Section: ReportSection {
        let id = "test"
        let title = "Test"
        var sizes: [(name: String, rows: Int)]
        func markdown() -> String { "## Test\n" }
        var tables: [(name: String, table: Table)] { [] }
        var csvFiles: [ReportCSV] {
            sizes.map { name, rows in
                ReportCSV(name: name, columns: ["row"], rows: rows) { text in
                    for row in 0..<rows {
                        text.append(row)
                        text.endRecord()
                    }
                }
            }
        }
    }

    /// Records the order files are written in; fails on the CSV named `failing`.
    final class Destination: ReportDestination {
        let started = Mutex<[String]>([])
        let failing: String?

        init(failing: String? = nil) { self.failing = failing }

        struct Refused: Error {}

        func write(_ file: ReportFile) throws { started.withLock { $0.append(file.name) } }
        func write(_ csv: ReportCSV, as name: String) throws {
            started.withLock { $0.append(name) }
            if name == failing { throw Refused() }
            var text = CSVText(writer: CSVWriter())
            csv.write(&text)
        }
    }

    func report(_ sizes: [(name: String, rows: Int)]) -> Report {
        let context = ReportContext(
            estate: DebtFixtures.estate(), policy: .defaults, asOf: DebtFixtures.asOf, rejects: [], rejectTotal: 0)
        return Report(context: context, sections: [Section(sizes: sizes)])
    }

    @Test func theLargestTablesAreStartedFirstAndTheirNamesComeInFileOrder() throws {
        let report = report([("small", 1), ("large", 5_000), ("none", 0), ("middle", 300)])
        let destination = Destination()
        var written: [String] = []
        try report.write(to: destination, threads: 1) { written.append($0) }
        let started = destination.started.withLock { $0 }
        #expect(started == ["report.md", "test.md", "large.csv", "middle.csv", "small.csv", "none.csv"])
        #expect(written == ["report.md", "test.md", "small.csv", "large.csv", "none.csv", "middle.csv"])
        // On every core the machine has, the same files are written and named in the same order.
        let everyCore = Destination()
        var named: [String] = []
        try report.write(to: everyCore) { named.append($0) }
        #expect(Set(everyCore.started.withLock { $0 }) == Set(started))
        #expect(named == written)
    }

    @Test func tablesAlikeInSizeStartInFileOrder() {
        let section = Section(sizes: [("a", 0), ("b", 0), ("c", 7), ("d", 0)])
        #expect(Report.startingOrder(section.csvFiles) == [2, 0, 1, 3])
    }

    @Test func aFailedTableStopsTheNamesAtTheFirstTableNotWrittenInFileOrder() throws {
        // One thread: `large` is started first and fails, so `small` and `middle` are never started, and `small`,
        // before `large` in file order, is the first table not written.
        let report = report([("small", 1), ("large", 5_000), ("middle", 300)])
        let destination = Destination(failing: "large.csv")
        var written: [String] = []
        #expect(throws: Destination.Refused.self) {
            try report.write(to: destination, threads: 1) { written.append($0) }
        }
        #expect(destination.started.withLock { $0 } == ["report.md", "test.md", "large.csv"])
        #expect(written == ["report.md", "test.md"])
    }
}
