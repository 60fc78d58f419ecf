extension LifecycleAnalysis {
    /// Each system's worst support state among its own product and components and the servers it runs on.
    static func systemLifecycles(
        estate: Estate, components: [ComponentStatus], window: ClosedRange<LocalDate>
    ) -> [SystemLifecycle] {
        var byAsset: [String: [ComponentStatus]] = [:]
        var bySystem: [String: [ComponentStatus]] = [:]
        for component in components {
            switch component.subjectKind {
            case .asset: byAsset[component.subjectId, default: []].append(component)
            case .system: bySystem[component.subjectId, default: []].append(component)
            }
        }
        return estate.systems.map { system in
            var relevant = bySystem[system.id] ?? []
            for assetId in system.assetIds { relevant += byAsset[assetId] ?? [] }
            let matched = relevant.filter { $0.status != nil }
            guard let worst = matched.max(by: { $0.state.badness < $1.state.badness }) else {
                let because =
                    system.hosting.map { $0.isCloud || $0 == .hosted }
                        == true
                    ? "\(system.hosting?.rawValue ?? "") service: the supplier keeps the platform supported"
                    : relevant.isEmpty ? "no servers or components recorded" : "no component matched the catalogue"
                return SystemLifecycle(system: system, state: .unknown, worstComponent: because, nextChange: nil)
            }
            let next = matched.compactMap { component -> (date: LocalDate, what: String)? in
                guard let change = component.status?.nextChange, window.contains(change.date) else { return nil }
                return (change.date, "\(describe(component)) becomes \(change.state.rawValue)")
            }.min { $0.date < $1.date }
            return SystemLifecycle(
                system: system, state: worst.state, worstComponent: "\(describe(worst)) (\(worst.state.rawValue))",
                nextChange: next)
        }
    }

    /// `Microsoft SQL Server 2014 (SP3) on VM00021`.
    static func describe(_ component: ComponentStatus) -> String {
        let version = component.version.map { " \($0)" } ?? ""
        return component.subjectKind == .asset
            ? "\(component.text)\(version) on \(component.subjectName)" : "\(component.text)\(version)"
    }
}
