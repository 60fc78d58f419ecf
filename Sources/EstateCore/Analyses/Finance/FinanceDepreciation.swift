import Foundation

/// Straight-line depreciation charged in one financial year on one group of capital assets.
///
/// Depreciation is not cash and is not in the plan's totals: it is the charge the accounts make for using
/// capital assets, listed so finance officers can see it beside the capital spend.
public struct FinanceDepreciationLine: Sendable, Hashable {
    /// Assets in the inventory, or purchases in the plan.
    public enum Origin: String, Sendable, Hashable, Comparable {
        case existing, planned

        public static func < (lhs: Origin, rhs: Origin) -> Bool { lhs == .existing && rhs == .planned }
    }

    /// The financial year charged.
    public var year: FinancialYear
    /// The class (`laptop`), or `systems` for system replacements and migrations.
    public var group: String
    /// Whether the assets are in the inventory or bought in the plan.
    public var origin: Origin
    /// The charge, rounded to the penny.
    public var amount: Money
    /// Assets or purchases charged in the year.
    public var count: Int
    /// The cost basis, life and convention behind the charge.
    public var basis: String
}

/// Straight-line depreciation under the policy's convention.
public enum FinanceDepreciation {
    /// The charge in `year` on `cost` bought on `bought`, written off straight-line over `lifeYears`.
    ///
    /// - `year-after`: nothing in the financial year of purchase, then cost ÷ life in each of the next `lifeYears`
    ///   financial years.
    /// - `pro-rata`: by days, from the purchase date to the same date `lifeYears` later.
    ///
    /// Each charge is the cumulative depreciation to the year's end, rounded to the penny, less that to its
    /// start, so the charges add up to the cost exactly.
    public static func charge(
        cost: Money, bought: LocalDate, lifeYears: Int, in year: FinancialYear, convention: DepreciationConvention
    ) -> Money {
        guard lifeYears > 0, cost > .zero else { return .zero }
        switch convention {
        case .yearAfter:
            let purchaseYear = FinancialYear(containing: bought, startMonth: year.startMonth)
            let elapsed = year.startYear - purchaseYear.startYear
            func cumulative(_ years: Int) -> Money {
                cost.scaled(by: Int64(min(max(years, 0), lifeYears)), over: Int64(lifeYears))
            }
            return cumulative(elapsed) - cumulative(elapsed - 1)
        case .proRata:
            let end = bought.adding(years: lifeYears)
            let life = Int64(bought.days(until: end))
            func cumulative(_ date: LocalDate) -> Money {
                let days = Int64(min(max(bought.days(until: date), 0), Int(life)))
                return cost.scaled(by: days, over: life)
            }
            return cumulative(year.lastDay.adding(days: 1)) - cumulative(year.firstDay)
        }
    }

