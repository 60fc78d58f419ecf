import EstateCore

extension SampleEstate {
    /// The date of the earlier snapshot: one year before ``asOf`` (2025-10-01 for the standard sample).
    public var earlierAsOf: LocalDate { asOf.adding(years: -1) }

    /// Whether ``SampleWriter`` writes the year-earlier snapshot and the second organisation beside the
    /// estate: at the standard size only, since both are derived in memory. Larger estates are for
    /// benchmarks and stay four files and a stocktake.
    public var hasHistoryAndSecondOrganisation: Bool { endUserDevices == Self.defaultEndUserDevices }

    /// Eastwick as it stood a year before ``asOf``, derived from the current estate so the two tell one story.
    ///
    /// Against the current estate, the earlier one shows:
    /// - **replaced** devices: most end-user devices bought in the last year (those with a hostname, in use)
    ///   had a predecessor of the same class and hostname, bought six to nine years before them, on
    ///   Windows 10 or 7; a spare bought for the store, and every phone, monitor and iPad, is growth;
    /// - **retired** kit with no successor: 30 old desktops, thin clients, laptops and printers, and two
    ///   physical servers;
    /// - **upgraded** operating systems: about one Windows 11 device in eight was on Windows 10 22H2, and
    ///   eleven servers ran an older Windows Server, Ubuntu, RHEL or ESXi;
    /// - **decommissioned** systems: three (APP048 to APP050) and the servers they ran on;
    /// - **migrated** systems: Library Management (now SaaS), Secure File Transfer and the Open Data
    ///   Portal (now IaaS) ran on virtual machines in the Civic Centre;
    /// - **storage growth**: servers and virtual machines held about a tenth less.
    ///
    /// Last-seen dates fall on or before the earlier date; no purchase date is after it. The same seed and
    /// date always give the same snapshot.
    ///
    /// - Complexity: O(n): it generates the current estate in memory first.
    public func yearEarlier() -> SampleSnapshot {
        let current = snapshot()
        let earlier = earlierAsOf
        var random = SampleRandom(seed: seed, stream: SampleStreams.history)
        var componentsBySubject: [String: [Component]] = [:]
        var systemComponents: [Component] = []
        for component in current.components {
            if component.subject == .system {
                systemComponents.append(component)
            } else {
                componentsBySubject[component.subjectId, default: []].append(component)
            }
        }

        let infrastructure = EarlierInfrastructure.derive(
            from: current.infrastructure, components: componentsBySubject, asOf: earlier, using: &random)
        let devices = EarlierDevices.derive(
            from: current.devices, components: componentsBySubject, asOf: earlier, using: &random)
        var ids: [String: String] = [:]
        for asset in infrastructure.assets { if let hostname = asset.hostname { ids[hostname] = asset.id } }
        let systems = EarlierSystems.derive(from: current.systems, asOf: earlier, ids: ids)

        return SampleSnapshot(
            organisation: Self.organisation, asOf: earlier, devices: devices.assets,
            infrastructure: infrastructure.assets, systems: systems.systems,
            components: infrastructure.components + systemComponents + systems.components + devices.components)
    }
}
