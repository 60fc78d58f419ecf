import Foundation

extension FinancePlanner {
    enum LeaseLineKind: Int, Hashable, CaseIterable {
        case payment, rightOfUse, interest
    }

    /// Whether leasing a class is a low-value lease (revenue) rather than a right-of-use asset (capital).
    func isLowValueLease(_ assetClass: AssetClass) -> Bool {
        policy.finance.replacementCost(of: assetClass) <= policy.finance.leaseLowValueLimit
    }

    /// Leased refreshes: yearly payments in advance as revenue for low-value assets; for dearer assets a
    /// right-of-use asset (capital) at the start and the lease's interest as revenue (IFRS 16).
    func leaseLines(_ leased: [(item: Int, date: LocalDate, cost: Money)]) -> (
        lines: [FinanceLine], purchases: [CapitalPurchase]
    ) {
        let finance = policy.finance
        // Groups by slot (year, class, kind) in flat arrays, and members by item position: a million leased
        // refreshes need no hashing of groups or ids (an item is one asset).
        let classes = AssetClass.allCases
        let kinds = LeaseLineKind.allCases.count
        func slot(_ year: Int, _ classIndex: Int, _ kind: LeaseLineKind) -> Int {
            ((year * classes.count) + classIndex) * kinds + kind.rawValue
        }
        var amounts = [Money?](repeating: nil, count: years.count * classes.count * kinds)
        var members = [Set<Int>](repeating: [], count: amounts.count)
        var purchases: [CapitalPurchase] = []
        // Refreshes of a class share a price (unless a migration frees a share): work each lease out once.
        struct Terms: Hashable {
            var assetClass: AssetClass
            var cost: Money
        }
        var worked: [Terms: (payment: Money, interest: [Money])] = [:]
        for purchase in leased {
            // The item is read in place: copying one out retains every one of its strings.
            let assetClass = items[purchase.item].assetClass
            let classIndex = classes.firstIndex(of: assetClass) ?? 0
            let term = finance.leaseTerm(of: assetClass, policy: policy)
            let rate = finance.leaseRate(of: assetClass)
            let key = Terms(assetClass: assetClass, cost: purchase.cost)
            let lease: (payment: Money, interest: [Money])
            if let known = worked[key] {
                lease = known
            } else {
                let payment = LeaseMath.payment(cost: purchase.cost, rate: rate, years: term)
                lease = (payment, LeaseMath.interest(cost: purchase.cost, payment: payment, rate: rate, years: term))
                worked[key] = lease
            }
            let payment = lease.payment
            func add(_ kind: LeaseLineKind, _ date: LocalDate, _ amount: Money) {
                guard let year = yearIndex(date), amount != .zero else { return }
                let key = slot(year, classIndex, kind)
                amounts[key] = (amounts[key] ?? .zero) + amount
                members[key].insert(purchase.item)
            }
            if isLowValueLease(assetClass) {
                for year in 0..<term { add(.payment, purchase.date.adding(years: year), payment) }
            } else {
                add(.rightOfUse, purchase.date, purchase.cost)
                purchases.append(
                    CapitalPurchase(
                        date: purchase.date, amount: purchase.cost, group: assetClass.rawValue, lifeYears: term))
                for (year, charge) in lease.interest.enumerated() {
                    add(.interest, purchase.date.adding(years: year), charge)
                }
            }
        }
        var lines: [FinanceLine] = []
        for year in years.indices {
            for (classIndex, assetClass) in classes.enumerated() {
                for kind in LeaseLineKind.allCases {
                    let key = slot(year, classIndex, kind)
                    guard let amount = amounts[key] else { continue }
                    lines.append(
                        leaseLine(
                            year: years[year], assetClass: assetClass, kind: kind, amount: amount,
                            ids: members[key].map { items[$0].assetId }))
                }
            }
        }
        return (lines, purchases)
    }

