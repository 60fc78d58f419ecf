/// The estate indexed for the cloud rules: servers, their guests and systems, each system's integration
/// partners, component statuses by subject, and the lifecycle facts the rules read.
///
/// - Complexity: O(n) in assets, systems and components to build; lookups are O(1).
struct CloudFacts: Sendable {
    let asOf: LocalDate
    let staleAfterDays: Int
    let assetsById: AssetLookup
    let systemsById: [String: System]
    /// In-service servers and virtual machines, by id order.
    let servers: [Asset]
    /// In-service virtual machines by the id of their host.
    let guestsByHost: [String: [Asset]]
    /// Systems by the id of each asset they run on.
    let systemsByAsset: [String: [System]]
    /// Every system it exchanges data with, in either direction, by id order.
    let partners: [String: [String]]
    /// Component statuses (operating systems included) by asset id (of servers, the assets systems list and
    /// their hosts) and by system id.
    let componentsByAsset: [String: [ComponentStatus]]
    let componentsBySystem: [String: [ComponentStatus]]
    let systemLifecycles: [String: SystemLifecycle]
    /// Hardware lifecycles of servers, the assets systems list and their hosts, by asset id.
    let hardware: [String: HardwareStatus]
    /// Planned retirements from the council's local lifecycle layer, by system id.
    let plannedRetirements: [String: RoadmapEvent]
    let horizonEnd: LocalDate
    /// Systems anchored on premises by an obstacle no purchase removes (hardware on site, SECRET data) that
    /// blocks on its own, for the latency rule.
    var anchoredSystemIds: Set<String> = []

    init(estate: Estate, lifecycle: LifecycleAnalysis, asOf: LocalDate, staleAfterDays: Int) {
        self.asOf = asOf
        self.staleAfterDays = staleAfterDays
        horizonEnd = lifecycle.horizonEnd
        assetsById = estate.assetsById
        systemsById = Dictionary(estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        servers = estate.assets.filter { ($0.status?.isInService ?? true) && Self.isServer($0) }.sorted {
            $0.id < $1.id
        }
        var guests: [String: [Asset]] = [:]
        for asset in servers {
            if let host = asset.hostId, Self.isVirtual(asset) { guests[host, default: []].append(asset) }
        }
        guestsByHost = guests
        var byAsset: [String: [System]] = [:]
        var partnerSets: [String: Set<String>] = [:]
        for system in estate.systems.sorted(by: { $0.id < $1.id }) {
            for id in Set(system.assetIds) { byAsset[id, default: []].append(system) }
            for other in system.integrations where other != system.id {
                partnerSets[system.id, default: []].insert(other)
                partnerSets[other, default: []].insert(system.id)
            }
        }
        systemsByAsset = byAsset
        partners = partnerSets.mapValues { $0.sorted() }
        // The rules look at the components and hardware of servers, of the assets systems list and of their
        // hosts only: an estate of a million PCs keeps no index of the PCs.
        var needed = Set<String>()
        for server in servers {
            needed.insert(server.id)
            if let host = server.hostId { needed.insert(host) }
        }
        for system in estate.systems {
            for id in system.assetIds where needed.insert(id).inserted {
                if let host = assetsById[id]?.hostId { needed.insert(host) }
            }
        }
        var assetComponents: [String: [ComponentStatus]] = [:]
        var systemComponents: [String: [ComponentStatus]] = [:]
        let components = lifecycle.components
        for position in components.indices {
            let id = components[position].subjectId
            switch components[position].subjectKind {
            case .asset: if needed.contains(id) { assetComponents[id, default: []].append(components[position]) }
            case .system: systemComponents[id, default: []].append(components[position])
            }
        }
        componentsByAsset = assetComponents
        componentsBySystem = systemComponents
        systemLifecycles = Dictionary(
            lifecycle.systems.map { ($0.system.id, $0) }, uniquingKeysWith: { first, _ in first })
        let machines = lifecycle.hardware.filter { needed.contains($0.assetId) }
        hardware = Dictionary(machines.map { ($0.assetId, $0) }, uniquingKeysWith: { first, _ in first })
        var retirements: [String: RoadmapEvent] = [:]
        let events = lifecycle.events
        for position in events.indices
        where events[position].kind == .plannedRetirement && events[position].subjectKind == .system {
            if retirements[events[position].subjectId] == nil {
                retirements[events[position].subjectId] = events[position]
            }
        }
        plannedRetirements = retirements
    }

    /// Servers and virtual machines (the subjects of the per-server assessment).
    static func isServer(_ asset: Asset) -> Bool {
        asset.assetClass == .server || asset.assetClass == .virtualMachine
    }

    static func isVirtual(_ asset: Asset) -> Bool { asset.assetClass == .virtualMachine || asset.isVirtual == true }

    /// The hostname, else the id.
    static func name(of asset: Asset) -> String { asset.hostname ?? asset.id }

    /// The in-service servers a system runs on that the asset register holds.
    func servers(of system: System) -> [Asset] {
        var seen = Set<String>()
        return system.assetIds.compactMap { id in
            guard seen.insert(id).inserted, let asset = assetsById[id], asset.status?.isInService ?? true else {
                return nil
            }
            return asset
        }
    }

    /// Whether a system lives on premises (or its hosting is not recorded).
    static func isOnPremises(_ system: System) -> Bool { system.hosting == nil || system.hosting == .onPremises }

    /// The physical machine whose refresh a server's life depends on: itself, or its host.
    func physicalMachine(of asset: Asset) -> Asset? {
        guard Self.isVirtual(asset) else { return asset }
        return asset.hostId.flatMap { assetsById[$0] }
    }
}
