import Foundation

/// Everything the annual strategy review reports, for one organisation and one financial year: the headline
/// figures and their change since the previous snapshot, progress on last year's actions, top risks, this
/// year's actions, storage growth with a forecast, and, with several organisations, the shared-service
/// candidates.
///
/// A pure function of the analysed snapshots; ``ReviewSection`` renders it.
public struct ReviewPack: Sendable {
    /// The year the action plan is for.
    public var year: FinancialYear
    public var current: EstateAnalyses
    /// The snapshot of the previous review (the latest taken before the current one), analysed as of its date.
    public var previous: EstateAnalyses?
    public var headline: HeadlineFigures
    public var previousHeadline: HeadlineFigures?
    /// Every snapshot of the organisation up to the current one, oldest first.
    public var history: [HeadlineFigures]
    public var diff: SnapshotDiff?
    /// The previous year's plan, judged against what changed.
    public var progress: [ActionProgress]
    /// The previous year's plan's year.
    public var previousYear: FinancialYear?
    public var actions: [ReviewAction]
    public var risks: [ReviewRisk]
    public var storage: StorageForecast
    /// The latest figures of every organisation in the database, when there are several.
    public var organisations: [HeadlineFigures]
    public var sharedServices: [SharedServiceCandidate]

    /// Builds the pack. `history` holds the headline figures of earlier snapshots (those of `current` and
    /// `previous` are worked out here); `others` are the other organisations' latest estates and figures.
    public init(
        year: FinancialYear, current: EstateAnalyses, previous: EstateAnalyses?, earlier: [HeadlineFigures] = [],
        others: [(figures: HeadlineFigures, estate: Estate)] = []
    ) {
        self.year = year
        self.current = current
        self.previous = previous
        let headline = HeadlineFigures(current)
        self.headline = headline
        let previousHeadline = previous.map(HeadlineFigures.init)
        self.previousHeadline = previousHeadline
        var history = earlier.filter {
            $0.snapshotId != headline.snapshotId && $0.snapshotId != previousHeadline?.snapshotId
        }
        history += [previousHeadline, headline].compactMap { $0 }
        self.history = history.sorted { ($0.takenOn, $0.snapshotId) < ($1.takenOn, $1.snapshotId) }
        actions = ReviewAction.plan(for: year, analyses: current)
        risks = ReviewRisk.risks(current)
        if let previous {
            let diff = SnapshotDiff(from: previous.estate, to: current.estate)
            self.diff = diff
            let lastYear = previous.policy.financialYear(containing: previous.asOf)
            previousYear = lastYear
            progress = ActionProgress.judge(
                ReviewAction.plan(for: lastYear, analyses: previous), diff: diff, later: current.estate)
        } else {
            diff = nil
            previousYear = nil
            progress = []
        }
        let last = self.history.last?.takenOn ?? current.asOf
        storage = StorageForecast(
            points: self.history.map { StorageForecast.Point(date: $0.takenOn, bytes: $0.storageBytes) },
            forecastAt: (1...3).map { last.adding(years: $0) })
        let name = current.estate.snapshot.organisation ?? current.policy.organisation ?? "this organisation"
        if others.isEmpty {
            organisations = []
            sharedServices = []
        } else {
            organisations = [headline] + others.map(\.figures)
            sharedServices = SharedServiceCandidate.candidates(
                in: [(name, current.estate)]
                    + others.map { ($0.estate.snapshot.organisation ?? "snapshot \($0.estate.snapshot.id)", $0.estate) }
            )
        }
    }

    /// The capital and revenue of the pack's year in the finance plan.
    public var yearMoney: (capital: Money, revenue: Money) {
        let plan = current.finance.baseline
        guard let index = plan.years.firstIndex(of: year) else { return (.zero, .zero) }
        return (plan.capitalByYear[index], plan.revenueByYear[index])
    }
}
