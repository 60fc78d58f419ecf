/// The worst-supported component of an asset or system and how far it counts, with the arithmetic in words.
struct SupportAssessment: Sendable, Hashable {
    var component: ComponentStatus
    /// Severity in thousandths of the support weight.
    var severityPermille: Int
    /// `Windows Server 2012 R2 Standard on EWKFS01 (windows-server 2012-r2, layer shipped) is extended-only: 75%
    /// (debt_support_multiplier); becomes unsupported 2026-10-14, in 13 days: +25% × 352/365 = +24.1%`.
    var explanation: String
}

extension DebtContext {
    /// How far one component's support state counts: its state's percent, raised towards the next state's as
    /// the change nears within the warning window (ServiceNow's lifecycle risk: days to the next milestone
    /// times the milestone's multiplier).
    func supportSeverity(of component: ComponentStatus) -> (permille: Int, text: String) {
        let current = debt.percent(component.state) * 10
        var text =
            "\(component.state.rawValue): \(DebtFinding.percentText(permille: current)) (debt_support_multiplier)"
        guard let change = component.status?.nextChange else { return (current, text) }
        let days = asOf.days(until: change.date)
        let window = debt.supportWarningDays
        let next = debt.percent(change.state) * 10
        guard days > 0, days <= window, next > current, window > 0 else { return (current, text) }
        let step = next - current
        let added = (step * (window - days) + window / 2) / window
        text +=
            "; becomes \(change.state.rawValue) \(change.date), in \(days) days: +\(DebtFinding.percentText(permille: step)) × \(window - days)/\(window) (debt_support_warning_days) = +\(DebtFinding.percentText(permille: added))"
        return (current + added, text)
    }

    /// The component that counts most, or nil when none counts.
    func assessSupport(_ components: [ComponentStatus]) -> SupportAssessment? {
        var best: SupportAssessment?
        for component in components {
            let (permille, text) = supportSeverity(of: component)
            guard permille > 0 else { continue }
            if let current = best, !Self.isWorse(permille, component, than: current) { continue }
            best = SupportAssessment(
                component: component, severityPermille: permille,
                explanation: "\(Self.describe(component)) is \(text)")
        }
        return best
    }

    /// Ties go to the operating system, then by subject and text, so the choice never depends on order.
    private static func isWorse(_ permille: Int, _ component: ComponentStatus, than current: SupportAssessment) -> Bool
    {
        if permille != current.severityPermille { return permille > current.severityPermille }
        let lhs = (component.kind == .operatingSystem ? 0 : 1, component.subjectId, component.text)
        let rhs = (
            current.component.kind == .operatingSystem ? 0 : 1, current.component.subjectId, current.component.text
        )
        return lhs < rhs
    }

    /// `Microsoft SQL Server 2014 (SP3) 12.0.6024.0 on EWKSQLCL01 (mssqlserver 12.0-sp3, layer shipped)`.
    static func describe(_ component: ComponentStatus) -> String {
        let cycle = component.cycle.map { " (\($0.product) \($0.name), layer \($0.layer.rawValue))" } ?? ""
        return LifecycleAnalysis.describe(component) + cycle
    }

    /// The assessment in a plain clause: `has no vendor support for Windows Server 2008 R2 (on EWKELEC01)`.
    func plainSupport(_ assessment: SupportAssessment) -> String {
        let component = assessment.component
        let place = component.subjectKind == .asset ? " on \(component.subjectName)" : ""
        // The version only when the product as written has no number of its own (`Apache Tomcat` 8.5.100).
        let hasNumber = component.text.contains { $0.isNumber }
        let version = hasNumber ? "" : component.version.map { " \($0)" } ?? ""
        let product = "\(component.text)\(version)\(place)"
        let change = component.status?.nextChange
        switch component.state {
        case .unsupported: return "runs \(product), which no longer gets security fixes"
        case .extendedOnly:
            let until = change.map { " until \($0.date.adding(days: -1))" } ?? ""
            return "depends on paid extended support for \(product)\(until)"
        case .securityOnly:
            let until = change.map { " until \($0.date.adding(days: -1))" } ?? ""
            return "gets only security fixes for \(product)\(until)"
        case .supported, .unknown:
            let when = change.map { " on \($0.date)" } ?? " soon"
            return "loses full support for \(product)\(when)"
        }
    }

    /// The components that decide a system's support: its own, and those of the assets it lists.
    func supportComponents(of system: System) -> [ComponentStatus] {
        var components = componentsBySystem[system.id] ?? []
        for id in system.assetIds { components += componentsByAsset[id] ?? [] }
        return components
    }

    /// Whether a component is out of normal support: extended-only or unsupported.
    static func isDue(_ component: ComponentStatus) -> Bool {
        component.state == .extendedOnly || component.state == .unsupported
    }
}
