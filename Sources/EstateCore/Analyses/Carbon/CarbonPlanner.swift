import Foundation

/// Places each asset's devices in time: the device in the inventory, the replacements the refresh plan buys,
/// and what a scenario changes.
struct CarbonPlanner {
    let asOf: LocalDate
    let policy: Policy
    let factors: CarbonFactors
    let horizonStart: LocalDate
    /// The day after the last year shown.
    let horizonEnd: LocalDate
    /// One per asset, in the order of ``assets`` (asset ids are unique in a snapshot).
    let estimates: [CarbonAssetEstimate]
    let assets: AssetSelection
    /// The systems register, for the move-to-cloud fallback rule and the notes.
    let systems: [System]
    /// The servers cloud readiness moves; nil for the planner's own rule.
    let movableServerIds: Set<String>?

    /// Years added to end-user devices' cycles (extend-life).
    var extendLifeYears = 0
    /// Devices replaced on a given day instead of at the end of their cycle (refresh-now), by the position of
    /// their estimate in ``estimates`` (empty when no device is): a scenario may replace most of the estate.
    var replaceAt: [LocalDate?] = []
    /// Devices that stop on a given day and are not replaced (moved to cloud, virtualised).
    var stopAt: [String: LocalDate] = [:]
    /// Hosts whose energy and replacements shrink from the as-of date to a share.
    var shareFromAsOf: [String: Double] = [:]
    /// Workloads that run in cloud from the as-of date.
    var cloudFromAsOf: [String: CloudWorkloadEstimate] = [:]
    /// New assets a scenario adds (virtualisation hosts).
    var addedEstimates: [CarbonAssetEstimate] = []
    var addedFactors: [CarbonFactor] = []
    var notes: [String] = []
    var scenarioNotes: [String: String] = [:]

    init(
        asOf: LocalDate, policy: Policy, factors: CarbonFactors, horizonStart: LocalDate, horizonEnd: LocalDate,
        estimates: [CarbonAssetEstimate], assets: AssetSelection, systems: [System],
        movableServerIds: Set<String>? = nil
    ) {
        self.movableServerIds = movableServerIds
        self.asOf = asOf
        self.policy = policy
        self.factors = factors
        self.horizonStart = horizonStart
        self.horizonEnd = horizonEnd
        self.estimates = estimates
        self.assets = assets
        self.systems = systems
    }

    /// The devices that fill an asset's place over the horizon, put into `tenures` (emptied first, its storage
    /// kept: a million assets reuse one buffer), and when the first replacement comes.
    /// The estimate is `estimates[index]`; `position` is its position in ``estimates``, nil for one a scenario
    /// added. Its fields are read where it is held: a whole estimate handed to a function is copied first,
    /// retaining every one of its strings, and this runs for every asset of every option.
    func plan(
        _ estimates: [CarbonAssetEstimate], at index: Int, position: Int?, into tenures: inout [CarbonTenure]
    ) -> LocalDate? {
        let id = estimates[index].assetId
        // The figures the estimate shares with its model, read in place.
        let shared = estimates[index].profile
        let stop = stopAt.isEmpty ? nil : stopAt[id]
        tenures.removeAll(keepingCapacity: true)
        var firstReplacement: LocalDate?
        switch estimates[index].use {
        case .cloud:
            tenures.append(
                CarbonTenure(
                    from: horizonStart, to: stop, kWhPerYear: shared.figures.kWhPerYear, pue: shared.figures.pue,
                    regionGridKgPerKWh: shared.figures.regionGridKgPerKWh,
                    embodied: .perYear(kg: shared.figures.embodiedKgPerYear ?? 0, from: horizonStart, to: stop),
                    isReplacement: false))
        case .inHost, .notEstimated:
            break
        case .inUse, .neverSeen, .stale, .inStock:
            let cycle = shared.figures.lifeYears + (estimates[index].assetClass.isEndUserDevice ? extendLifeYears : 0)
            let purchase = estimates[index].purchaseDate ?? horizonStart
            let replace = replaceAt.isEmpty ? nil : position.flatMap { replaceAt[$0] }
            var next: LocalDate? =
                estimates.isReplaceable(at: index) && stop == nil
                ? (replace ?? max(purchase.adding(years: cycle), asOf)) : nil
            firstReplacement = next.flatMap { $0 < horizonEnd ? $0 : nil }
            let end = [next, stop].compactMap { $0 }.min()
            let embodied: CarbonTenure.Embodied =
                shared.figures.embodiedKgCO2e > 0
                ? .amortised(kg: shared.figures.embodiedKgCO2e, from: purchase, to: purchase.adding(years: cycle))
                : .none
            tenures.append(
                CarbonTenure(
                    from: max(horizonStart, purchase), to: end,
                    kWhPerYear: estimates[index].use.isPowered ? shared.figures.kWhPerYear : 0,
                    pue: shared.figures.pue,
                    regionGridKgPerKWh: nil, embodied: embodied, isReplacement: false))
            while let start = next, start < horizonEnd {
                let end = start.adding(years: cycle)
                tenures.append(
                    CarbonTenure(
                        from: start, to: end, kWhPerYear: shared.figures.replacementKWhPerYear,
                        pue: shared.figures.pue,
                        regionGridKgPerKWh: nil,
                        embodied: .amortised(kg: shared.figures.replacementEmbodiedKgCO2e, from: start, to: end),
                        isReplacement: true))
                next = end
            }
        }
        if !shareFromAsOf.isEmpty, let share = shareFromAsOf[id] {
            tenures = tenures.flatMap { $0.scaled(from: asOf, by: share) }
        }
        if !cloudFromAsOf.isEmpty, let cloud = cloudFromAsOf[id] {
            tenures.append(
                CarbonTenure(
                    from: asOf, to: nil, kWhPerYear: cloud.itKWhPerYear, pue: cloud.pue,
                    regionGridKgPerKWh: cloud.gridKgCO2ePerKWh,
                    embodied: .perYear(kg: cloud.embodiedKgPerYear, from: asOf, to: nil), isReplacement: true))
        }
        return firstReplacement
    }

