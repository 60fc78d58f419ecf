import Foundation

/// One in-use physical asset whose refresh falls in the plan: when it is due, why, how far a smoothed plan may
/// move it, and what its replacement costs.
public struct FinanceRefreshItem: Sendable, Hashable {
    /// Why the first refresh falls when it does.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// The purchase date plus the class's refresh cycle falls in the plan.
        case due
        /// Due before the as-of date: placed on the as-of date.
        case overdue
        /// A PC that cannot run a supported version of its operating system: replaced by the last day of support.
        case forced
    }

    /// The asset's id in the inventory.
    public var assetId: String
    /// Hostname, else the asset id.
    public var name: String
    /// Its class, which sets its cycle and price.
    public var assetClass: AssetClass
    /// When it was bought, from the inventory.
    public var purchaseDate: LocalDate?
    /// Purchase date plus the class's refresh cycle; nil when the inventory gave no purchase date.
    public var dueDate: LocalDate?
    /// Why the first refresh falls when it does.
    public var rule: Rule
    /// The first refresh in the baseline plan.
    public var plannedDate: LocalDate
    /// Why it falls on ``plannedDate``, with the rule and policy value.
    public var reason: String
    /// The earliest a smoothed plan may bring it forward to.
    public var earliest: LocalDate
    /// The latest a smoothed plan may defer it to.
    public var latest: LocalDate
    /// What sets ``latest``: a forced upgrade, a security end of support, or the policy's deferral limit.
    public var latestReason: String
    /// Years between refreshes (the class's refresh cycle); a replacement bought in the plan is refreshed again
    /// after this many years when that also falls in the plan.
    public var cycleYears: Int
    /// A like-for-like replacement's price (policy `finance_replacement_cost`).
    public var unitCost: Money
    /// Its warranty end, from the inventory; post-warranty support is charged after it.
    public var warrantyEnd: LocalDate?
    /// The most critical system that runs on it (directly or in a virtual machine it hosts).
    public var criticality: Criticality?
    /// Shares of the asset freed by planned cloud migrations, each from its cut-over date.
    public var migrationCuts: [MigrationCut]

    /// The share of the asset still needed on `date`, after the migrations cut over by then (0 to 1).
    public func remainingShare(on date: LocalDate) -> Decimal {
        Self.remainingShare(after: migrationCuts, on: date)
    }

    /// The share still needed on `date` after `cuts` that have cut over by then (0 to 1).
    static func remainingShare(after cuts: [MigrationCut], on date: LocalDate) -> Decimal {
        let freed = cuts.filter { $0.date <= date }.reduce(Decimal(0)) { $0 + $1.share }
        return max(0, 1 - freed)
    }

    /// What a replacement bought on `date` costs, net of the shares migrations have freed by then.
    public func cost(on date: LocalDate) -> Money {
        Self.cost(unitCost, after: migrationCuts, on: date)
    }

    /// What a replacement of `unitCost` bought on `date` costs, net of the shares `cuts` have freed by then.
    static func cost(_ unitCost: Money, after cuts: [MigrationCut], on date: LocalDate) -> Money {
        let share = remainingShare(after: cuts, on: date)
        return share == 1 ? unitCost : FinanceMath.times(unitCost, share)
    }

    /// The refresh dates from a first refresh on `first`: every cycle after it, up to `end`.
    public func refreshDates(from first: LocalDate, through end: LocalDate) -> [LocalDate] {
        var dates: [LocalDate] = []
        var date = first
        while date <= end {
            dates.append(date)
            date = date.adding(years: cycleYears)
        }
        return dates
    }
}

/// A share of a physical asset that a planned cloud migration frees from its cut-over date.
public struct MigrationCut: Sendable, Hashable {
    /// The system that migrates.
    public var systemId: String
    /// The cut-over date, from which the share is freed.
    public var date: LocalDate
    /// The fraction of the asset freed, 0 to 1.
    public var share: Decimal
    /// How the share was worked out: `VM00014 8 of 32 vCPUs on the host`.
    public var reason: String
}
