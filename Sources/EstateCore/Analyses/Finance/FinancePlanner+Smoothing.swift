import Foundation

extension FinancePlanner {
    /// Smooths `baseline` under `budget`, year by year from the first: while a year's capital is over budget,
    /// bring one of its refreshes forward into the nearest earlier year with room (oldest first), else defer one
    /// into the nearest later year with room (least critical first, then the one with the least room to move,
    /// so refreshes held by an end of support take the nearer years). A move never makes another
    /// year exceed the budget, never goes before a refresh's ``FinanceRefreshItem/earliest`` or after its
    /// ``FinanceRefreshItem/latest``, and takes the replacement's later refreshes with it.
    ///
    /// - Complexity: O(*n* log *n* + *m* × *k* × *y* × (*y* + log *n*)) for *m* moves of *n* refreshes of *k* kinds
    ///   (class, cycle and price) over *y* years.
    /// Returns the smoothed plan's capital purchases with it, for its depreciation.
    func smooth(
        baseline: FinancePlan, budget: Money, budgetBasis: String
    ) -> (smoothing: FinanceSmoothing, purchases: [CapitalPurchase]) {
        let columns = FinanceSmoothingItems(items, hasCuts: items.indices.map { cuts[$0] != nil })
        var ledger = FinanceSmoothingLedger(capital: baseline.capitalByYear, classes: AssetClass.allCases.count)
        var first = items.map(\.plannedDate)
        for (index, item) in items.enumerated() where !leased.contains(item.assetClass) {
            for date in item.refreshDates(from: item.plannedDate, through: context.horizonEnd) {
                guard let year = yearIndex(date) else { continue }
                ledger.addToProgramme(year: year, classIndex: columns.classIndex[index], amount: cost(index, on: date))
            }
        }
        var reasons: [Int: [String]] = [:]
        var byYear = [[Int]](repeating: [], count: years.count)
        for index in items.indices where countsAsCapital(index) {
            if let year = yearIndex(first[index]) { byYear[year].append(index) }
        }
        var shortfalls: [FinanceShortfall] = []
        var moved = [Bool](repeating: false, count: items.count)
        for year in years.indices where ledger.capital[year] > budget {
            var candidates = byYear[year]
            var search = FinanceSmoothingSearch(
                year: year, candidates: candidates, first: first, columns: columns, planner: self)
            var movedHere: [Int] = []
            while ledger.capital[year] > budget {
                let over = ledger.capital[year] - budget
                let text: String
                let move: (index: Int, target: Int)
                if let found = search.bringForward(
                    ledger: &ledger, first: first, budget: budget, columns: columns, planner: self)
                {
                    move = found
                    first[move.index] = years[move.target].lastDay
                    text = "brought forward into"
                } else if let found = search.deferral(
                    ledger: &ledger, first: first, budget: budget, columns: columns, planner: self)
                {
                    move = found
                    first[move.index] = years[move.target].firstDay
                    byYear[move.target].append(move.index)
                    text = "deferred into"
                } else {
                    let stuck = candidates.filter { !moved[$0] }
                    shortfalls.append(
                        FinanceShortfall(
                            year: years[year], capital: ledger.capital[year], budget: budget,
                            reason: shortfallReason(year: year, stuck: stuck, first: first, capital: ledger.capital)))
                    break
                }
                ledger.applyLastChange()
                reasons[move.index, default: []].append(
                    "\(years[year]) capital was \(over.wholePounds) over the budget: \(text) \(years[move.target]), which had room"
                )
                moved[move.index] = true
                movedHere.append(move.index)
                search.remove(move.index)
            }
            candidates.removeAll { moved[$0] }
            for index in movedHere { moved[index] = false }
            byYear[year] = candidates
        }
        let moves = items.indices.map { index -> FinanceMoveKind? in
            first[index] == items[index].plannedDate
                ? nil : first[index] > items[index].plannedDate ? .deferred : .broughtForward
        }
        let result = plan(firstDates: first, moves: moves)
        var exposures: [String: [FinanceContext.ExtendedSupportExposure]] = [:]
        for exposure in context.exposures {
            if let assetId = exposure.assetId { exposures[assetId, default: []].append(exposure) }
        }
        var records: [FinanceMove] = []
        for (index, item) in items.enumerated() {
            guard let kind = moves[index] else { continue }
            records.append(
                FinanceMove(
                    assetId: item.assetId, name: item.name, assetClass: item.assetClass, kind: kind,
                    from: item.plannedDate, to: first[index], cost: cost(index, on: first[index]),
                    reason: (reasons[index] ?? []).joined(separator: "; then "), limit: item.latestReason,
                    extraEnergy: FinanceMath.money(
                        energyChange(item, moved: first[index]).reduce(0, +) * policy.energyPricePerKWh),
                    extraSupport: extraSupport(item, moved: first[index], exposures: exposures[item.assetId] ?? [])))
        }
        records.sort { ($0.from, $0.assetId) < ($1.from, $1.assetId) }
        let deferred = records.filter { $0.kind == .deferred }
        let risk = FinanceRisk(
            assetsBeyondLife: deferred.count, daysBeyondLife: deferred.reduce(0) { $0 + $1.days },
            extraEnergy: records.reduce(.zero) { $0 + $1.extraEnergy },
            extraSupport: records.reduce(.zero) { $0 + $1.extraSupport })
        let smoothing = FinanceSmoothing(
            budget: budget, budgetBasis: budgetBasis, plan: result.plan, moves: records, shortfalls: shortfalls,
            spikes: FinanceSpike.spikes(in: result.plan, fraction: policy.finance.spikeFraction), risk: risk)
        return (smoothing, result.purchases)
    }

