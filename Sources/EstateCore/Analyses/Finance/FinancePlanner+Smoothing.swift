import Foundation

extension FinancePlanner {
    /// Smooths `baseline` under `budget`, year by year from the first: while a year's capital is over budget,
    /// bring one of its refreshes forward into the nearest earlier year with room (oldest first), else defer one
    /// into the nearest later year with room (least critical first, then the one with the least room to move,
    /// so refreshes held by an end of support take the nearer years). A move never makes another
    /// year exceed the budget, never goes before a refresh's ``FinanceRefreshItem/earliest`` or after its
    /// ``FinanceRefreshItem/latest``, and takes the replacement's later refreshes with it.
    ///
    /// - Complexity: O(*m* × *n* × *y*) for *m* moves of *n* refreshes over *y* years.
    func smooth(baseline: FinancePlan, budget: Money, budgetBasis: String) -> FinanceSmoothing {
        var ledger = Ledger(capital: baseline.capitalByYear, programmes: years.map { _ in [:] })
        var first = items.map(\.plannedDate)
        for item in items where !leased.contains(item.assetClass) {
            for date in item.refreshDates(from: item.plannedDate, through: context.horizonEnd) {
                guard let year = yearIndex(date) else { continue }
                ledger.programmes[year][item.assetClass, default: .zero] += item.cost(on: date)
            }
        }
        var reasons: [Int: [String]] = [:]
        var byYear: [Int: [Int]] = [:]
        for index in items.indices where countsAsCapital(index) {
            if let year = yearIndex(first[index]) { byYear[year, default: []].append(index) }
        }
        var shortfalls: [FinanceShortfall] = []
        for year in years.indices where ledger.capital[year] > budget {
            var candidates = byYear[year] ?? []
            let forward = candidates.sorted { (first[$0], items[$0].assetId) < (first[$1], items[$1].assetId) }
            let later = candidates.sorted { lhs, rhs in
                let a = items[lhs]
                let b = items[rhs]
                let ra = a.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1
                let rb = b.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1
                if ra != rb { return ra < rb }
                if a.latest != b.latest { return a.latest < b.latest }
                return a.assetId < b.assetId
            }
            var moved: Set<Int> = []
            while ledger.capital[year] > budget {
                let over = ledger.capital[year] - budget
                var done = false
                search: for target in stride(from: year - 1, through: 0, by: -1) where ledger.capital[target] < budget {
                    let date = years[target].lastDay
                    for index in forward where !moved.contains(index) && items[index].earliest <= date {
                        guard let delta = change(index, from: first[index], to: date, year: year, ledger, budget)
                        else { continue }
                        ledger.apply(delta, for: items[index].assetClass)
                        reasons[index, default: []].append(
                            "\(years[year]) capital was \(over.wholePounds) over the budget: brought forward into \(years[target]), which had room"
                        )
                        first[index] = date
                        moved.insert(index)
                        done = true
                        break search
                    }
                }
                if !done {
                    search: for index in later where !moved.contains(index) {
                        for target in (year + 1)..<max(year + 1, years.count) where ledger.capital[target] < budget {
                            let date = years[target].firstDay
                            guard items[index].latest >= date else { break }
                            guard let delta = change(index, from: first[index], to: date, year: year, ledger, budget)
                            else { continue }
                            ledger.apply(delta, for: items[index].assetClass)
                            reasons[index, default: []].append(
                                "\(years[year]) capital was \(over.wholePounds) over the budget: deferred into \(years[target]), which had room"
                            )
                            first[index] = date
                            moved.insert(index)
                            byYear[target, default: []].append(index)
                            done = true
                            break search
                        }
                    }
                }
                if !done {
                    let stuck = candidates.filter { !moved.contains($0) }
                    shortfalls.append(
                        FinanceShortfall(
                            year: years[year], capital: ledger.capital[year], budget: budget,
                            reason: shortfallReason(year: year, stuck: stuck, first: first, capital: ledger.capital)))
                    break
                }
            }
            candidates.removeAll { moved.contains($0) }
            byYear[year] = candidates
        }
        let moves = items.indices.map { index -> FinanceMoveKind? in
            first[index] == items[index].plannedDate
                ? nil : first[index] > items[index].plannedDate ? .deferred : .broughtForward
        }
        let result = plan(firstDates: first, moves: moves)
        var records: [FinanceMove] = []
        for (index, item) in items.enumerated() {
            guard let kind = moves[index] else { continue }
            records.append(
                FinanceMove(
                    assetId: item.assetId, name: item.name, assetClass: item.assetClass, kind: kind,
                    from: item.plannedDate, to: first[index], cost: item.cost(on: first[index]),
                    reason: (reasons[index] ?? []).joined(separator: "; then "), limit: item.latestReason,
                    extraEnergy: FinanceMath.money(
                        energyChange(item, moved: first[index]).reduce(0, +) * policy.energyPricePerKWh),
                    extraSupport: extraSupport(item, moved: first[index])))
        }
        records.sort { ($0.from, $0.assetId) < ($1.from, $1.assetId) }
        let deferred = records.filter { $0.kind == .deferred }
        let risk = FinanceRisk(
            assetsBeyondLife: deferred.count, daysBeyondLife: deferred.reduce(0) { $0 + $1.days },
            extraEnergy: records.reduce(.zero) { $0 + $1.extraEnergy },
            extraSupport: records.reduce(.zero) { $0 + $1.extraSupport })
        return FinanceSmoothing(
            budget: budget, budgetBasis: budgetBasis, plan: result.plan, moves: records, shortfalls: shortfalls,
            spikes: FinanceSpike.spikes(in: result.plan, fraction: policy.finance.spikeFraction), risk: risk)
    }

