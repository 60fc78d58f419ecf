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
    /// How far one component's support state counts, as figures: its state's percent, raised towards the next
    /// state's as the change nears within the warning window (ServiceNow's lifecycle risk: days to the next
    /// milestone times the milestone's multiplier).
    struct SupportRamp {
        /// The state's percent, in thousandths.
        var current: Int
        /// The change within the warning window that raises it, with the days to go and the rise, if any.
        var rise: (change: SupportChange, days: Int, window: Int, step: Int, added: Int)?

        /// The severity in thousandths.
        var permille: Int { current + (rise?.added ?? 0) }
    }

    /// The figures of ``supportSeverity(of:)``, without the words: they rest on the catalogue's answer alone, which
    /// statuses share (handing over a status itself would copy it first).
    func supportRamp(of resolution: ComponentStatus.Resolution) -> SupportRamp {
        let current = debt.percent(resolution.state) * 10
        guard let change = resolution.status?.nextChange else { return SupportRamp(current: current) }
        let days = asOf.days(until: change.date)
        let window = debt.supportWarningDays
        let next = debt.percent(change.state) * 10
        guard days > 0, days <= window, next > current, window > 0 else { return SupportRamp(current: current) }
        let step = next - current
        let added = (step * (window - days) + window / 2) / window
        return SupportRamp(current: current, rise: (change, days, window, step, added))
    }

    /// How far one component's support state counts, with the arithmetic in words.
    func supportSeverity(of component: ComponentStatus) -> (permille: Int, text: String) {
        let ramp = supportRamp(of: component.resolution)
        var text =
            "\(component.state.rawValue): \(DebtFinding.percentText(permille: ramp.current)) (debt_support_multiplier)"
        if let rise = ramp.rise {
            text +=
                "; becomes \(rise.change.state.rawValue) \(rise.change.date), in \(rise.days) days: +\(DebtFinding.percentText(permille: rise.step)) × \(rise.window - rise.days)/\(rise.window) (debt_support_warning_days) = +\(DebtFinding.percentText(permille: rise.added))"
        }
        return (ramp.permille, text)
    }

    /// The component that counts most among the lifecycle's statuses at `positions`, or nil when none counts.
    func assessSupport(_ positions: some Collection<Int32>) -> SupportAssessment? {
        worstSupport(positions).map(assess)
    }

    /// The assessment of the component that counts most, in words.
    private func assess(_ worst: (position: Int, permille: Int)) -> SupportAssessment {
        let component = lifecycle.components[worst.position]
        return SupportAssessment(
            component: component, severityPermille: worst.permille,
            explanation: "\(Self.describe(component)) is \(supportSeverity(of: component).text)")
    }

    /// The position (in the lifecycle's statuses) and severity of the component that counts most among those at
    /// `positions`, or nil when none counts; no words are written, so the exposure factor (which needs only the
    /// severity) and the choice itself cost no text.
    func worstSupport(_ positions: some Collection<Int32>) -> (position: Int, permille: Int)? {
        var worst: (position: Int, permille: Int)?
        // Statuses are read in place: copying one out retains every one of its strings.
        let components = lifecycle.components
        for candidate in positions {
            let position = Int(candidate)
            let permille = supportRamp(of: components[position].resolution).permille
            guard permille > 0 else { continue }
            if let current = worst,
                !Self.isWorse(permille, components[position], than: components[current.position], current.permille)
            {
                continue
            }
            worst = (position, permille)
        }
        return worst
    }

    /// Ties go to the operating system, then by subject and text, so the choice never depends on order.
    private static func isWorse(
        _ permille: Int, _ component: borrowing ComponentStatus, than current: borrowing ComponentStatus,
        _ currentPermille: Int
    ) -> Bool {
        if permille != currentPermille { return permille > currentPermille }
        let lhs = (component.kind == .operatingSystem ? 0 : 1, component.subjectId, component.text)
        let rhs = (current.kind == .operatingSystem ? 0 : 1, current.subjectId, current.text)
        return lhs < rhs
    }

    /// `Microsoft SQL Server 2014 (SP3) 12.0.6024.0 on EWKSQLCL01 (mssqlserver 12.0-sp3, layer shipped)`; without
    /// `on EWKSQLCL01` when the finding is the asset's own, whose row names it already.
    static func describe(_ component: borrowing ComponentStatus, namingItsAsset: Bool = true) -> String {
        let cycle = component.cycle.map { " (\($0.product) \($0.name), layer \($0.layer.rawValue))" } ?? ""
        return LifecycleAnalysis.describe(component, namingItsAsset: namingItsAsset) + cycle
    }

    /// The assessment in a plain clause: `runs Windows Server 2008 R2 on EWKELEC01, which no longer gets security
    /// fixes`.
    func plainSupport(_ assessment: SupportAssessment) -> String {
        plainSupport(of: assessment.component)
    }

    /// A component's support in a plain clause; without `on EWKELEC01` when the finding is the asset's own.
    func plainSupport(of component: borrowing ComponentStatus, namingItsAsset: Bool = true) -> String {
        let place = namingItsAsset && component.subjectKind == .asset ? " on \(component.subjectName)" : ""
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

    /// The components that decide a system's support: its own, and those of the assets it lists, as positions in
    /// the lifecycle's statuses.
    func supportComponents(of system: System) -> [Int32] {
        var positions = systemComponents[system.id] ?? []
        for id in system.assetIds { positions += components(ofAsset: id) }
        return positions
    }

    /// Whether a component is out of normal support: extended-only or unsupported.
    static func isDue(_ component: ComponentStatus) -> Bool { isDue(component.state) }

    /// Whether a state is out of normal support: extended-only or unsupported.
    static func isDue(_ state: SupportState) -> Bool { state == .extendedOnly || state == .unsupported }
}
