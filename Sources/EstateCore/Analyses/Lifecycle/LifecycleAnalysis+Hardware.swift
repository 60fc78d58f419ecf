extension LifecycleAnalysis {
    static func hardware(
        _ asset: Asset, policy: Policy, asOf: LocalDate, components: [ComponentStatus], catalogue: LifecycleCatalogue
    ) -> HardwareStatus {
        let age = asset.purchaseDate.map { $0.wholeYears(until: asOf) }
        let cycle = policy.refreshCycle(for: asset.assetClass)
        var status = HardwareStatus(
            assetId: asset.id, name: name(of: asset), assetClass: asset.assetClass, ageYears: age,
            refreshDue: asset.purchaseDate?.adding(years: cycle), warrantyEnd: asset.warrantyEnd,
            isOld: asset.assetClass.isEndUserDevice && (age ?? 0) >= policy.oldDeviceYears, windows11: nil,
            forcedRefresh: nil)
        guard let os = asset.osName, isWindowsClient(os) else { return status }
        let readiness = Windows11Readiness(asset: asset)
        status.windows11 = readiness
        guard readiness.verdict == .notCapable, !os.contains("11") else { return status }
        let osStatus = components.first {
            $0.subjectKind == .asset && $0.subjectId == asset.id && $0.kind == .operatingSystem
        }
        guard let cycle = osStatus?.cycle, let end = lastSupportedDay(cycle) else { return status }
        let due = max(end.date.adding(days: 1), asOf)
        let reason =
            "cannot run Windows 11 (\(readiness.failures.joined(separator: "; "))); \(os) \(cycle.name) support ends \(end.date) (\(end.phase), layer \(cycle.layer))"
        status.forcedRefresh = (due, reason)
        return status
    }

    /// The last day a cycle is supported at all for the council: its extended end when the council's
    /// local layer bought one, otherwise the security end.
    static func lastSupportedDay(_ cycle: LifecycleCycle) -> (date: LocalDate, phase: String)? {
        if cycle.layer == .local, let extended = cycle.extendedSupportEnd.date { return (extended, "extended support") }
        if let security = cycle.securitySupportEnd.date { return (security, "security support") }
        return nil
    }

    /// `Microsoft Windows 10 Enterprise`, `Windows 7 Professional`: Windows, not Windows Server.
    static func isWindowsClient(_ caption: String) -> Bool {
        let text = caption.lowercased()
        return text.contains("windows") && !text.contains("server") && !text.contains("iot")
            && !text.contains("embedded")
    }
}
