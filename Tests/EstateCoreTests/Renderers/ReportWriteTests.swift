import Dispatch
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

    /// Records the order files are written in, put in place and let go uncommitted; fails on the CSV named
    /// `failing`.
    final class Destination: ReportDestination {
        let started = Mutex<[String]>([])
        let committed = Mutex<[String]>([])
        let dropped = Mutex<[String]>([])
        let failing: String?

        init(failing: String? = nil) { self.failing = failing }

        struct Refused: Error {}

        /// Tells its destination when it is let go.
        final class Leash: Sendable {
            let drop: @Sendable () -> Void
            let isCommitted = Atomic<Bool>(false)
            init(drop: @escaping @Sendable () -> Void) { self.drop = drop }
            deinit { if !isCommitted.load(ordering: .relaxed) { drop() } }
        }

        func write(_ file: ReportFile) throws {
            started.withLock { $0.append(file.name) }
            committed.withLock { $0.append(file.name) }
        }

        func stage(_ csv: ReportCSV, as name: String) throws -> StagedFile {
            started.withLock { $0.append(name) }
            if name == failing { throw Refused() }
            var text = CSVText(writer: CSVWriter())
            csv.write(&text)
            let leash = Leash { [self] in self.dropped.withLock { $0.append(name) } }
            return StagedFile { [self] in
                leash.isCommitted.store(true, ordering: .relaxed)
                self.committed.withLock { $0.append(name) }
            }
        }

        /// Waits (up to ten seconds) until `count` files have been started; whether they were.
        func waitUntilStarted(_ count: Int) -> Bool {
            for _ in 0..<1_000 where started.withLock({ $0.count }) < count { usleep(10_000) }
            return started.withLock { $0.count } >= count
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

    @Test func tablesStagedAheadArePutInPlaceAfterTheMarkdownAndNotRenderedAgain() throws {
        let report = report([("small", 1), ("large", 5_000), ("middle", 300)])
        let destination = Destination()
        let staging = TableStaging(destination: destination)
        let section = Section(sizes: [("large", 5_000), ("small", 1)])
        staging.stage { section.csvFiles }
        try #require(destination.waitUntilStarted(2))
        #expect(destination.committed.withLock { $0 }.isEmpty)
        var written: [String] = []
        try report.write(to: destination, staging: staging, threads: 1) { written.append($0) }
        // Staged ahead, largest first; then the Markdown, and the one table left, rendered by the report.
        #expect(
            destination.started.withLock { $0 } == ["large.csv", "small.csv", "report.md", "test.md", "middle.csv"])
        #expect(
            destination.committed.withLock { $0 } == ["report.md", "test.md", "middle.csv", "small.csv", "large.csv"])
        #expect(written == ["report.md", "test.md", "small.csv", "large.csv", "middle.csv"])
        staging.close()
    }

    @Test func aTableNotYetStartedAheadIsRenderedByTheReportAndNeverAhead() throws {
        let report = report([("small", 1), ("large", 5_000)])
        let destination = Destination()
        let staging = TableStaging(destination: destination)
        let gate = DispatchSemaphore(value: 0)
        // The staging thread waits on the gate (as it would for an analysis) until the report has written all.
        staging.stage {
            gate.wait()
            return report.sections[0].csvFiles
        }
        // A second job tells when the first is done with its tables.
        let done = DispatchSemaphore(value: 0)
        staging.stage {
            done.signal()
            return []
        }
        var written: [String] = []
        try report.write(to: destination, staging: staging, threads: 1) { written.append($0) }
        gate.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        staging.close()
        #expect(destination.started.withLock { $0 } == ["report.md", "test.md", "large.csv", "small.csv"])
        #expect(written == ["report.md", "test.md", "small.csv", "large.csv"])
    }

    @Test func aFailedTableLetsGoOfEveryTableStagedAheadWithoutPuttingItInPlace() throws {
        let report = report([("small", 1), ("large", 5_000)])
        let destination = Destination(failing: "large.csv")
        let staging = TableStaging(destination: destination)
        let section = Section(sizes: [("small", 1)])
        staging.stage { section.csvFiles }
        try #require(destination.waitUntilStarted(1))
        #expect(throws: Destination.Refused.self) {
            try report.write(to: destination, staging: staging, threads: 1) { _ in }
        }
        #expect(destination.committed.withLock { $0 } == ["report.md", "test.md"])
        #expect(destination.dropped.withLock { $0 } == ["small.csv"])
    }

    @Test func anAbandonedStagingStartsNoFurtherTableAndLetsGoOfThoseStaged() throws {
        let destination = Destination()
        let staging = TableStaging(destination: destination)
        let section = Section(sizes: [("small", 1)])
        staging.stage { section.csvFiles }
        try #require(destination.waitUntilStarted(1))
        staging.abandon()
        staging.stage { Section(sizes: [("later", 1)]).csvFiles }
        #expect(destination.dropped.withLock { $0 } == ["small.csv"])
        #expect(destination.started.withLock { $0 } == ["small.csv"])
    }
}
