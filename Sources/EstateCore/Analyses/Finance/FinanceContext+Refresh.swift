import Foundation

extension FinanceContext {
    /// The refresh items: every in-use physical asset whose refresh (due by age, or forced by end of support)
    /// falls on or before the end of the plan, and the assets left out with why.
    static func refreshItems(
        hardware: [HardwareStatus], components: [ComponentStatus], policy: Policy, asOf: LocalDate,
        horizonEnd: LocalDate, assets: [Asset], assetsById: AssetLookup, criticality: [String: Criticality]
    ) -> (items: [FinanceRefreshItem], notRefreshed: [NotRefreshed]) {
        // Only infrastructure is kept until its support ends: a million PCs' statuses are not looked at. The
        // sentence is written only for the few assets whose support end sets their latest date. By the asset's
        // position in the estate's assets.
        var supportEnds: [Int: (date: LocalDate, phase: String, cycle: LifecycleCycle)] = [:]
        // Statuses are read in place: copying one out retains every one of its strings.
        for position in components.indices where components[position].subjectKind == .asset {
            // The cycle is copied (its strings retained) only for an infrastructure asset's status.
            guard components[position].resolution.cycle != nil,
                let asset = ComponentStatus.assetPosition(of: components, at: position, lookup: assetsById),
                assets[asset].assetClass.isInfrastructure, let cycle = components[position].cycle,
                let end = LifecycleAnalysis.lastSupportedDay(cycle)
            else { continue }
            if let known = supportEnds[asset], known.date <= end.date { continue }
            supportEnds[asset] = (end.date, end.phase, cycle)
        }
        let finance = policy.finance
        // Items that read alike share their sentences, each written once.
        var sentences = Memo<Sentence, String>()
        func say(_ sentence: Sentence, _ write: () -> String) -> String { sentences.value(for: sentence, write) }
        let deferralLimit = "\(finance.maxDeferralYears) years past due (policy finance_max_deferral_years)"
        let pastDeferralLimit =
            "already \(finance.maxDeferralYears)+ years past due (policy finance_max_deferral_years)"
        var items: [FinanceRefreshItem] = []
        var skipped: [NotRefreshed] = []
        // Entries and assets are read in place: copying one out retains every one of its strings.
        for index in hardware.indices {
            guard let position = HardwareStatus.assetPosition(of: hardware, at: index, lookup: assetsById) else {
                continue
            }
            func skip(_ reason: String) {
                skipped.append(
                    NotRefreshed(assetId: assets[position].id, assetClass: assets[position].assetClass, reason: reason))
            }
            if assets[position].status == .inStock {
                skip("a spare in stock: not replaced")
                continue
            }
            if let seen = assets[position].lastSeen, seen < asOf.adding(days: -policy.staleAfterDays) {
                skip(
                    say(.stale(seen)) {
                        "not seen since \(seen) (policy stale_after_days \(policy.staleAfterDays)): assumed unused, not replaced"
                    })
                continue
            }
            let unitCost = finance.replacementCost(of: assets[position].assetClass)
            let cycle = policy.refreshCycle(for: assets[position].assetClass)
            let scheduled = hardware[index].refreshDue.map { max($0, asOf) }
            let forcedBy = hardware[index].forcedRefresh.map { forced in
                (date: forced.date > asOf ? forced.date.adding(days: -1) : asOf, reason: forced.reason)
            }
            guard let planned = Self.earlier(scheduled, forcedBy?.date) else {
                skip("no purchase date: its refresh cannot be timed")
                continue
            }
            guard planned <= horizonEnd else { continue }
            guard unitCost > .zero else {
                skip(
                    "\(assets[position].assetClass.rawValue) replacement priced at nothing (policy finance_replacement_cost)"
                )
                continue
            }
            let rule: FinanceRefreshItem.Rule
            let reason: String
            if let forcedBy, planned == forcedBy.date, scheduled.map({ forcedBy.date < $0 }) ?? true {
                rule = .forced
                reason = say(.forced(forcedBy.reason, forcedBy.date)) {
                    "forced: \(forcedBy.reason); replaced by \(forcedBy.date)"
                }
            } else if let due = hardware[index].refreshDue, due < asOf {
                rule = .overdue
                reason = say(.overdue(due, cycle)) {
                    "overdue since \(due) (bought \(due.adding(years: -cycle)), \(cycle)-year cycle, policy refresh_cycle_years): placed on the as-of date"
                }
            } else {
                rule = .due
                reason = say(.due(planned, cycle)) {
                    "due \(planned): bought \(planned.adding(years: -cycle)) + \(cycle)-year cycle (policy refresh_cycle_years)"
                }
            }

            var latest = planned
            var latestReason = "no later than planned"
            if let due = hardware[index].refreshDue {
                let limit = due.adding(years: finance.maxDeferralYears)
                if limit > latest {
                    latest = limit
                    latestReason = deferralLimit
                } else {
                    latestReason = pastDeferralLimit
                }
            }
            if let forcedBy, forcedBy.date <= latest {
                latest = max(planned, forcedBy.date)
                latestReason = say(.forcedUpgrade(forcedBy.reason)) { "forced upgrade: \(forcedBy.reason)" }
            }
            if assets[position].assetClass.isInfrastructure, let end = supportEnds[position], end.date <= latest {
                latest = max(planned, end.date)
                latestReason = say(.supportEnds(end.cycle, end.phase, end.date)) {
                    "security end of support: \(end.cycle.product) \(end.cycle.name) \(end.phase) ends \(end.date) (layer \(end.cycle.layer.rawValue))"
                }
            }
            let earliest = max(asOf, planned.adding(years: -finance.maxAdvanceYears))
            items.append(
                FinanceRefreshItem(
                    assetId: assets[position].id, name: assets[position].hostname ?? assets[position].id,
                    assetClass: assets[position].assetClass,
                    purchaseDate: assets[position].purchaseDate, dueDate: hardware[index].refreshDue, rule: rule,
                    plannedDate: planned,
                    reason: reason, earliest: earliest, latest: latest, latestReason: latestReason, cycleYears: cycle,
                    unitCost: unitCost, warrantyEnd: assets[position].warrantyEnd,
                    criticality: criticality[assets[position].id],
                    migrationCuts: []))
        }
        // Positions are sorted on the keys, then each item is moved once (comparing items would copy their ids).
        let keys = items.map { (day: $0.plannedDate.daysSinceEpoch, id: $0.assetId) }
        let order = keys.indices.sorted { (keys[$0].day, keys[$0].id) < (keys[$1].day, keys[$1].id) }
        items.rearrange(by: order)
        skipped.sort { $0.assetId < $1.assetId }
        return (items, skipped)
    }

    /// The earlier of two dates, either of which may be missing.
    private static func earlier(_ first: LocalDate?, _ second: LocalDate?) -> LocalDate? {
        guard let first, let second else { return first ?? second }
        return min(first, second)
    }

    /// What a refresh item's sentence says, for sharing one sentence between the items it fits.
    private enum Sentence: Hashable {
        case stale(LocalDate)
        case forced(String, LocalDate)
        case overdue(LocalDate, Int)
        case due(LocalDate, Int)
        case forcedUpgrade(String)
        case supportEnds(LifecycleCycle, String, LocalDate)
    }
}
