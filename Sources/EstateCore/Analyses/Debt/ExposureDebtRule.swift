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
        var words = Words()
        let assets = context.assets
        for position in assets.indices {
            guard let support = context.worstSupport(ofAssetAt: assets.positions[position]) else { continue }
            let id = assets[position].id
            let system = context.mostCriticalSystem(on: id)
            let criticality = system?.criticality
            let why = system.map { "runs \($0.name), \(criticality?.rawValue ?? "criticality not recorded")" }
            findings.append(
                finding(
                    DebtSubject(assetAt: assets.positions[position], id), supportPermille: support.permille,
                    criticality: criticality,
                    because: why ?? "no system recorded on it", weight: weight, context: context, words: &words))
        }
        for system in context.estate.systems {
            guard let support = context.worstSupport(context.supportComponents(of: system)) else { continue }
            findings.append(
                finding(
                    DebtSubject(.system, system.id), supportPermille: support.permille, criticality: system.criticality,
                    because: system.criticality.map { "\($0.rawValue) system" } ?? "criticality not recorded",
                    weight: weight, context: context, words: &words))
        }
        return findings
    }

    /// Reasons and summaries written once for each severity, criticality and cause, and shared: most assets'
    /// findings read alike (an end-user device with no system), and a million copies of one sentence are
    /// a million allocations.
    struct Words {
        struct Key: Hashable {
            var supportPermille: Int
            var criticality: Criticality?
            var because: String
        }
        var reasons: [Key: String] = [:]
        var summaries: [Criticality?: String] = [:]
    }

    func finding(
        _ subject: DebtSubject, supportPermille: Int, criticality: Criticality?, because: String, weight: Int,
        context: DebtContext, words: inout Words
    ) -> DebtFinding {
        let percent = context.debt.percent(criticality)
        let permille = (supportPermille * percent + 50) / 100
        let key = Words.Key(supportPermille: supportPermille, criticality: criticality, because: because)
        let reason: String
        if let known = words.reasons[key] {
            reason = known
        } else {
            let level = criticality.map { "\($0.rawValue) \(percent)%" } ?? "no criticality \(percent)%"
            reason =
                "support \(DebtFinding.percentText(permille: supportPermille)) × \(level) (debt_criticality_multiplier; \(because)) = \(DebtFinding.percentText(permille: permille))"
            words.reasons[key] = reason
        }
        let summary: String
        if let known = words.summaries[criticality] {
            summary = known
        } else {
            summary = criticality.map { "is \($0.rawValue) to the council" } ?? "has no recorded criticality"
            words.summaries[criticality] = summary
        }
        return DebtFinding(
            subject: subject, factor: Self.factor, severityPermille: permille, weight: weight, reason: reason,
            summary: summary, policyKeys: ["debt_weights", "debt_criticality_multiplier", "debt_support_multiplier"])
    }
}
