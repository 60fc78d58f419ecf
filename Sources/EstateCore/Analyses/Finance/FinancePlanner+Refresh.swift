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

    struct RefreshGroup: Hashable {
        var year: Int
        var assetClass: AssetClass
        var tag: PurchaseTag
        var capital: Bool
    }

    /// The plan with each item's first refresh on `firstDates[i]` (in the order of ``items``); `moves[i]` says
    /// whether smoothing moved it from its planned date.
    func plan(firstDates: [LocalDate], moves: [FinanceMoveKind?]) -> PlanResult {
        var lines = fixedLines
        var purchases = fixedPurchases
        var bought: [(item: Int, date: LocalDate, cost: Money, tag: PurchaseTag)] = []
        for (index, item) in items.enumerated() {
            for (generation, date) in item.refreshDates(from: firstDates[index], through: context.horizonEnd)
                .enumerated()
            {
                let tag: PurchaseTag
                if generation > 0 {
                    tag = .again
                } else if let move = moves[index] {
                    tag = move == .deferred ? .deferred : .broughtForward
                } else {
                    switch item.rule {
                    case .due: tag = .due
                    case .overdue: tag = .overdue
                    case .forced: tag = .forced
                    }
                }
                bought.append((index, date, item.cost(on: date), tag))
            }
        }
        var programmes: [Int: [AssetClass: Money]] = [:]
        for purchase in bought where !leased.contains(items[purchase.item].assetClass) {
            guard let year = yearIndex(purchase.date) else { continue }
            programmes[year, default: [:]][items[purchase.item].assetClass, default: .zero] += purchase.cost
        }
        var groups: [RefreshGroup: [(item: Int, cost: Money)]] = [:]
        var leasedPurchases: [(item: Int, date: LocalDate, cost: Money)] = []
        for purchase in bought {
            let item = items[purchase.item]
            if leased.contains(item.assetClass) {
                leasedPurchases.append((purchase.item, purchase.date, purchase.cost))
                continue
            }
            guard let year = yearIndex(purchase.date) else { continue }
            let capital =
                policy.finance.capitalisationBasis == .programme
                ? isCapital(programmes[year]?[item.assetClass] ?? .zero) : isCapital(purchase.cost)
            groups[
                RefreshGroup(year: year, assetClass: item.assetClass, tag: purchase.tag, capital: capital), default: []
            ]
            .append((purchase.item, purchase.cost))
            if capital {
                purchases.append(
                    CapitalPurchase(
                        date: purchase.date, amount: purchase.cost, group: item.assetClass.rawValue,
                        lifeYears: item.cycleYears))
            }
        }
        for (group, members) in groups {
            lines.append(refreshLine(group, members: members, programme: programmes[group.year]?[group.assetClass]))
        }
        let lease = leaseLines(leasedPurchases)
        lines += lease.lines
        purchases += lease.purchases
        var refreshDate: [String: LocalDate] = [:]
        for (index, item) in items.enumerated() { refreshDate[item.assetId] = firstDates[index] }
        lines += extendedSupportLines(refreshDate: refreshDate)
        lines += movedLines(firstDates: firstDates, moves: moves)
        return PlanResult(plan: FinancePlan(years: years, lines: lines), purchases: purchases)
    }

    func refreshLine(_ group: RefreshGroup, members: [(item: Int, cost: Money)], programme: Money?) -> FinanceLine {
        let year = years[group.year]
        let sample = items[members[0].item]
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
                "; \(type): each item is \(thresholdText(members[0].cost)), per item (policy finance_capitalisation_basis)"
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