    /// One lease line: a year's payments, right-of-use assets or interest for a class, with its drivers and basis.
    private func leaseLine(
        year: FinancialYear, assetClass: AssetClass, kind: LeaseLineKind, amount: Money, ids: [String]
    ) -> FinanceLine {
        let finance = policy.finance
        let unit = finance.replacementCost(of: assetClass)
        let term = finance.leaseTerm(of: assetClass, policy: policy)
        let rate = FinanceMath.percent(finance.leaseRate(of: assetClass))
        let payment = LeaseMath.payment(cost: unit, rate: finance.leaseRate(of: assetClass), years: term)
        let terms =
            "\(term) years (policy finance_lease_term_years) at \(rate) (policy finance_lease_interest_rate\(estimate("finance_lease_interest_rate")))"
        let limit =
            "\(finance.leaseLowValueLimit.wholePounds) low-value limit (policy finance_lease_low_value_limit)"
        let basis: String
        let type: FinanceType
        switch kind {
        case .payment:
            type = .revenue
            basis =
                "leased instead of bought (--lease \(assetClass.rawValue)): \(payment.wholePounds) a unit a year in advance, repaying \(unit.wholePounds) over \(terms); low-value lease (price within the \(limit)): revenue"
        case .rightOfUse:
            type = .capital
            basis =
                "leased instead of bought (--lease \(assetClass.rawValue)): a right-of-use asset under IFRS 16 (CIPFA Code from 2024/25) at the price, \(unit.wholePounds) a unit, above the \(limit): still capital"
        case .interest:
            type = .revenue
            basis =
                "interest on the lease (IFRS 16 finance cost) over \(terms), \(payment.wholePounds) a unit a year in advance"
        }
        return FinanceLine(
            year: year, type: type, category: .lease, amount: amount,
            drivers: "\(FinanceText.count(ids.count, assetClass)) leased: \(FinanceText.ids(ids))", basis: basis)
    }

    struct SupportGroup: Hashable {
        var year: Int
        var product: String
        var assetClass: AssetClass
        var isSystem: Bool
        var source: String
        var until: LocalDate
    }

    /// Fees for extended security updates the council bought, from the end of security support until the updates
    /// end or the asset's refresh.
    func extendedSupportLines(refreshDate: [String: LocalDate]) -> [FinanceLine] {
        var amounts: [SupportGroup: Money] = [:]
        var members: [SupportGroup: [String]] = [:]
        for exposure in context.exposures {
            let fee = policy.finance.extendedSupportFee(of: exposure.assetClass)
            guard fee > .zero else { continue }
            var until = exposure.until
            if let asset = exposure.assetId, let refresh = refreshDate[asset], refresh < until {
                until = max(refresh, exposure.from)
            }
            for (year, amount) in spread(fee, from: exposure.from, until: until).enumerated() where amount != .zero {
                let key = SupportGroup(
                    year: year, product: exposure.product, assetClass: exposure.assetClass,
                    isSystem: exposure.assetId == nil, source: exposure.source, until: exposure.until)
                amounts[key, default: .zero] += amount
                members[key, default: []].append(exposure.subjectId)
            }
        }
        return amounts.map { key, amount in
            let ids = members[key] ?? []
            let what =
                key.isSystem
                ? "\(ids.count) system\(ids.count == 1 ? "" : "s")" : FinanceText.count(ids.count, key.assetClass)
            let fee = policy.finance.extendedSupportFee(of: key.assetClass)
            return FinanceLine(
                year: years[key.year], type: .revenue, category: .extendedSupport, amount: amount,
                drivers: "\(what) on \(key.product): \(FinanceText.ids(ids))",
                basis:
                    "extended security updates bought to \(key.until.adding(days: -1)) (\(key.source)); \(fee.wholePounds) a year each (policy finance_extended_support_fee\(estimate("finance_extended_support_fee"))) from the end of security support until they end or the asset is refreshed (by days)"
            )
        }
    }