    /// Records what a scenario changes.
    mutating func apply(_ scenario: CarbonScenario) {
        switch scenario {
        case .extendLife(let years):
            extendLifeYears = years
            let count = estimates.indices.count {
                estimates[$0].assetClass.isEndUserDevice && estimates.isReplaceable(at: $0)
            }
            notes.append("\(count) in-use end-user devices serve \(years) more year\(years == 1 ? "" : "s") each.")
        case .refreshNow(let age):
            var count = 0
            let note = "replaced on \(asOf)"
            for index in estimates.indices
            where estimates[index].assetClass.isEndUserDevice && estimates.isReplaceable(at: index) {
                let bought = estimates[index].purchaseDate ?? asOf
                guard bought.wholeYears(until: asOf) >= age else { continue }
                if replaceAt.isEmpty { replaceAt = Array(repeating: nil, count: estimates.count) }
                replaceAt[index] = asOf
                scenarioNotes[estimates[index].assetId] = note
                count += 1
            }
            notes.append("\(count) in-use end-user devices are replaced on \(asOf).")
        case .moveToCloud(let provider):
            moveToCloud(provider ?? policy.carbon.cloudProvider)
        case .virtualise(let ratio):
            virtualise(ratio: ratio ?? policy.carbon.consolidationRatio)
        }
    }

    /// Virtual machines on each host in the inventory.
    private var guestsByHost: [String: [CarbonAssetEstimate]] {
        var out: [String: [CarbonAssetEstimate]] = [:]
        for index in estimates.indices {
            if case .inHost(let host) = estimates[index].use { out[host, default: []].append(estimates[index]) }
        }
        return out
    }

    private mutating func moveToCloud(_ provider: CloudProvider) {
        // Read where the asset is held: an asset handed to a function is copied first, and every in-service
        // asset is asked.
        func isVirtual(at index: Int) -> Bool {
            assets[index].assetClass == .virtualMachine || assets[index].isVirtual == true
        }
        var systemsByAsset: [String: [System]] = [:]
        for system in systems {
            for id in system.assetIds { systemsByAsset[id, default: []].append(system) }
        }
        // Without cloud readiness's servers, the planner's own rule looks systems' assets up by id: indexed only
        // then, since a million devices would be indexed for nothing.
        var position: [String: Int] = [:]
        if movableServerIds == nil {
            position.reserveCapacity(assets.count)
            for index in assets.indices where position[assets[index].id] == nil { position[assets[index].id] = index }
        }
        func isCandidate(_ system: System) -> Bool {
            guard system.hosting == nil || system.hosting == .onPremises, !system.assetIds.isEmpty else { return false }
            if system.vendorOffersSaaS == true { return true }
            return system.assetIds.allSatisfy { id in position[id].map { isVirtual(at: $0) } ?? false }
        }
        var moved: [String] = []
        var movedVCPUs: [String: Int] = [:]
        // Assets and estimates are read in place: copying one out retains every one of its strings. Only servers
        // and virtual machines move, so only their ids are looked up.
        for index in assets.indices where isVirtual(at: index) || assets[index].assetClass == .server {
            let systems = systemsByAsset[assets[index].id] ?? []
            let moves =
                movableServerIds.map { $0.contains(assets[index].id) }
                ?? (!systems.isEmpty && systems.allSatisfy(isCandidate))
            guard moves else { continue }
            let asset = assets[index]
            let estimate = estimates[index]
            switch estimate.use {
            case .inUse, .neverSeen, .inHost: break
            default: continue
            }
            let workload = CloudWorkload(
                provider: provider, region: provider.ukRegion, vCPUs: asset.cores ?? 2,
                memoryGB: Double(asset.memoryBytes ?? 0) / 1_073_741_824,
                storageTB: Double(asset.storageBytes ?? 0) / 1e12)
            guard
                let result = workload.estimate(
                    factors: factors, utilisationPercent: policy.carbon.cloudUtilisationPercent)
            else { continue }
            addedFactors += result.factors
            cloudFromAsOf[asset.id] = result
            stopAt[asset.id] = asOf
            let names = systems.map(\.id).joined(separator: ", ")
            scenarioNotes[asset.id] = "moves to \(provider.title) on \(asOf) (runs \(names))"
            if case .inHost(let host) = estimate.use { movedVCPUs[host, default: 0] += max(asset.cores ?? 1, 1) }
            moved.append(asset.id)
        }
        var shrunk: [String] = []
        for (host, guests) in guestsByHost.sorted(by: { $0.key < $1.key }) {
            guard let movedCount = movedVCPUs[host] else { continue }
            let total = guests.reduce(0) { $0 + max($1.vCPUs ?? 1, 1) }
            let share = total > 0 ? max(0, 1 - Double(movedCount) / Double(total)) : 1
            shareFromAsOf[host] = share
            scenarioNotes[host] = "keeps \(CarbonNumber.plain(share * 100, digits: 0))% of its load from \(asOf)"
            shrunk.append("\(host) to \(CarbonNumber.plain(share * 100, digits: 0))%")
        }
        notes.append(
            "\(moved.count) on-premises servers and VMs move to \(provider.title): \(moved.joined(separator: ", "))."
                + (shrunk.isEmpty ? "" : " Hosts shrink by the vCPUs that leave: \(shrunk.joined(separator: ", ")).")
        )
    }

