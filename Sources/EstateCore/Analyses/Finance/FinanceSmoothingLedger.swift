/// Each planned year's capital and each year's refresh spend by class while smoothing moves refreshes, with the
/// scratch space that works out one move's change without allocating.
///
/// Smoothing asks "what would moving this refresh do?" many times for every move it makes, so the change is
/// worked out into reused arrays indexed by year, and kept there until it is applied or replaced.
struct FinanceSmoothingLedger {
    /// Capital per planned year.
    private(set) var capital: [Money]
    /// Refresh spend per planned year and class (index into `AssetClass.allCases`).
    private(set) var programmes: [[Money]]
    /// The last change worked out: spend per year for the item's class.
    private var spend: [Money]
    /// The last change worked out: capital per year.
    private var delta: [Money]
    /// Years the last change touched.
    private var touched: [Bool]
    /// The class of the last change worked out.
    private var changedClass = 0

    init(capital: [Money], classes: Int) {
        self.capital = capital
        programmes = capital.map { _ in [Money](repeating: .zero, count: classes) }
        spend = capital.map { _ in .zero }
        delta = capital.map { _ in .zero }
        touched = capital.map { _ in false }
    }

    /// Adds a refresh to its year's programme for its class.
    mutating func addToProgramme(year: Int, classIndex: Int, amount: Money) {
        programmes[year][classIndex] += amount
    }

    /// Works out the change to each year's capital of moving an item's first refresh from `from` to `to`
    /// (counting a programme that becomes capital as it grows), and whether it is allowed: it must lower `year`,
    /// must not push another year over `budget`, and must not leave a remainder of a capital programme below the
    /// threshold. The change is kept for ``applyLastChange()``.
    ///
    /// - Complexity: O(*y*) in planned years.
    mutating func evaluate(
        _ item: FinanceSmoothingItems, _ index: Int, from: LocalDate, to: LocalDate, year: Int, budget: Money,
        planner: FinancePlanner
    ) -> Bool {
        for y in capital.indices {
            spend[y] = .zero
            delta[y] = .zero
            touched[y] = false
        }
        let classIndex = item.classIndex[index]
        changedClass = classIndex
        let perItem = planner.policy.finance.capitalisationBasis == .item
        record(item, index, from: from, sign: -1, perItem: perItem, planner: planner)
        record(item, index, from: to, sign: 1, perItem: perItem, planner: planner)
        if !perItem {
            for y in capital.indices where touched[y] {
                let before = programmes[y][classIndex]
                let after = before + spend[y]
                // Never leave part of a capital programme below the threshold: that would only relabel it revenue.
                if planner.isCapital(before) && !planner.isCapital(after) && after > .zero { return false }
                delta[y] = (planner.isCapital(after) ? after : .zero) - (planner.isCapital(before) ? before : .zero)
            }
        }
        guard delta[year] < .zero else { return false }
        for y in capital.indices where y != year && delta[y] > .zero && capital[y] + delta[y] > budget {
            return false
        }
        return true
    }

    /// Applies the change the last successful ``evaluate(_:_:from:to:year:budget:planner:)`` worked out.
    mutating func applyLastChange() {
        for y in capital.indices where touched[y] {
            capital[y] += delta[y]
            programmes[y][changedClass] += spend[y]
        }
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) the refreshes from a first refresh on `from`.
    private mutating func record(
        _ item: FinanceSmoothingItems, _ index: Int, from: LocalDate, sign: Int, perItem: Bool,
        planner: FinancePlanner
    ) {
        let end = planner.context.horizonEnd
        var date = from
        while date <= end {
            if let y = planner.yearIndex(date) {
                let cost = item.cost(index, on: date, planner: planner)
                spend[y] += cost * sign
                touched[y] = true
                if perItem && planner.isCapital(cost) { delta[y] += cost * sign }
            }
            date = date.adding(years: item.cycleYears[index])
        }
    }
}

/// The planner's items in columns smoothing reads in its inner loops: no copies of the wide item values.
struct FinanceSmoothingItems {
    /// Index of each item's class in `AssetClass.allCases`.
    let classIndex: [Int]
    let cycleYears: [Int]
    let unitCost: [Money]
    /// Whether planned migrations free a share of the item (its cost then depends on the date).
    let hasCuts: [Bool]
    /// Day numbers of each item's earliest and latest dates.
    let earliestDay: [Int]
    let latestDay: [Int]
    /// Rank of each item's criticality for deferral: -1 for none, else its place in `Criticality.allCases`.
    let criticalityRank: [Int]

    init(_ items: [FinanceRefreshItem], hasCuts: [Bool]) {
        var position: [AssetClass: Int] = [:]
        for (offset, assetClass) in AssetClass.allCases.enumerated() { position[assetClass] = offset }
        classIndex = items.map { position[$0.assetClass] ?? 0 }
        cycleYears = items.map(\.cycleYears)
        unitCost = items.map(\.unitCost)
        self.hasCuts = hasCuts
        earliestDay = items.map(\.earliest.daysSinceEpoch)
        latestDay = items.map(\.latest.daysSinceEpoch)
        criticalityRank = items.map { item in
            item.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1
        }
    }

    /// What a replacement for item `index` bought on `date` costs (``FinanceRefreshItem/cost(on:)``).
    func cost(_ index: Int, on date: LocalDate, planner: FinancePlanner) -> Money {
        hasCuts[index] ? planner.cost(index, on: date) : unitCost[index]
    }
}
