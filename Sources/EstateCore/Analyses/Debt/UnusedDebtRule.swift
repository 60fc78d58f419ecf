/// Unused: an asset in use that no tool has seen for the stale limit (`stale_after_days`), or a system with few
/// users for its cost (`debt_cost_per_user_limit`): what Nottinghamshire calls systems that "have fallen out of
/// use" and Barking & Dagenham found of its laptops, "only 50% were regularly used".
///
/// An unused asset is to be found and redeployed or disposed of (`debt_reclaim_cost`) and costs its
/// management and licences meanwhile (`debt_idle_asset_cost`). A system over the per-user limit is a candidate
/// to retire (`debt_system_remedy_cost`); its interest is what it costs above the limit. Capabilities whose
/// users are administrators or the public are skipped (`debt_per_user_exempt`).
struct UnusedDebtRule: DebtRule {
    static let factor = DebtFactor.unused

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var findings: [DebtFinding] = []
        let limitDays = context.policy.staleAfterDays
        let cost = context.debt.reclaimCost
        let idle = context.debt.idleAssetCost
        let remedy = DebtRemedy(kind: .reclaim, cost: cost, basis: "\(cost.wholePounds) (debt_reclaim_cost)")
        // One list, credited once, shared by every stale asset's finding.
        let interest =
            idle > .zero
            ? [
                DebtInterest(
                    kind: .idleRunningCost, perYear: idle, basis: "\(idle.wholePounds) a year (debt_idle_asset_cost)")
            ].credited(to: Self.factor)
            : []
        // Assets last seen on one day read alike: their words are written once.
        var words = Memo<LocalDate, (reason: String, summary: String)>()
        // Assets are read in place: copying one out retains every one of its strings.
        let assets = context.assets.all
        for position in context.assets.positions
        where assets[position].status == nil || assets[position].status == .active {
            guard let seen = assets[position].lastSeen else { continue }
            let days = seen.days(until: context.asOf)
            guard days > limitDays else { continue }
            let said = words.value(for: seen) {
                (
                    "in use but last seen \(seen), \(days) days before \(context.asOf) (stale_after_days \(limitDays))",
                    "has not been seen on the network since \(seen)"
                )
            }
            findings.append(
                DebtFinding(
                    subject: DebtSubject(assetAt: position, assets[position].id), factor: Self.factor,
                    severityPermille: 1_000,
                    weight: weight, reason: said.reason, summary: said.summary,
                    policyKeys: ["debt_weights", "stale_after_days", "debt_reclaim_cost", "debt_idle_asset_cost"],
                    remedy: remedy, interest: interest))
        }
        let exempt = Set(context.debt.perUserExemptCapabilities)
        for system in context.estate.systems {
            if let capability = system.capability, exempt.contains(capability) { continue }
            guard let finding = systemFinding(system, weight: weight, context: context) else { continue }
            findings.append(finding)
        }
        return findings
    }

    func systemFinding(_ system: System, weight: Int, context: DebtContext) -> DebtFinding? {
        guard let users = system.users else { return nil }
        let limit = context.debt.costPerUserLimit
        let keys = ["debt_weights", "debt_cost_per_user_limit", "debt_per_user_exempt", "debt_system_remedy_cost"]
        if users == 0 {
            return DebtFinding(
                subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: 1_000, weight: weight,
                reason: "no users recorded in the systems register", summary: "has no recorded users",
                policyKeys: keys,
                remedy: context.systemRemedy(.retire, for: system),
                interest: system.annualCost.map {
                    [DebtInterest(kind: .idleRunningCost, perYear: $0, basis: "its whole annual cost, with no users")]
                } ?? [])
        }
        guard let cost = system.annualCost else { return nil }
        let allowed = limit * users
        guard cost > allowed else { return nil }
        let perUser = cost.scaled(by: 1, over: Int64(users))
        let excess = cost - allowed
        return DebtFinding(
            subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: 1_000, weight: weight,
            reason:
                "\(cost.wholePounds) a year for \(Table.grouped(Int64(users))) users = \(perUser.wholePounds) a user, above \(limit.wholePounds) (debt_cost_per_user_limit)",
            summary: "costs \(perUser.wholePounds) a user a year for only \(Table.grouped(Int64(users))) users",
            policyKeys: keys, remedy: context.systemRemedy(.retire, for: system),
            interest: [
                DebtInterest(
                    kind: .idleRunningCost, perYear: excess,
                    basis:
                        "\(cost.wholePounds) less \(Table.grouped(Int64(users))) users × \(limit.wholePounds) (debt_cost_per_user_limit)"
                )
            ])
    }
}
