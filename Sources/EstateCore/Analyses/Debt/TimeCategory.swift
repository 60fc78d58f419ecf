/// LeanIX's TIME categories for a system: what to do with it, from its technical fit (the debt score against
/// `debt_time_poor_fit_score`) and its business value (criticality at or above `debt_time_high_value`).
///
/// | | high business value | low business value |
/// |---|---|---|
/// | good technical fit | invest | tolerate |
/// | poor technical fit | migrate | eliminate |
///
/// A system the council already plans to retire (`lifecycle-local.csv`), a consolidation candidate, or a
/// system of lower business value with few users for its cost is *eliminate* whatever its score.
public enum TimeCategory: String, Sendable, Hashable, CaseIterable {
    case tolerate, invest, migrate, eliminate

    /// The category and the reason, in words.
    static func classify(
        system: System, score: Int, findings: [DebtFinding], plannedRetirement: RoadmapEvent?, poorFitScore: Int,
        highValue: Criticality
    ) -> (category: TimeCategory, reason: String) {
        if let plannedRetirement {
            return (.eliminate, "retirement already planned by \(plannedRetirement.date) (lifecycle-local.csv)")
        }
        if findings.contains(where: { $0.factor == .duplication }) {
            return (.eliminate, "consolidation candidate: another system does the same job")
        }
        let isHighValue = system.criticality.map { $0 >= highValue } ?? false
        if !isHighValue, findings.contains(where: { $0.factor == .unused }) {
            return (
                .eliminate, "few users for its cost and \(system.criticality?.rawValue ?? "no recorded") criticality"
            )
        }
        let isPoorFit = score >= poorFitScore
        let fit =
            isPoorFit
            ? "score \(score) ≥ \(poorFitScore) (debt_time_poor_fit_score): poor technical fit"
            : "score \(score) < \(poorFitScore) (debt_time_poor_fit_score): good technical fit"
        let value =
            isHighValue
            ? "\(system.criticality?.rawValue ?? "") ≥ \(highValue.rawValue) (debt_time_high_value): high business value"
            : "\(system.criticality?.rawValue ?? "criticality not recorded") (debt_time_high_value \(highValue.rawValue)): lower business value"
        let category: TimeCategory =
            switch (isPoorFit, isHighValue) {
            case (true, true): .migrate
            case (true, false): .eliminate
            case (false, true): .invest
            case (false, false): .tolerate
            }
        return (category, "\(fit); \(value)")
    }
}
