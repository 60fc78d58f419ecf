extension LifecycleAnalysis {
    /// Each system's worst support state among its own product and components and the servers it runs on.
    static func systemLifecycles(
        estate: Estate, components: [ComponentStatus], window: ClosedRange<LocalDate>
    ) -> [SystemLifecycle] {
        // Only the assets systems list matter (their servers): a million devices' components are not indexed.
        // Statuses are read in place: copying one out retains every one of its strings.
        var listed = Set<String>()
        for system in estate.systems { listed.formUnion(system.assetIds) }
        var byAsset: [String: [ComponentStatus]] = [:]
        var bySystem: [String: [ComponentStatus]] = [:]
        for position in components.indices {
            switch components[position].subjectKind {
            case .asset:
                guard listed.contains(components[position].subjectId) else { continue }
                byAsset[components[position].subjectId, default: []].append(components[position])
            case .system: bySystem[components[position].subjectId, default: []].append(components[position])
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
            // The earliest change within the window (the first of a date), described once.
            let next = matched.compactMap { component -> (date: LocalDate, component: ComponentStatus)? in
                guard let change = component.status?.nextChange, window.contains(change.date) else { return nil }
                return (change.date, component)
            }.min { $0.date < $1.date }.map { earliest -> (date: LocalDate, what: String) in
                let state = earliest.component.status?.nextChange?.state.rawValue ?? ""
                return (earliest.date, "\(describe(earliest.component)) becomes \(state)")
            }
            return SystemLifecycle(
                system: system, state: worst.state, worstComponent: "\(describe(worst)) (\(worst.state.rawValue))",
                nextChange: next)
        }
    }

    /// `Microsoft SQL Server 2014 (SP3) on VM00021`; without `on VM00021` when `namingItsAsset` is false (where
    /// the asset is named already).
    static func describe(_ component: borrowing ComponentStatus, namingItsAsset: Bool = true) -> String {
        let version = component.version.map { " \($0)" } ?? ""
        return namingItsAsset && component.subjectKind == .asset
            ? "\(component.text)\(version) on \(component.subjectName)" : "\(component.text)\(version)"
    }
}
