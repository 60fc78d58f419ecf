/// The annual strategy review pack: Markdown fit for a committee paper, and the CSVs of its appendix.
///
/// `estate review` writes it as `review.md` with `review-*.csv` beside it.
public struct ReviewSection: ReportSection {
    public let id = "review"
    public var title: String {
        "Annual ICT strategy review \(pack.year)"
            + (organisationName.map { ": \($0)" } ?? "")
    }
    public let pack: ReviewPack

    public init(pack: ReviewPack) {
        self.pack = pack
    }

    var organisationName: String? {
        pack.current.estate.snapshot.organisation ?? pack.current.policy.organisation
    }

    public var tables: [(name: String, table: Table)] {
        appendix.map { ($0.csv.name, $0.make()) }
    }

    /// As ``tables``, each made only when its turn comes; the actions (up to one row per asset) are written
    /// straight to CSV text.
    public var csvFiles: [ReportCSV] { appendix.map(\.csv) }

    /// One table of the appendix: how to make it, and its CSV file.
    private typealias AppendixTable = (make: @Sendable () -> Table, csv: ReportCSV)

    /// The appendix's tables, in order.
    private var appendix: [AppendixTable] {
        let pack = pack
        func table(_ name: String, _ make: @escaping @Sendable () -> Table) -> AppendixTable {
            (make, ReportCSV(name: name, table: make))
        }
        let actions = pack.actions
        var tables: [AppendixTable] = [
            table("review-headlines") { ReviewTables.headlines(pack.history) },
            (
                { ReviewTables.actions(actions) },
                ReportCSV(name: "review-actions", columns: ReviewTables.actionColumns.map(\.key)) {
                    ReviewTables.actions(actions, into: &$0)
                }
            ),
            table("review-risks") { ReviewTables.risks(pack.risks) },
            table("review-storage") { ReviewTables.storage(pack.storage) },
        ]
        if let diff = pack.diff {
            tables.append(table("review-progress") { ReviewTables.progress(pack.progress) })
            tables.append(table("review-changes") { ReviewTables.changes(diff) })
        }
        if !pack.organisations.isEmpty {
            tables.append(table("review-organisations") { ReviewTables.headlines(pack.organisations) })
            tables.append(
                table("review-shared-services") {
                    ReviewTables.sharedServices(pack.sharedServices, asOf: pack.current.asOf)
                })
        }
        return tables
    }

    public func markdown() -> String {
        ReviewNarrative(pack: pack, title: title, files: appendix.map(\.csv.fileName)).markdown()
    }
}