    private mutating func virtualise(ratio: Int) {
        let hosts = guestsByHost
        var candidates: [Asset] = []
        var placed: [CarbonAssetEstimate] = []
        // Assets and estimates are read in place: copying one out retains every one of its strings.
        for index in assets.indices {
            guard assets[index].assetClass == .server, assets[index].isVirtual != true,
                hosts[assets[index].id] == nil, estimates.isReplaceable(at: index)
            else { continue }
            if case .cloud = estimates[index].setting { continue }
            candidates.append(assets[index])
            placed.append(estimates[index])
        }
        guard !candidates.isEmpty, let profile = factors.profile("server-2u") else {
            notes.append("No in-use physical server runs outside a hypervisor, so nothing is virtualised.")
            return
        }
        for asset in candidates {
            stopAt[asset.id] = asOf
            scenarioNotes[asset.id] = "virtualised on \(asOf): stops, not replaced"
        }
        var bySetting: [CarbonSetting: [CarbonAssetEstimate]] = [:]
        for estimate in placed { bySetting[estimate.setting, default: []].append(estimate) }
        let commonest =
            bySetting.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value.first ?? placed[0]
        let count = (candidates.count + ratio - 1) / ratio
        let cycle = policy.refreshCycle(for: .server)
        let cited = CarbonFactor(
            id: "device-defaults.csv server-2u", name: "Class default, server-2u", value: profile.embodiedKgCO2e,
            unit: "kgCO2e embodied; \(profile.yearlyKWh) kWh/yr", source: profile.source, status: profile.status)
        for index in 1...count {
            var host = commonest
            host.assetId = "NEW-HOST-\(index)"
            host.assetClass = .server
            host.department = "ICT"
            host.use = .inUse
            host.purchaseDate = asOf
            host.purchaseDateIsAssumed = false
            host.vCPUs = nil
            host.changeProfile { figures in
                figures.profileName = "server-2u"
                figures.kWhPerYear = profile.yearlyKWh
                figures.kWhBasis =
                    "new virtualisation host: class default server-2u \(profile.yearlyKWh) kWh/yr; 24×7"
                figures.embodiedKgCO2e = profile.embodiedKgCO2e
                figures.embodiedKgPerYear = nil
                figures.embodiedBasis = "class default server-2u \(profile.embodiedKgCO2e) kg over \(cycle) years"
                figures.lifeYears = cycle
                figures.replacementKWhPerYear = profile.yearlyKWh
                figures.replacementEmbodiedKgCO2e = profile.embodiedKgCO2e
                figures.factors = [cited]
            }
            addedEstimates.append(host)
            scenarioNotes[host.assetId] = "bought on \(asOf) to host the virtualised servers"
        }
        addedFactors.append(cited)
        notes.append(
            "\(candidates.count) physical servers become VMs on \(count) new host\(count == 1 ? "" : "s") (\(ratio) to a host) in \(commonest.setting.title.lowercased()): \(candidates.map(\.id).joined(separator: ", "))."
        )
    }
}