    /// The depreciation in each planned year of the estate's capitalised assets and the plan's capital purchases.
    ///
    /// An asset in service with a purchase date and cost is capital when it reaches the threshold on its own
    /// (`item` basis) or with the other assets of its class bought in the same financial year (`programme`).
    static func lines(
        estate: Estate, policy: Policy, years: [FinancialYear], purchases: [CapitalPurchase]
    ) -> [FinanceDepreciationLine] {
        struct Key: Hashable {
            var year: Int
            var group: String
            var origin: FinanceDepreciationLine.Origin
        }
        let convention = policy.finance.depreciation
        var existing: [CapitalPurchase] = []
        // A programme is a class's purchases in one financial year.
        struct Programme: Hashable {
            var assetClass: AssetClass
            var startYear: Int
        }
        var programmes: [Programme: Money] = [:]
        // Positions, not copies, of the in-service assets with a purchase cost.
        let owned = estate.assets.indices.filter {
            (estate.assets[$0].status?.isInService ?? true) && (estate.assets[$0].purchaseCost ?? .zero) > .zero
        }
        // Assets are read in place: copying one out retains every one of its strings.
        let assets = estate.assets
        func programme(_ assetClass: AssetClass, _ date: LocalDate) -> Programme {
            Programme(assetClass: assetClass, startYear: policy.financialYear(containing: date).startYear)
        }
        for position in owned {
            guard let date = assets[position].purchaseDate, let cost = assets[position].purchaseCost else { continue }
            programmes[programme(assets[position].assetClass, date), default: .zero] += cost
        }
        for position in owned {
            guard let date = assets[position].purchaseDate, let cost = assets[position].purchaseCost else { continue }
            let assetClass = assets[position].assetClass
            let basisAmount =
                policy.finance.capitalisationBasis == .programme
                ? programmes[programme(assetClass, date)] ?? cost : cost
            guard basisAmount >= policy.capitalisationThreshold else { continue }
            existing.append(
                CapitalPurchase(
                    date: date, amount: cost, group: assetClass.rawValue,
                    lifeYears: policy.refreshCycle(for: assetClass)))
        }
        // Totals by group, year and origin in one flat array. Purchases come in runs of one group and life (a
        // class's assets, its refreshes): a group is hashed, and a life added to a slot's set, only when the run
        // changes, not for each of a million purchases and each of its years.
        var groups = Memo<String, Int>()
        var names: [String] = []
        var totals: [(amount: Money, count: Int, life: Set<Int>, lastLife: Int)] = []
        var last: (name: String, group: Int)?
        for (origin, list) in [(FinanceDepreciationLine.Origin.existing, existing), (.planned, purchases)] {
            for purchase in list {
                let group: Int
                if let last, last.name == purchase.group {
                    group = last.group
                } else {
                    group = groups.value(for: purchase.group) {
                        names.append(purchase.group)
                        totals += Array(repeating: (.zero, 0, [], -1), count: years.count * 2)
                        return names.count - 1
                    }
                    last = (purchase.group, group)
                }
                for (index, year) in years.enumerated() {
                    let charge = Self.charge(
                        cost: purchase.amount, bought: purchase.date, lifeYears: purchase.lifeYears, in: year,
                        convention: convention)
                    guard charge != .zero else { continue }
                    let slot = (group * years.count + index) * 2 + (origin == .existing ? 0 : 1)
                    totals[slot].amount += charge
                    totals[slot].count += 1
                    if totals[slot].lastLife != purchase.lifeYears {
                        totals[slot].life.insert(purchase.lifeYears)
                        totals[slot].lastLife = purchase.lifeYears
                    }
                }
            }
        }
        var amounts: [Key: (amount: Money, count: Int, life: Set<Int>)] = [:]
        for (group, name) in names.enumerated() {
            for index in years.indices {
                for (offset, origin) in [FinanceDepreciationLine.Origin.existing, .planned].enumerated() {
                    let total = totals[(group * years.count + index) * 2 + offset]
                    if total.count > 0 {
                        amounts[Key(year: index, group: name, origin: origin)] = (total.amount, total.count, total.life)
                    }
                }
            }
        }
        let rule =
            convention == .yearAfter
            ? "none in the year of purchase, then a full year's charge (policy finance_depreciation year-after)"
            : "by days from the purchase date (policy finance_depreciation pro-rata)"
        let capitalised =
            policy.finance.capitalisationBasis == .programme
            ? "capitalised as part of a year's programme of its class at or above \(policy.capitalisationThreshold.wholePounds)"
            : "capitalised as items at or above \(policy.capitalisationThreshold.wholePounds)"
        return amounts.map { key, value in
            let lives = value.life.sorted().map(String.init).joined(separator: " or ")
            let source =
                key.origin == .existing
                ? "purchase cost and date in the inventory, \(capitalised)"
                : "capital purchases in this plan"
            let lifeSource =
                key.group == "systems"
                ? "policy finance_system_life_years" : "the class refresh cycle, policy refresh_cycle_years"
            return FinanceDepreciationLine(
                year: years[key.year], group: key.group, origin: key.origin, amount: value.amount, count: value.count,
                basis: "\(source); straight-line over \(lives) years (\(lifeSource)); \(rule)")
        }.sorted { ($0.year, $0.origin, $0.group) < ($1.year, $1.origin, $1.group) }
    }
}
