import Foundation

extension FinancePlanner {
    /// A plan and the capital purchases in it.
    struct PlanResult: Sendable {
        var plan: FinancePlan
        var purchases: [CapitalPurchase]
    }

    /// Why a refresh purchase falls in its year, as the line's basis begins.
    enum PurchaseTag: Int, Hashable, Comparable {
        case due, overdue, forced, again, broughtForward, deferred

        static func < (lhs: PurchaseTag, rhs: PurchaseTag) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One refresh purchase in a plan, held in 24 bytes (a large estate's plan makes millions): the item, its
    /// class (index into `AssetClass.allCases`), its year (index into the plan's years, nil outside them), date,
    /// cost and tag.
    struct RefreshPurchase {
        var cost: Money
        var date: LocalDate
        private var itemPosition: Int32
        private var yearIndex: Int16
        private var classPosition: UInt8
        var tag: PurchaseTag

        init(item: Int, classIndex: Int, year: Int?, date: LocalDate, cost: Money, tag: PurchaseTag) {
            self.cost = cost
            self.date = date
            itemPosition = Int32(item)
            yearIndex = Int16(year ?? -1)
            classPosition = UInt8(classIndex)
            self.tag = tag
        }

        var item: Int { Int(itemPosition) }
        var classIndex: Int { Int(classPosition) }
        var year: Int? { yearIndex < 0 ? nil : Int(yearIndex) }
    }

    struct RefreshGroup: Hashable {
        var year: Int
        var assetClass: AssetClass
        var tag: PurchaseTag
        var capital: Bool
    }

    /// The plan with each item's first refresh on `firstDates[i]` (in the order of ``items``); `moves[i]` says
    /// whether smoothing moved it from its planned date.
    ///
    /// - Complexity: O(*n* × *g*) for *n* items refreshed up to *g* times in the plan, plus sorting each line's ids.
    func plan(firstDates: [LocalDate], moves: [FinanceMoveKind?]) -> PlanResult {
        var lines = fixedLines
        var purchases = fixedPurchases
        let classes = AssetClass.allCases
        var classIndex: [AssetClass: Int] = [:]
        for (offset, assetClass) in classes.enumerated() { classIndex[assetClass] = offset }
        let isLeased = classes.map { leased.contains($0) }
        let tags = 6
        let end = context.horizonEnd
        // Room for every purchase is made at once, so the list (millions for a large estate) is not copied as it
        // doubles: an item first refreshed in year y on a c-year cycle is bought at most (end − y) ÷ c + 1 times.
        var bound = 0
        for index in items.indices {
            bound += max(0, (end.year - firstDates[index].year) / max(1, items[index].cycleYears) + 1)
        }
        var bought: [RefreshPurchase] = []
        bought.reserveCapacity(bound)
        var programmes = [[Money]](repeating: [Money](repeating: .zero, count: classes.count), count: years.count)
        for index in items.indices {
            let assetClass = items[index].assetClass
            let position = classIndex[assetClass] ?? 0
            let cycle = items[index].cycleYears
            let cheap = cuts[index] == nil
            let unitCost = items[index].unitCost
            let firstTag: PurchaseTag
            if let move = moves[index] {
                firstTag = move == .deferred ? .deferred : .broughtForward
            } else {
                switch items[index].rule {
                case .due: firstTag = .due
                case .overdue: firstTag = .overdue
                case .forced: firstTag = .forced
                }
            }
            var date = firstDates[index]
            var generation = 0
            while date <= end {
                let cost = cheap ? unitCost : self.cost(index, on: date)
                let year = yearIndex(date)
                bought.append(
                    RefreshPurchase(
                        item: index, classIndex: position, year: year, date: date, cost: cost,
                        tag: generation > 0 ? .again : firstTag))
                if let year, !isLeased[position] { programmes[year][position] += cost }
                generation += 1
                date = date.adding(years: cycle)
            }
        }
        // Groups by year, class, tag and whether capital, in one flat array.
        func slot(_ year: Int, _ position: Int, _ tag: PurchaseTag, _ capital: Bool) -> Int {
            ((year * classes.count + position) * tags + tag.rawValue) * 2 + (capital ? 1 : 0)
        }
        // Each group's members are laid out side by side in one list, in the order bought (a counting sort by
        // group), rather than each group growing a list of its own.
        let slotCount = years.count * classes.count * tags * 2
        var slots = [Int32](repeating: -1, count: bought.count)
        var starts = [Int](repeating: 0, count: slotCount + 1)
        var leasedPurchases: [(item: Int, date: LocalDate, cost: Money)] = []
        let perProgramme = policy.finance.capitalisationBasis == .programme
        for index in bought.indices {
            let purchase = bought[index]
            let classIndex = purchase.classIndex
            if isLeased[classIndex] {
                leasedPurchases.append((purchase.item, purchase.date, purchase.cost))
                continue
            }
            guard let year = purchase.year else { continue }
            let capital = perProgramme ? isCapital(programmes[year][classIndex]) : isCapital(purchase.cost)
            let group = slot(year, classIndex, purchase.tag, capital)
            slots[index] = Int32(group)
            starts[group + 1] += 1
            if capital {
                purchases.append(
                    CapitalPurchase(
                        date: purchase.date, amount: purchase.cost, group: classes[classIndex].rawValue,
                        lifeYears: items[purchase.item].cycleYears))
            }
        }
        for group in 0..<slotCount { starts[group + 1] += starts[group] }
        var members = [(item: Int, cost: Money)](repeating: (0, .zero), count: starts[slotCount])
        var next = Array(starts.dropLast())
        for index in bought.indices where slots[index] >= 0 {
            let group = Int(slots[index])
            members[next[group]] = (bought[index].item, bought[index].cost)
            next[group] += 1
        }
        _ = consume bought
        _ = consume slots
        for year in years.indices {
            for position in classes.indices {
                for tag in 0..<tags {
                    for capital in [false, true] {
                        guard let tag = PurchaseTag(rawValue: tag) else { continue }
                        let group = slot(year, position, tag, capital)
                        guard starts[group] < starts[group + 1] else { continue }
                        lines.append(
                            refreshLine(
                                RefreshGroup(year: year, assetClass: classes[position], tag: tag, capital: capital),
                                members: members[starts[group]..<starts[group + 1]],
                                programme: programmes[year][position]))
                    }
                }
            }
        }
        let lease = leaseLines(leasedPurchases)
        lines += lease.lines
        purchases += lease.purchases
        // Extended support only looks up the refreshes of assets with paid extended support.
        let exposed = Set(context.exposures.compactMap(\.assetId))
        var refreshDate: [String: LocalDate] = [:]
        if !exposed.isEmpty {
            for index in items.indices where exposed.contains(items[index].assetId) {
                refreshDate[items[index].assetId] = firstDates[index]
            }
        }
        lines += extendedSupportLines(refreshDate: refreshDate)
        lines += movedLines(firstDates: firstDates, moves: moves)
        return PlanResult(plan: FinancePlan(years: years, lines: lines), purchases: purchases)
    }

    func refreshLine(
        _ group: RefreshGroup, members: ArraySlice<(item: Int, cost: Money)>, programme: Money?
    ) -> FinanceLine {
        let year = years[group.year]
        let first = members[members.startIndex]
        let sample = items[first.item]
        let amount = members.reduce(Money.zero) { $0 + $1.cost }
        let gross = sample.unitCost * members.count
        let why: String
        switch group.tag {
        case .due:
            why = "refresh due by age: purchase date + \(sample.cycleYears)-year cycle (policy refresh_cycle_years)"
        case .overdue: why = "overdue refresh (due before the as-of date \(context.asOf)): placed on the as-of date"
        case .forced:
            why =
                "forced refresh: cannot run a supported version of its operating system; replaced by its last day of support"
        case .again:
            why =
                "a replacement bought in the plan reaches its \(sample.cycleYears)-year cycle (policy refresh_cycle_years)"
        case .broughtForward: why = "brought forward by smoothing (finance-moves)"
        case .deferred: why = "deferred by smoothing (finance-moves)"
        }
        var basis =
            "\(why); \(members.count) × \(sample.unitCost.wholePounds) (policy finance_replacement_cost\(estimate("finance_replacement_cost")))"
        if gross != amount {
            basis += ", less \((gross - amount).wholePounds) for the shares of servers freed by planned migrations"
        }
        let type = group.capital ? "capital" : "revenue"
        switch policy.finance.capitalisationBasis {
        case .programme:
            let total = programme ?? amount
            basis +=
                "; \(type): the \(year) \(sample.assetClass.rawValue) programme of \(total.wholePounds) is \(thresholdText(total)), per programme (policy finance_capitalisation_basis)"
        case .item:
            basis +=
                "; \(type): each item is \(thresholdText(first.cost)), per item (policy finance_capitalisation_basis)"
        }
        let ids = members.map { items[$0.item].assetId }
        var line = FinanceLine(
            year: year, type: group.capital ? .capital : .revenue, category: .refresh(of: sample.assetClass),
            amount: amount, drivers: "\(FinanceText.count(members.count, sample.assetClass)): \(FinanceText.ids(ids))",
            basis: basis)
        line.rank = (AssetClass.allCases.firstIndex(of: sample.assetClass) ?? 0) * 10 + group.tag.rawValue
        return line
    }
}
