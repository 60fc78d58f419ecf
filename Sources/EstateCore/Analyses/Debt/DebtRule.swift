/// One debt factor as a rule: it looks at the estate through a ``DebtContext`` and returns a finding for
/// each subject the factor applies to.
///
/// Rules are small and independent; ``DebtAnalysis`` runs them all and adds up their findings per subject.
///
/// ```swift
/// struct UnusedDebtRule: DebtRule {
///     static let factor = DebtFactor.unused
///     func findings(in context: DebtContext) -> [DebtFinding] { ... }
/// }
/// ```
public protocol DebtRule: Sendable {
    /// The factor the rule scores.
    static var factor: DebtFactor { get }
    /// The findings, one per subject at most, with severity above zero or money attached.
    func findings(in context: DebtContext) -> [DebtFinding]
}

extension DebtRule {
    /// The rule's name, as reports and CSV print it (`support`, `age`).
    public static var ruleName: String { factor.rawValue }
}

/// Every rule, in the order reports list factors.
public enum DebtRules {
    /// The rules ``DebtAnalysis`` runs.
    public static let all: [any DebtRule] = [
        SupportDebtRule(), ExposureDebtRule(), AgeDebtRule(), CustomisationDebtRule(), DuplicationDebtRule(),
        UnusedDebtRule(),
        VirtualisationDebtRule(), SpecificationDebtRule(),
    ]
}
