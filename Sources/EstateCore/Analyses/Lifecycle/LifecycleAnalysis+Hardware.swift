extension LifecycleAnalysis {
    /// The hardware lifecycle of the asset at `position` in `assets`, its fields read where it is held (an asset
    /// handed to a function is copied first, retaining every one of its strings).
    ///
    /// - Parameters:
    ///   - components: Every component status.
    ///   - operatingSystem: The index in `components` of the asset's operating system, if it has one.
    ///   - memo: What earlier assets worked out about their OS captions and Windows 11 facts.
    static func hardware(
        of assets: [Asset], at position: Int, policy: Policy, asOf: LocalDate, components: [ComponentStatus],
        operatingSystem: Int?, memo: inout HardwareMemo
    ) -> HardwareStatus {
        let assetClass = assets[position].assetClass
        let purchaseDate = assets[position].purchaseDate
        let age = purchaseDate.map { $0.wholeYears(until: asOf) }
        let cycle = policy.refreshCycle(for: assetClass)
        var status = HardwareStatus(
            assetId: assets[position].id, name: assets[position].hostname ?? assets[position].id,
            assetClass: assetClass, ageYears: age, refreshDue: purchaseDate?.adding(years: cycle),
            warrantyEnd: assets[position].warrantyEnd,
            isOld: assetClass.isEndUserDevice && (age ?? 0) >= policy.oldDeviceYears, windows11: nil,
            forcedRefresh: nil)
        guard let os = assets[position].osName, let caption = memo.windowsClient(os) else { return status }
        let readiness = memo.readiness(of: assets, at: position)
        status.windows11 = readiness
        guard readiness.verdict == .notCapable, !caption.namesWindows11 else { return status }
        guard let index = operatingSystem, let cycle = components[index].cycle, let end = lastSupportedDay(cycle)
        else { return status }
        let due = max(end.date.adding(days: 1), asOf)
        // Machines that fail alike on one OS (one caption, so one resolution) share the sentence.
        let key = HardwareMemo.ForcedKey(
            resolution: ObjectIdentifier(components[index].resolution), failures: readiness.failures)
        let reason = memo.forcedReason(key) {
            "cannot run Windows 11 (\(readiness.failures.joined(separator: "; "))); \(os) \(cycle.name) support ends \(end.date) (\(end.phase), layer \(cycle.layer))"
        }
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

/// What the hardware lifecycle works out once per distinct OS caption and per distinct set of Windows 11
/// facts: a million PCs share a few dozen captions and a few hundred processor, TPM, memory and storage mixes.
struct HardwareMemo {
    private var windowsClients: [String: WindowsCaption?] = [:]
    private var readinesses: [ReadinessKey: Windows11Readiness] = [:]
    private var forcedReasons = Memo<ForcedKey, String>()

    /// What a forced refresh's reason says besides the policy and the date: the OS's resolution (its caption,
    /// version and catalogue cycle) and why the machine cannot run Windows 11.
    struct ForcedKey: Hashable {
        var resolution: ObjectIdentifier
        var failures: [String]
    }

    /// The reason for `key`: the one written before, else `write`'s.
    mutating func forcedReason(_ key: ForcedKey, _ write: () -> String) -> String {
        forcedReasons.value(for: key, write)
    }

    /// The facts a Windows 11 verdict depends on.
    private struct ReadinessKey: Hashable {
        var tpmVersion: String?
        var cpu: String?
        /// Whether memory is recorded, and whether it is below the minimum.
        var memoryBelowMinimum: Bool?
        /// Whether storage is recorded, and whether it is below the minimum.
        var storageBelowMinimum: Bool?
    }

    /// What an OS caption says of Windows on a client.
    struct WindowsCaption {
        /// Whether it names Windows 11 (`11` anywhere in it): a machine running it is not forced off Windows 10.
        var namesWindows11: Bool
    }

    /// The caption's reading when ``LifecycleAnalysis/isWindowsClient(_:)`` says it names Windows on a client,
    /// else nil; remembered per caption.
    mutating func windowsClient(_ caption: String) -> WindowsCaption? {
        if let known = windowsClients[caption] { return known }
        let answer =
            LifecycleAnalysis.isWindowsClient(caption) ? WindowsCaption(namesWindows11: caption.contains("11")) : nil
        windowsClients[caption] = answer
        return answer
    }

    /// ``Windows11Readiness/init(asset:)`` of the asset at `position` in `assets`, remembered per set of facts (the
    /// asset is copied only to work out a set not met before).
    mutating func readiness(of assets: [Asset], at position: Int) -> Windows11Readiness {
        let key = ReadinessKey(
            tpmVersion: assets[position].tpmVersion, cpu: assets[position].cpu,
            memoryBelowMinimum: assets[position].memoryBytes.map { $0 < Windows11Readiness.minimumMemoryBytes },
            storageBelowMinimum: assets[position].storageBytes.map { $0 < Windows11Readiness.storageFloorBytes })
        if let known = readinesses[key] { return known }
        let readiness = Windows11Readiness(asset: assets[position])
        readinesses[key] = readiness
        return readiness
    }
}