    /// Whether an item's refreshes count against the capital budget (smoothing moves only those).
    func countsAsCapital(_ index: Int) -> Bool {
        let item = items[index]
        guard !leased.contains(item.assetClass) else { return false }
        return policy.finance.capitalisationBasis == .programme || isCapital(item.cost(on: item.plannedDate))
    }

    /// Each year's capital, and each year's refresh spend by class (a programme under the threshold is revenue).
    struct Ledger {
        var capital: [Money]
        var programmes: [[AssetClass: Money]]

        /// A move's change to capital and to its class's refresh spend, by year.
        struct Change {
            var capital: [Int: Money] = [:]
            var spend: [Int: Money] = [:]
        }

        mutating func apply(_ change: Change, for assetClass: AssetClass) {
            for (year, amount) in change.capital { capital[year] += amount }
            for (year, amount) in change.spend { programmes[year][assetClass, default: .zero] += amount }
        }
    }

    /// The change to each year's capital of moving an item's first refresh from `from` to `to` (counting a
    /// programme that becomes capital as it grows), or nil when the move would not lower `year`, would push
    /// another year over `budget`, or would leave a remainder of a capital programme below the threshold.
    func change(_ index: Int, from: LocalDate, to: LocalDate, year: Int, _ ledger: Ledger, _ budget: Money)
        -> Ledger.Change?
    {
        let item = items[index]
        var change = Ledger.Change()
        let perItem = policy.finance.capitalisationBasis == .item
        for (dates, sign) in [
            (item.refreshDates(from: from, through: context.horizonEnd), -1),
            (item.refreshDates(from: to, through: context.horizonEnd), 1),
        ] {
            for date in dates {
                guard let y = yearIndex(date) else { continue }
                let cost = item.cost(on: date) * sign
                change.spend[y, default: .zero] += cost
                if perItem && isCapital(item.cost(on: date)) { change.capital[y, default: .zero] += cost }
            }
        }
        if !perItem {
            for (y, spend) in change.spend {
                let before = ledger.programmes[y][item.assetClass] ?? .zero
                let after = before + spend
                // Never leave part of a capital programme below the threshold: that would only relabel it revenue.
                if isCapital(before) && !isCapital(after) && after > .zero { return nil }
                change.capital[y] = (isCapital(after) ? after : .zero) - (isCapital(before) ? before : .zero)
            }
        }
        guard (change.capital[year] ?? .zero) < .zero else { return nil }
        for (y, amount) in change.capital where y != year && amount > .zero && ledger.capital[y] + amount > budget {
            return nil
        }
        return change
    }

    /// Post-warranty support while deferred, and the change in extended-support fees, of refreshing on `moved`.
    func extraSupport(_ item: FinanceRefreshItem, moved: LocalDate) -> Money {
        var total = Money.zero
        if moved > item.plannedDate {
            total += maintenance(item, from: item.plannedDate, to: moved).reduce(.zero, +)
        }
        for exposure in context.exposures where exposure.assetId == item.assetId {
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
        let refreshes = stuck.reduce(Money.zero) { $0 + items[$1].cost(on: first[$1]) }
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
