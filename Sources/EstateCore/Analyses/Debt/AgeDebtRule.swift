/// Age beyond the class's life: physical kit past its refresh cycle (`refresh_cycle_years`). Severity rises
/// month by month from the refresh date and is full `debt_age_full_years` later; so with the defaults a
/// laptop on a 4-year cycle is fully old at 7, Hackney's "more than seven years old".
///
/// The fix is a like-for-like replacement; the interest is the extra electricity of old kit
/// (`debt_old_kit_energy_penalty`). A system counts the oldest machine it runs on, including the hosts of its
/// virtual machines; that machine's money is counted on the machine.
struct AgeDebtRule: DebtRule {
    static let factor = DebtFactor.age

    /// How far past its life an asset is, with the arithmetic.
    struct Overage {
        var permille: Int
        var text: String
        /// `9 years old, 4 years past its replacement date`.
        var summary: String
        /// `is 9 years old, 4 years past its replacement date`: the asset's own summary.
        var clause: String
    }

    /// What an overage depends on besides the policy and the date.
    struct OverageKey: Hashable {
        var assetClass: AssetClass
        var purchaseDate: LocalDate?
    }

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        // Assets of one class bought on one day read alike: their overage is worked out and written once.
        var known = Memo<OverageKey, Overage?>()
        func overage(_ key: OverageKey) -> Overage? { known.value(for: key) { self.overage(key, context: context) } }
        func overage(of asset: borrowing Asset) -> Overage? {
            overage(OverageKey(assetClass: asset.assetClass, purchaseDate: asset.purchaseDate))
        }
        var findings: [DebtFinding] = []
        // Assets are read in place: copying one out retains every one of its strings.
        let assets = context.assets.all
        for position in context.assets.positions where context.isPhysical(at: position) {
            let key = OverageKey(assetClass: assets[position].assetClass, purchaseDate: assets[position].purchaseDate)
            guard let overage = overage(key) else { continue }
            let id = assets[position].id
            // Machines of one model in one setting have the same line: their findings share one list.
            let interest = context.energyInterestList(
                at: position, id, percent: context.debt.oldKitEnergyPenaltyPercent,
                policyKey: "debt_old_kit_energy_penalty", factor: Self.factor)
            findings.append(
                DebtFinding(
                    subject: DebtSubject(assetAt: position, id), factor: Self.factor,
                    severityPermille: overage.permille,
                    weight: weight, reason: overage.text, summary: overage.clause,
                    policyKeys: ["debt_weights", "refresh_cycle_years", "debt_age_full_years"],
                    remedy: context.replacement(of: assets[position].assetClass), interest: interest))
        }
        for system in context.estate.systems {
            // The kit is in service and physical, as the assets above are.
            let aged = context.physicalKit(of: system).compactMap { machine in
                context.isPhysical(machine) ? overage(of: machine).map { (machine: machine, overage: $0) } : nil
            }
            guard
                let oldest = aged.max(by: {
                    ($0.overage.permille, $1.machine.id) < ($1.overage.permille, $0.machine.id)
                })
            else { continue }
            findings.append(
                DebtFinding(
                    subject: DebtSubject(.system, system.id), factor: Self.factor,
                    severityPermille: oldest.overage.permille, weight: weight,
                    reason:
                        "runs on \(context.name(of: oldest.machine)): \(oldest.overage.text); its replacement is counted on the machine",
                    summary: "runs on \(context.name(of: oldest.machine)) (\(oldest.overage.summary))",
                    policyKeys: ["debt_weights", "refresh_cycle_years", "debt_age_full_years"]))
        }
        return findings
    }

    /// How far past its life an asset of a class bought on a day is, with the arithmetic.
    func overage(_ asset: OverageKey, context: DebtContext) -> Overage? {
        guard let bought = asset.purchaseDate else { return nil }
        let life = context.policy.refreshCycle(for: asset.assetClass)
        let due = bought.adding(years: life)
        let months = Self.wholeMonths(from: due, to: context.asOf)
        guard months > 0 else { return nil }
        let full = max(1, context.debt.ageFullYears * 12)
        let raw = (months * 1_000 + full / 2) / full
        let permille = min(1_000, raw)
        let result =
            raw > 1_000
            ? "\(DebtFinding.percentText(permille: raw)), capped at 100%" : DebtFinding.percentText(permille: raw)
        let age = bought.wholeYears(until: context.asOf)
        let past = months >= 12 ? Self.count(months / 12, "year") : Self.count(months, "month")
        let summary = "\(Self.count(age, "year")) old, \(past) past its replacement date"
        return Overage(
            permille: permille,
            text:
                "\(asset.assetClass.rawValue) bought \(bought), life \(life) years (refresh_cycle_years), due \(due); \(months) months past ÷ \(full) months (debt_age_full_years \(context.debt.ageFullYears)) = \(result)",
            summary: summary, clause: "is \(summary)")
    }

    /// `1 year`, `3 years`.
    static func count(_ number: Int, _ unit: String) -> String { "\(number) \(unit)\(number == 1 ? "" : "s")" }

    /// Whole calendar months from one date to a later one (0 when not later).
    static func wholeMonths(from start: LocalDate, to end: LocalDate) -> Int {
        var months = (end.year - start.year) * 12 + (end.month - start.month)
        if end.day < start.day { months -= 1 }
        return max(0, months)
    }
}
