/// Exposure: criticality combined with support status. Severity is the support severity times the
/// criticality's percent (`debt_criticality_multiplier`): an unsupported critical system counts fully, an
/// unsupported laptop a quarter.
///
/// An asset is as critical as the most critical system on it or on a virtual machine it hosts; one with no
/// system (an end-user device) takes the percent for no recorded criticality. It is a score only: its money
/// is the support factor's.
struct ExposureDebtRule: DebtRule {
    static let factor = DebtFactor.exposure

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var findings: [DebtFinding] = []
        for asset in context.assets {
            guard let support = context.assessSupport(context.componentsByAsset[asset.id] ?? []) else { continue }
            let system = context.mostCriticalSystem(on: asset.id)
            let criticality = system?.criticality
            let why = system.map { "runs \($0.name), \(criticality?.rawValue ?? "criticality not recorded")" }
            findings.append(
                finding(
                    DebtSubject(.asset, asset.id), support: support, criticality: criticality,
                    because: why ?? "no system recorded on it", weight: weight, context: context))
        }
        for system in context.estate.systems {
            guard let support = context.assessSupport(context.supportComponents(of: system)) else { continue }
            findings.append(
                finding(
                    DebtSubject(.system, system.id), support: support, criticality: system.criticality,
                    because: system.criticality.map { "\($0.rawValue) system" } ?? "criticality not recorded",
                    weight: weight, context: context))
        }
        return findings
    }

    func finding(
        _ subject: DebtSubject, support: SupportAssessment, criticality: Criticality?, because: String, weight: Int,
        context: DebtContext
    ) -> DebtFinding {
        let percent = context.debt.percent(criticality)
        let permille = (support.severityPermille * percent + 50) / 100
        let level = criticality.map { "\($0.rawValue) \(percent)%" } ?? "no criticality \(percent)%"
        return DebtFinding(
            subject: subject, factor: Self.factor, severityPermille: permille, weight: weight,
            reason:
                "support \(DebtFinding.percentText(permille: support.severityPermille)) × \(level) (debt_criticality_multiplier; \(because)) = \(DebtFinding.percentText(permille: permille))",
            summary: criticality.map { "is \($0.rawValue) to the council" } ?? "has no recorded criticality",
            policyKeys: ["debt_weights", "debt_criticality_multiplier", "debt_support_multiplier"])
    }
}