    /// Whether an item's refreshes count against the capital budget (smoothing moves only those).
    func countsAsCapital(_ index: Int) -> Bool {
        let item = items[index]
        guard !leased.contains(item.assetClass) else { return false }
        return policy.finance.capitalisationBasis == .programme || isCapital(cost(index, on: item.plannedDate))
    }

    /// Post-warranty support while deferred, and the change in extended-support fees, of refreshing on `moved`
    /// (`exposures` are the item's own paid extended-support periods).
    func extraSupport(
        _ item: FinanceRefreshItem, moved: LocalDate, exposures: [FinanceContext.ExtendedSupportExposure]
    ) -> Money {
        var total = Money.zero
        if moved > item.plannedDate {
            total += maintenance(item, from: item.plannedDate, to: moved).reduce(.zero, +)
        }
        for exposure in exposures {
            let fee = policy.finance.extendedSupportFee(of: exposure.assetClass)
            let before = spread(
                fee, from: exposure.from, until: max(exposure.from, min(exposure.until, item.plannedDate)))
            let after = spread(fee, from: exposure.from, until: max(exposure.from, min(exposure.until, moved)))
            total += after.reduce(.zero, +) - before.reduce(.zero, +)
        }
        return total
    }

    /// Why a year stays over budget: what holds its remaining refreshes, and its fixed capital.
    func shortfallReason(year: Int, stuck: [Int], first: [LocalDate], capital: [Money]) -> String {
        var forced = 0
        var security = 0
        var limited = 0
        var noRoom = 0
        for index in stuck {
            let item = items[index]
            let canDefer = item.latest >= years[min(year + 1, years.count - 1)].firstDay && year + 1 < years.count
            if item.latestReason.hasPrefix("forced") && !canDefer {
                forced += 1
            } else if item.latestReason.hasPrefix("security") && !canDefer {
                security += 1
            } else if !canDefer {
                limited += 1
            } else {
                noRoom += 1
            }
        }
        var parts: [String] = []
        if forced > 0 { parts.append("\(forced) forced by end of support") }
        if security > 0 { parts.append("\(security) held by a security end of support") }
        if limited > 0 {
            parts.append(
                "\(limited) at the deferral limit (policy finance_max_deferral_years) or the end of the plan")
        }
        if noRoom > 0 {
            parts.append(
                "\(noRoom) with no year within their limits that has room, or whose move would leave part of a capital programme below the threshold"
            )
        }
        let refreshes = stuck.reduce(Money.zero) { $0 + cost($1, on: first[$1]) }
        let fixed = capital[year] - refreshes
        var text =
            parts.isEmpty ? "no refreshes left to move" : "refreshes that cannot move: " + parts.joined(separator: ", ")
        if fixed > .zero {
            text +=
                "; \(fixed.wholePounds) of the year's capital is not a first refresh that could move (system replacements, migrations, right-of-use leases, refreshes of replacements, refreshes moved in)"
        }
        return text
    }
}
