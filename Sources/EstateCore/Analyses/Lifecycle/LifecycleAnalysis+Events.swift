extension LifecycleAnalysis {
    static func events(
        estate: Estate, policy: Policy, components: [ComponentStatus],
        hardware: [HardwareStatus], local: LocalLifecycle, window: ClosedRange<LocalDate>,
        catalogue: LifecycleCatalogue
    ) -> [RoadmapEvent] {
        // A server is as critical as the most critical system that runs on it.
        var criticalityOfAsset: [String: Criticality] = [:]
        for system in estate.systems {
            guard let criticality = system.criticality else { continue }
            for id in system.assetIds where criticalityOfAsset[id].map({ $0 < criticality }) ?? true {
                criticalityOfAsset[id] = criticality
            }
        }
        let criticalityOfSystem = Dictionary(
            estate.systems.compactMap { system in system.criticality.map { (system.id, $0) } },
            uniquingKeysWith: { first, _ in first })

        var events: [RoadmapEvent] = []
        var deviceGroups: [DeviceGroupKey: Int] = [:]
        // The support ends of each shared resolution that fall in the window, worked out once.
        var endsOf: [ObjectIdentifier: [(phase: SupportPhase, kind: RoadmapEvent.Kind, end: LocalDate)]] = [:]
        // End-user devices counted per resolution (each of its ends is one event per device), folded into
        // `deviceGroups` at the end.
        var deviceCounts: [ObjectIdentifier: (resolution: ComponentStatus.Resolution, count: Int)] = [:]
        // Statuses and assets are read in place: copying one out retains every one of its strings. A device's
        // status only counts towards its resolution's group.
        let assets = estate.assets
        for index in components.indices {
            let shared = components[index].resolution
            let resolution = ObjectIdentifier(shared)
            let ends: [(phase: SupportPhase, kind: RoadmapEvent.Kind, end: LocalDate)]
            if let known = endsOf[resolution] {
                ends = known
            } else {
                // A status matched to no cycle has no support ends.
                ends = shared.cycle.map { supportEnds(of: $0, in: window) } ?? []
                endsOf[resolution] = ends
            }
            guard !ends.isEmpty else { continue }
            let isAsset = components[index].subjectKind == .asset
            let position = ComponentStatus.assetPosition(of: components, at: index, lookup: estate.assetsById)
            if let position, assets[position].assetClass.isEndUserDevice {
                deviceCounts[resolution, default: (shared, 0)].count += 1
                continue
            }
            // Ends were found, so there is a cycle: it is copied only for statuses other than devices'.
            guard let cycle = shared.cycle else { continue }
            for (phase, kind, end) in ends {
                let id = components[index].subjectId
                let criticality = isAsset ? criticalityOfAsset[id] : criticalityOfSystem[id]
                events.append(
                    RoadmapEvent(
                        date: end.adding(days: 1), kind: kind, subjectKind: isAsset ? .asset : .system, subjectId: id,
                        subjectName: components[index].subjectName, product: cycle.product, cycle: cycle.name,
                        statusAfter: catalogue.status(of: cycle, on: end.adding(days: 1)).state,
                        severity: supportSeverity(phase, criticality: criticality, isServer: position != nil),
                        reason: supportReason(
                            components[index], cycle: cycle, phase: phase, end: end, criticality: criticality)
                    ))
            }
        }
        for (resolution, item) in deviceCounts {
            guard let cycle = item.resolution.cycle else { continue }
            for (_, kind, end) in endsOf[resolution] ?? [] {
                deviceGroups[
                    DeviceGroupKey(product: cycle.product, cycle: cycle.name, kind: kind, end: end),
                    default: 0] += item.count
            }
        }
        for (group, count) in deviceGroups {
            let phase: SupportPhase =
                group.kind == .activeSupportEnds ? .active : group.kind == .securitySupportEnds ? .security : .extended
            let cycle = catalogue.cycle(group.cycle, of: group.product)
            events.append(
                RoadmapEvent(
                    date: group.end.adding(days: 1), kind: group.kind, subjectKind: .product,
                    subjectId: "\(group.product)/\(group.cycle)",
                    subjectName: "\(count) device\(count == 1 ? "" : "s")",
                    product: group.product, cycle: group.cycle,
                    statusAfter: cycle.map { catalogue.status(of: $0, on: group.end.adding(days: 1)).state },
                    severity: phase == .active ? .low : .high,
                    reason:
                        "\(cycle?.label ?? group.cycle) (\(group.product) \(group.cycle)) \(phase.rawValue) support ends \(group.end) (layer \(cycle?.layer.rawValue ?? "shipped")) on \(count) end-user device\(count == 1 ? "" : "s")"
                ))
        }
        // Hardware events (most of a large estate's) go straight into the list: a second list appended would be
        // copied, and grown twice.
        hardwareEvents(hardware, policy: policy, window: window, criticalityOfAsset: criticalityOfAsset, into: &events)
        events += systemEvents(estate: estate, local: local, window: window)
        return events
    }

    /// The ends of a cycle's support phases whose next day falls in the window, in phase order; an active end
    /// that is also the security end is left to the security phase.
    static func supportEnds(of cycle: LifecycleCycle, in window: ClosedRange<LocalDate>) -> [(
        phase: SupportPhase, kind: RoadmapEvent.Kind, end: LocalDate
    )] {
        var ends: [(phase: SupportPhase, kind: RoadmapEvent.Kind, end: LocalDate)] = []
        for (phase, kind) in [
            (SupportPhase.active, RoadmapEvent.Kind.activeSupportEnds), (.security, .securitySupportEnds),
            (.extended, .extendedSupportEnds),
        ] {
            guard let end = cycle.end(of: phase).date, window.contains(end.adding(days: 1)) else { continue }
            if phase == .active, cycle.securitySupportEnd.date == end { continue }
            ends.append((phase, kind, end))
        }
        return ends
    }

    struct DeviceGroupKey: Hashable {
        var product: String
        var cycle: String
        var kind: RoadmapEvent.Kind
        var end: LocalDate
    }

    static func supportSeverity(_ phase: SupportPhase, criticality: Criticality?, isServer: Bool)
        -> RoadmapEvent.Severity
    {
        if phase == .active { return criticality == .critical ? .medium : .low }
        switch criticality {
        case .critical: return .critical
        case .high: return .high
        default: return isServer || criticality != nil ? .high : .medium
        }
    }

    static func supportReason(
        _ component: ComponentStatus, cycle: LifecycleCycle, phase: SupportPhase, end: LocalDate,
        criticality: Criticality?
    ) -> String {
        var reason = "\(describe(component)) matched \(cycle.product) \(cycle.name) (rule \(component.match.rule)); "
        reason +=
            "\(phase.rawValue) support ends \(end) (layer \(cycle.layer.rawValue)\(cycle.source.map { ", \($0)" } ?? ""))"
        if let criticality { reason += "; runs a \(criticality.rawValue) system" }
        return reason
    }

    /// The warranty, refresh and forced-refresh events of the hardware entries, appended to `events`.
    static func hardwareEvents(
        _ hardware: [HardwareStatus], policy: Policy, window: ClosedRange<LocalDate>,
        criticalityOfAsset: [String: Criticality], into events: inout [RoadmapEvent]
    ) {
        // Most entries have a refresh event at least: room for one each is made at once.
        events.reserveCapacity(events.count + hardware.count)
        // Entries are read in place (copying one out retains every one of its strings), and the reasons that read
        // alike (one class, one date) are written once and shared.
        var reasons = Memo<HardwareReason, String>()
        func reason(_ key: HardwareReason, _ write: () -> String) -> String { reasons.value(for: key, write) }
        for index in hardware.indices {
            let assetClass = hardware[index].assetClass
            let isDevice = assetClass.isEndUserDevice
            if let end = hardware[index].warrantyEnd, window.contains(end) {
                events.append(
                    RoadmapEvent(
                        date: end, kind: .warrantyEnds, subjectKind: .asset, subjectId: hardware[index].assetId,
                        subjectName: hardware[index].name, severity: isDevice ? .low : .medium,
                        reason: reason(.warranty(assetClass, end)) {
                            "\(assetClass.rawValue) warranty ends \(end) (inventory)"
                        },
                        assetClass: assetClass))
            }
            if let due = hardware[index].refreshDue, due <= window.upperBound {
                let overdue = due < window.lowerBound
                let cycle = policy.refreshCycle(for: assetClass)
                let severity: RoadmapEvent.Severity =
                    hardware[index].isOld
                        || (!isDevice && criticalityOfAsset[hardware[index].assetId].map { $0 >= .high } ?? false)
                    ? .high : (isDevice ? .low : .medium)
                events.append(
                    RoadmapEvent(
                        date: max(due, window.lowerBound), kind: .refreshDue, subjectKind: .asset,
                        subjectId: hardware[index].assetId, subjectName: hardware[index].name, severity: severity,
                        reason: reason(.refresh(assetClass, due, cycle, overdue)) {
                            "\(assetClass.rawValue) bought \(due.adding(years: -cycle)), refresh cycle \(cycle) years (policy refresh_cycle_years)\(overdue ? "; overdue since \(due)" : "")"
                        },
                        assetClass: assetClass))
            }
            if let forced = hardware[index].forcedRefresh, forced.date <= window.upperBound {
                events.append(
                    RoadmapEvent(
                        date: forced.date, kind: .forcedRefresh, subjectKind: .asset,
                        subjectId: hardware[index].assetId, subjectName: hardware[index].name, product: "windows",
                        severity: .high, reason: forced.reason, assetClass: assetClass))
            }
        }
    }

    /// What a hardware event's reason says, for sharing one reason between the events it fits.
    private enum HardwareReason: Hashable {
        case warranty(AssetClass, LocalDate)
        case refresh(AssetClass, LocalDate, Int, Bool)
    }

    static func systemEvents(estate: Estate, local: LocalLifecycle, window: ClosedRange<LocalDate>) -> [RoadmapEvent] {
        var events: [RoadmapEvent] = []
        let systemsById = Dictionary(estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for system in estate.systems {
            guard let end = system.contractEnd, window.contains(end) else { continue }
            let severity: RoadmapEvent.Severity = system.criticality.map { $0 >= .high ? .high : .medium } ?? .medium
            events.append(
                RoadmapEvent(
                    date: end, kind: .contractEnds, subjectKind: .system, subjectId: system.id,
                    subjectName: system.name,
                    severity: severity,
                    reason:
                        "contract with \(system.vendor ?? "the supplier") ends \(end) (systems register); \(system.annualCost.map { "\($0.wholePounds) a year" } ?? "cost not recorded")"
                ))
        }
        for entry in local.entries {
            let system = entry.systemId.flatMap { systemsById[$0] }
            let subjectKind: RoadmapEvent.SubjectKind = entry.systemId == nil ? .product : .system
            let subjectId = entry.systemId ?? "\(entry.product ?? "")/\(entry.cycle ?? "")"
            let name = system?.name ?? subjectId
            let note = entry.note.map { ": \($0)" } ?? ""
            if let retire = entry.retireBy, window.contains(retire) {
                events.append(
                    RoadmapEvent(
                        date: retire, kind: .plannedRetirement, subjectKind: subjectKind, subjectId: subjectId,
                        subjectName: name, product: entry.product, cycle: entry.cycle, severity: .medium,
                        reason: "planned retirement by \(retire) (layer local, \(entry.source))\(note)"))
            }
            if entry.systemId != nil, let end = entry.extendedSupportEnd, window.contains(end.adding(days: 1)) {
                events.append(
                    RoadmapEvent(
                        date: end.adding(days: 1), kind: .extendedSupportEnds, subjectKind: .system,
                        subjectId: subjectId,
                        subjectName: name, statusAfter: .unsupported,
                        severity: system?.criticality == .critical ? .critical : .high,
                        reason: "negotiated extended support ends \(end) (layer local, \(entry.source))\(note)"))
            }
        }
        return events
    }
}
