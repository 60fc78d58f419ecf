/// Finds the next move for one over-budget year, in the order ``FinancePlanner/smooth(baseline:budget:budgetBasis:)``
/// documents: the nearest earlier year with room and the oldest refresh that fits it, else the least critical
/// refresh (then the one with the least room to move) that fits the nearest later year with room.
///
/// Refreshes of one class, cycle and price (and no share freed by a migration) whose first refresh falls in the
/// year change the plan identically when moved to the same date, so a move is tried once per kind: the first
/// refresh of each kind whose date limits allow it stands for the rest.
struct FinanceSmoothingSearch {
    let year: Int
    private var forward: [FinanceSmoothingQueue]
    private var later: [FinanceSmoothingQueue]
    /// Each candidate's kind and its positions in that kind's two queues.
    private var places: [Int: (kind: Int, forward: Int, later: Int)]

    /// A kind of refresh: moves of any two refreshes of one kind in the same year change the plan alike.
    private struct Kind: Hashable {
        var classIndex: Int
        var cycleYears: Int
        var unitCost: Money
        /// The item itself when a migration frees a share of it (its cost then depends on the date), else -1.
        var item: Int
    }

    /// - Parameters:
    ///   - candidates: the items whose first refresh (`first`) falls in `year` and counts as capital.
    init(
        year: Int, candidates: [Int], first: [LocalDate], columns: FinanceSmoothingItems, planner: FinancePlanner
    ) {
        self.year = year
        let items = planner.items
        let firstDays = first.map(\.daysSinceEpoch)
        let oldestFirst = candidates.sorted {
            firstDays[$0] != firstDays[$1] ? firstDays[$0] < firstDays[$1] : items[$0].assetId < items[$1].assetId
        }
        let leastCriticalFirst = candidates.sorted { lhs, rhs in
            let ra = columns.criticalityRank[lhs]
            let rb = columns.criticalityRank[rhs]
            if ra != rb { return ra < rb }
            if columns.latestDay[lhs] != columns.latestDay[rhs] {
                return columns.latestDay[lhs] < columns.latestDay[rhs]
            }
            return items[lhs].assetId < items[rhs].assetId
        }
        var kinds: [Kind: Int] = [:]
        var kindOf: [Int: Int] = [:]
        for index in candidates {
            let kind = Kind(
                classIndex: columns.classIndex[index], cycleYears: columns.cycleYears[index],
                unitCost: columns.unitCost[index], item: columns.hasCuts[index] ? index : -1)
            if let known = kinds[kind] {
                kindOf[index] = known
            } else {
                kindOf[index] = kinds.count
                kinds[kind] = kinds.count
            }
        }
        var places: [Int: (kind: Int, forward: Int, later: Int)] = [:]
        func queues(_ order: [Int], key: (Int) -> Int, record: (Int, Int, Int) -> Void) -> [FinanceSmoothingQueue] {
            var members = [[Int]](repeating: [], count: kinds.count)
            var ranks = [[Int]](repeating: [], count: kinds.count)
            var keys = [[Int]](repeating: [], count: kinds.count)
            for (rank, index) in order.enumerated() {
                let kind = kindOf[index] ?? 0
                record(index, kind, members[kind].count)
                members[kind].append(index)
                ranks[kind].append(rank)
                keys[kind].append(key(index))
            }
            return members.indices.map {
                FinanceSmoothingQueue(members: members[$0], ranks: ranks[$0], keys: keys[$0])
            }
        }
        forward = queues(oldestFirst, key: { columns.earliestDay[$0] }) { index, kind, position in
            places[index] = (kind, position, 0)
        }
        later = queues(leastCriticalFirst, key: { -columns.latestDay[$0] }) { index, _, position in
            places[index]?.later = position
        }
        self.places = places
    }

    /// The oldest refresh that can be brought forward into the nearest earlier year with room, and that year.
    /// On success the ledger holds the move's change, ready for ``FinanceSmoothingLedger/applyLastChange()``.
    func bringForward(
        ledger: inout FinanceSmoothingLedger, first: [LocalDate], budget: Money, columns: FinanceSmoothingItems,
        planner: FinancePlanner
    ) -> (index: Int, target: Int)? {
        for target in stride(from: year - 1, through: 0, by: -1) where ledger.capital[target] < budget {
            let date = planner.years[target].lastDay
            var found: [(rank: Int, index: Int)] = []
            for queue in forward {
                guard let position = queue.first(keyAtMost: date.daysSinceEpoch) else { continue }
                found.append((queue.ranks[position], queue.members[position]))
            }
            found.sort { $0.rank < $1.rank }
            for (_, index) in found
            where ledger.evaluate(
                columns, index, from: first[index], to: date, year: year, budget: budget, planner: planner)
            {
                return (index, target)
            }
        }
        return nil
    }

    /// The least critical refresh (then the one with the least room to move) that can be deferred into a later
    /// year with room, and the nearest such year within its limit. On success the ledger holds the move's change.
    func deferral(
        ledger: inout FinanceSmoothingLedger, first: [LocalDate], budget: Money, columns: FinanceSmoothingItems,
        planner: FinancePlanner
    ) -> (index: Int, target: Int)? {
        let years = planner.years
        let rooms = (year + 1..<max(year + 1, years.count)).filter { ledger.capital[$0] < budget }
        guard let nearest = rooms.first else { return nil }
        var bounds: [(rank: Int, kind: Int)] = []
        for (kind, queue) in later.enumerated() {
            guard let position = queue.first(keyAtMost: -years[nearest].firstDay.daysSinceEpoch) else { continue }
            bounds.append((queue.ranks[position], kind))
        }
        bounds.sort { $0.rank < $1.rank }
        var best: (rank: Int, index: Int, target: Int)?
        for bound in bounds {
            if let best, best.rank < bound.rank { break }
            let queue = later[bound.kind]
            guard let stand = queue.firstQueued().map({ queue.members[$0] }) else { continue }
            for target in rooms {
                let date = years[target].firstDay
                // No refresh of this kind may go as late as this year, nor any later one.
                guard let position = queue.first(keyAtMost: -date.daysSinceEpoch) else { break }
                if let best, best.rank < queue.ranks[position] { break }
                if ledger.evaluate(
                    columns, stand, from: first[stand], to: date, year: year, budget: budget, planner: planner)
                {
                    best = (queue.ranks[position], queue.members[position], target)
                    break
                }
            }
        }
        guard let best else { return nil }
        let date = years[best.target].firstDay
        guard
            ledger.evaluate(
                columns, best.index, from: first[best.index], to: date, year: year, budget: budget, planner: planner)
        else { return nil }
        return (best.index, best.target)
    }

    /// Takes a refresh that moved out of the year out of both queues.
    mutating func remove(_ index: Int) {
        guard let place = places[index] else { return }
        forward[place.kind].remove(at: place.forward)
        later[place.kind].remove(at: place.later)
    }
}
