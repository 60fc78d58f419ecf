/// Customisation: a system customised away from its vendor's product, or built in-house. Nottinghamshire
/// names "bespoke or customised legacy systems" as hard to move; Barking & Dagenham set out to "reduce local
/// customisations".
///
/// Severity is the level's percent (`debt_customisation_multiplier`). The fix is to bring a customised system
/// back towards the standard product, or to replace a bespoke one (`debt_system_remedy_cost`); the interest is
/// the extra support customisation needs each year (`debt_customisation_cost`, a percent of the annual cost).
struct CustomisationDebtRule: DebtRule {
    static let factor = DebtFactor.customisation

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var findings: [DebtFinding] = []
        for system in context.estate.systems {
            guard let level = system.customisation else { continue }
            let percent = context.debt.customisationPercent[level] ?? 0
            guard percent > 0 else { continue }
            let remedy = context.systemRemedy(level == .bespoke ? .reimplement : .standardise, for: system)
            var interest: [DebtInterest] = []
            let costPercent = context.debt.customisationCostPercent[level] ?? 0
            if let cost = system.annualCost?.scaled(by: Int64(costPercent), over: 100), cost > .zero {
                interest.append(
                    DebtInterest(
                        kind: .extraSupport, perYear: cost,
                        basis:
                            "\(costPercent)% of \(system.annualCost?.wholePounds ?? "") a year (debt_customisation_cost \(level.rawValue))"
                    ))
            }
            findings.append(
                DebtFinding(
                    subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: percent * 10,
                    weight: weight,
                    reason:
                        "\(level.rawValue) (systems register): \(percent)% (debt_customisation_multiplier \(level.rawValue))",
                    summary: level == .bespoke ? "was built in-house" : "is customised away from the vendor's product",
                    policyKeys: ["debt_weights", "debt_customisation_multiplier", "debt_customisation_cost"],
                    remedy: remedy, interest: interest))
        }
        return findings
    }
}