    /// Post-warranty support of refreshes smoothing defers, and the change in electricity of every moved refresh
    /// (the old device runs longer, or its replacement runs sooner).
    func movedLines(firstDates: [LocalDate], moves: [FinanceMoveKind?]) -> [FinanceLine] {
        var support: [Int: [AssetClass: (amount: Money, ids: [String])]] = [:]
        var energyKWh = [Decimal](repeating: 0, count: years.count)
        var energyIds = [[String]](repeating: [], count: years.count)
        for (index, item) in items.enumerated() {
            guard let move = moves[index] else { continue }
            let moved = firstDates[index]
            if move == .deferred {
                for (year, amount) in maintenance(item, from: item.plannedDate, to: moved).enumerated()
                where amount != .zero {
                    support[year, default: [:]][item.assetClass, default: (.zero, [])].amount += amount
                    support[year, default: [:]][item.assetClass, default: (.zero, [])].ids.append(item.assetId)
                }
            }
            for (year, kWh) in energyChange(item, moved: moved).enumerated() where kWh != 0 {
                energyKWh[year] += kWh
                energyIds[year].append(item.assetId)
            }
        }
        var lines: [FinanceLine] = []
        let rate = FinanceMath.percent(policy.finance.postWarrantySupportFraction)
        for (year, classes) in support {
            for (assetClass, entry) in classes {
                lines.append(
                    FinanceLine(
                        year: years[year], type: .revenue, category: .maintenance, amount: entry.amount,
                        drivers:
                            "\(FinanceText.count(entry.ids.count, assetClass)) deferred by smoothing: \(FinanceText.ids(entry.ids, table: "finance-moves"))",
                        basis:
                            "post-warranty support at \(rate) of the \(policy.finance.replacementCost(of: assetClass).wholePounds) replacement cost a year (policy finance_post_warranty_support\(estimate("finance_post_warranty_support"))) for the days deferred past the planned date and out of warranty"
                    ))
            }
        }
        for (year, kWh) in energyKWh.enumerated() where kWh != 0 {
            let amount = FinanceMath.money(kWh * policy.energyPricePerKWh)
            guard amount != .zero else { continue }
            lines.append(
                FinanceLine(
                    year: years[year], type: .revenue, category: .energy, amount: amount,
                    drivers:
                        "\(energyIds[year].count) refreshes moved by smoothing: \(FinanceText.ids(energyIds[year], table: "finance-moves"))",
                    basis:
                        "\(FinanceMath.kWh(kWh)) more (less when negative) while old devices run instead of their replacements, or replacements run sooner (carbon analysis kWh a year) × £\(policy.energyPricePerKWh) per kWh (policy energy_price_per_kwh)"
                ))
        }
        return lines
    }

    /// Post-warranty support, per planned year, of keeping an asset from `from` to `to` once out of warranty.
    func maintenance(_ item: FinanceRefreshItem, from: LocalDate, to: LocalDate) -> [Money] {
        let annual = context.supportFraction.times(item.unitCost)
        let start = max(from, item.warrantyEnd.map { $0.adding(days: 1) } ?? from)
        guard start < to else { return years.map { _ in .zero } }
        return spread(annual, from: start, until: to)
    }

    /// The change in kWh, per planned year, of refreshing on `moved` instead of the planned date.
    func energyChange(_ item: FinanceRefreshItem, moved: LocalDate) -> [Decimal] {
        guard let profile = context.energy?.profile(of: item.assetId), moved != item.plannedDate else {
            return years.map { _ in 0 }
        }
        let perYear = profile.currentKWhPerYear - profile.replacementKWhPerYear
        let (from, until, sign): (LocalDate, LocalDate, Double) =
            moved > item.plannedDate ? (item.plannedDate, moved, 1) : (moved, item.plannedDate, -1)
        let lower = from.daysSinceEpoch
        let upper = until.daysSinceEpoch
        return context.spans.map { span in
            let days = span.overlap(lower, upper)
            guard days > 0 else { return 0 }
            return FinanceEnergy.wholeKWh(sign * perYear * Double(days) / Double(span.length))
        }
    }
}
