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
        appendix.map { ($0.name, $0.make()) }
    }

    /// As ``tables``, each made only when its turn comes; the actions (up to one row per asset) are written
    /// straight to CSV text.
    public var csvFiles: [ReportCSV] {
        let actions = pack.actions
        return appendix.map { name, make in
            name == "review-actions"
                ? ReportCSV(name: name, columns: ReviewTables.actionColumns.map(\.key)) {
                    ReviewTables.actions(actions, into: &$0)
                }
                : ReportCSV(name: name, table: make)
        }
    }

    /// The appendix's tables by name, and how to make each.
    private var appendix: [(name: String, make: @Sendable () -> Table)] {
        let pack = pack
        var tables: [(name: String, make: @Sendable () -> Table)] = [
            ("review-headlines", { ReviewTables.headlines(pack.history) }),
            ("review-actions", { ReviewTables.actions(pack.actions) }),
            ("review-risks", { ReviewTables.risks(pack.risks) }),
            ("review-storage", { ReviewTables.storage(pack.storage) }),
        ]
        if let diff = pack.diff {
            tables.append(("review-progress", { ReviewTables.progress(pack.progress) }))
            tables.append(("review-changes", { ReviewTables.changes(diff) }))
        }
        if !pack.organisations.isEmpty {
            tables.append(("review-organisations", { ReviewTables.headlines(pack.organisations) }))
            tables.append(
                (
                    "review-shared-services",
                    { ReviewTables.sharedServices(pack.sharedServices, asOf: pack.current.asOf) }
                ))
        }
        return tables
    }

    public func markdown() -> String {
        ReviewNarrative(pack: pack, title: title, files: appendix.map { "\($0.name).csv" }).markdown()
    }
}
