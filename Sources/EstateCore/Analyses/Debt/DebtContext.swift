import Foundation

/// What every debt rule looks at: the estate, the policy, the lifecycle on the as-of date and electricity
/// figures, with the lookups the rules share worked out once.
public struct DebtContext: Sendable {
    /// The estate analysed.
    public let estate: Estate
    /// The policy in force.
    public let policy: Policy
    /// Support states, refresh dates and planned retirements on the as-of date.
    public let lifecycle: LifecycleAnalysis
    /// The date the debt is worked out for.
    public let asOf: LocalDate
    /// Each physical asset's yearly electricity.
    public let energy: DebtEnergy
    /// In-service assets (retired, disposed and lost ones carry no debt), in inventory order.
    public let assets: AssetSelection

    let assetsById: AssetLookup
    /// The lifecycle's component statuses of each in-service asset, as their positions there, by the asset's
    /// position in the estate's assets.
    let assetComponents: GroupedPositions
    /// The component that counts most for each in-service asset's support, and how much, by the asset's position
    /// in the estate's assets: worked out once for the support and the exposure factors.
    private(set) var assetSupport: [(position: Int32, permille: Int32)?] = []
    /// The lifecycle's component statuses of each system's own, as their positions there, by system id.
    let systemComponents: [String: [Int32]]
    /// The systems that list an asset among the assets they run on.
    let systemsByAsset: [String: [System]]
    /// The virtual machines each host runs.
    let guestsByHost: [String: [String]]
    /// The position in the lifecycle's hardware entries of each asset whose entry has a forced refresh (the
    /// first entry of an id): the only hardware fact debt reads, so a million entries are not indexed.
    let forcedRefreshPositions: [String: Int]
    /// Retirements the council has planned (local lifecycle layer), by system id.
    let plannedRetirements: [String: RoadmapEvent]
    /// The like-for-like replacement per class, at the policy's price or the register's median.
    let replacements: [AssetClass: DebtRemedy]
    /// Energy interest lines, worked out once for each figure, percent and policy key (the figure known by its
    /// number among the energy figures' bases, not hashed as text), and the findings' lists of them by factor.
    let energyLines = SharedValues<EnergyKey, DebtInterest?>()
    let energyLists = SharedValues<EnergyListKey, [DebtInterest]>()
    /// The policy's energy price, for pricing each asset's electricity in whole numbers.
    let energyPrice: ExactRatio

    /// The debt settings.
    public var debt: DebtPolicy { policy.debt }

    /// Works out the shared lookups.
    /// - Complexity: O(*n* log *n*) in assets and components.
    public init(estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, asOf: LocalDate, energy: DebtEnergy) {
        self.estate = estate
        self.policy = policy
        self.lifecycle = lifecycle
        self.asOf = asOf
        self.energy = energy
        energyPrice = ExactRatio(policy.energyPricePerKWh)
        let assets = AssetSelection.inService(estate.assets)
        self.assets = assets
        assetsById = AssetLookup(estate.assetsById, within: assets)
        // Statuses, assets and events are read in place: copying one out retains every one of its strings.
        // Statuses are indexed by position, not copied: a million assets have two million of them.
        let components = lifecycle.components
        let lookup = assetsById
        let all = estate.assets
        assetComponents = GroupedPositions(owners: all.count, count: components.count) { position in
            ComponentStatus.assetPosition(of: components, at: position, lookup: lookup)
        }
        var bySystem: [String: [Int32]] = [:]
        for position in components.indices where components[position].subjectKind == .system {
            bySystem[components[position].subjectId, default: []].append(Int32(position))
        }
        systemComponents = bySystem
        var systems: [String: [System]] = [:]
        for system in estate.systems {
            for id in Set(system.assetIds) { systems[id, default: []].append(system) }
        }
        systemsByAsset = systems
        var guests: [String: [String]] = [:]
        for position in assets.indices {
            if let host = assets[position].hostId { guests[host, default: []].append(assets[position].id) }
        }
        guestsByHost = guests
        let hardware = lifecycle.hardware
        forcedRefreshPositions = Dictionary(
            hardware.indices.lazy.filter { hardware[$0].forcedRefresh != nil }.map { (hardware[$0].assetId, $0) },
            uniquingKeysWith: { first, _ in first })
        var retirements: [String: RoadmapEvent] = [:]
        let events = lifecycle.events
        for position in events.indices
        where events[position].kind == .plannedRetirement && events[position].subjectKind == .system {
            let id = events[position].subjectId
            if retirements[id].map({ events[position].date < $0.date }) ?? true { retirements[id] = events[position] }
        }
        plannedRetirements = retirements
        let prices = Self.replacementPrices(assets: estate.assets, debt: policy.debt)
        var replacements: [AssetClass: DebtRemedy] = [:]
        for assetClass in AssetClass.allCases {
            replacements[assetClass] = Self.replacement(of: assetClass, at: prices[assetClass])
        }
        self.replacements = replacements
        var support = [(position: Int32, permille: Int32)?](repeating: nil, count: estate.assets.count)
        for position in assets.positions {
            support[position] = worstSupport(assetComponents[position]).map { (Int32($0.position), Int32($0.permille)) }
        }
        assetSupport = support
    }

    /// The position (in the lifecycle's statuses) and severity of the component that counts most for the support
    /// of the asset at `position` in the estate's assets, or nil when none counts.
    func worstSupport(ofAssetAt position: Int) -> (position: Int, permille: Int)? {
        assetSupport[position].map { (Int($0.position), Int($0.permille)) }
    }

    /// The lifecycle's component statuses of the asset at `position` in the estate's assets, as their positions.
    func components(ofAssetAt position: Int) -> ArraySlice<Int32> { assetComponents[position] }

    /// The lifecycle's component statuses of an in-service asset, as their positions (none for any other id).
    func components(ofAsset id: String) -> ArraySlice<Int32> {
        assetsById.position(of: id).map { assetComponents[$0] } ?? []
    }

    /// The lifecycle's component statuses at `positions`, copied out.
    func statuses(_ positions: some Sequence<Int32>) -> [ComponentStatus] {
        positions.map { lifecycle.components[Int($0)] }
    }

    /// The forced refresh of an asset's hardware (it cannot run a supported OS), if the lifecycle found one.
    func forcedRefresh(of id: String) -> (date: LocalDate, reason: String)? {
        forcedRefreshPositions[id].flatMap { lifecycle.hardware[$0].forcedRefresh }
    }

    /// An asset's readable name: its hostname, else its id.
    public func name(of asset: Asset) -> String { asset.hostname ?? asset.id }

    /// The subject's readable name.
    public func name(of subject: DebtSubject) -> String {
        switch subject.kind {
        case .asset: assetsById[subject.id].map(name(of:)) ?? subject.id
        case .system: estate.systems.first { $0.id == subject.id }?.name ?? subject.id
        }
    }

    /// Whether an asset is a physical machine (not a virtual machine).
    func isPhysical(_ asset: borrowing Asset) -> Bool { asset.assetClass != .virtualMachine && asset.isVirtual != true }

    /// Whether the asset at `position` in the estate's assets is a physical machine, read where it is held: an
    /// asset handed to a function is copied first, retaining every one of its strings.
    func isPhysical(at position: Int) -> Bool {
        let assets = estate.assets
        return assets[position].assetClass != .virtualMachine && assets[position].isVirtual != true
    }

    /// The most critical system running on an asset, directly or on a virtual machine it hosts.
    func mostCriticalSystem(on assetId: String) -> System? {
        var candidates = systemsByAsset[assetId] ?? []
        for guest in guestsByHost[assetId] ?? [] { candidates += systemsByAsset[guest] ?? [] }
        return candidates.max {
            ($0.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1, $1.id)
                < ($1.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1, $0.id)
        }
    }

    /// The physical machines a system runs on: those it lists, and the hosts of the virtual machines it lists.
    func physicalKit(of system: System) -> [Asset] {
        var seen = Set<String>()
        var kit: [Asset] = []
        for id in system.assetIds {
            guard let asset = assetsById[id] else { continue }
            let machine = isPhysical(asset) ? asset : asset.hostId.flatMap { assetsById[$0] }
            if let machine, seen.insert(machine.id).inserted { kit.append(machine) }
        }
        return kit
    }

    /// Replacing an asset of a class like for like, at the policy's price or the register's median.
    func replacement(of assetClass: AssetClass) -> DebtRemedy {
        replacements[assetClass] ?? Self.replacement(of: assetClass, at: nil)
    }

    /// Replacing an asset of a class at a price, else at Estate's framework price.
    private static func replacement(of assetClass: AssetClass, at price: (cost: Money, basis: String)?) -> DebtRemedy {
        let price = price ?? (DebtPolicy.fallbackReplacementCost[assetClass] ?? .zero, "ESTIMATE")
        return DebtRemedy(kind: .replace, cost: price.cost, basis: "\(price.cost.wholePounds) \(price.basis)")
    }

    /// A system remedy: the policy's percent of its annual cost, no less than the policy's minimum.
    func systemRemedy(_ kind: DebtRemedy.Kind, for system: System) -> DebtRemedy {
        let percent = debt.systemRemedyPercent[kind] ?? 0
        let share = system.annualCost.map { $0.scaled(by: Int64(percent), over: 100) }
        let minimum = debt.systemRemedyMinimum
        if let share, share >= minimum {
            return DebtRemedy(
                kind: kind, cost: share,
                basis:
                    "\(percent)% of \(system.annualCost?.wholePounds ?? "") a year (debt_system_remedy_cost \(kind.rawValue))"
            )
        }
        let because = system.annualCost == nil ? "no annual cost recorded" : "\(percent)% of the annual cost is less"
        return DebtRemedy(
            kind: kind, cost: minimum,
            basis: "minimum \(minimum.wholePounds) (debt_system_remedy_cost minimum; \(because))")
    }

    /// A percent of the yearly electricity of the asset at `position` (whose id is `assetId`), priced at the
    /// policy's energy price; nil without a figure.
    func energyInterest(at position: Int, _ assetId: String, percent: Int, policyKey: String) -> DebtInterest? {
        guard percent > 0, let (line, basis) = energy.numberedLine(at: position, id: assetId) else { return nil }
        return energyInterest(line, basis: basis, percent: percent, policyKey: policyKey)
    }

    /// ``energyInterest(at:_:percent:policyKey:)`` as a finding's list, credited to `factor`: the findings of assets
    /// whose lines read alike share one list.
    func energyInterestList(
        at position: Int, _ assetId: String, percent: Int, policyKey: String, factor: DebtFactor
    ) -> [DebtInterest] {
        guard percent > 0, let (line, basis) = energy.numberedLine(at: position, id: assetId) else { return [] }
        guard let basis else {
            return credited(energyInterest(line, basis: nil, percent: percent, policyKey: policyKey), factor)
        }
        let key = EnergyKey(kWhPerYear: line.kWhPerYear, basis: basis, percent: percent, policyKey: policyKey)
        return energyLists.value(for: EnergyListKey(line: key, factor: factor)) {
            credited(energyInterest(line, basis: basis, percent: percent, policyKey: policyKey), factor)
        }
    }

    /// The interest line of `line` (whose basis has the number `basis` among the energy figures', if it has one):
    /// made once for each figure, percent and policy key, since assets of one model in one setting share theirs.
    private func energyInterest(
        _ line: DebtEnergy.Line, basis: Int32?, percent: Int, policyKey: String
    ) -> DebtInterest? {
        // The line is made from the figures it needs alone: a closure that read the context would copy it whole.
        let price = energyPrice
        let perKWh = policy.energyPricePerKWh
        guard let basis else { return Self.energyInterest(line, percent: percent, policyKey: policyKey, price, perKWh) }
        let key = EnergyKey(kWhPerYear: line.kWhPerYear, basis: basis, percent: percent, policyKey: policyKey)
        return energyLines.value(for: key) {
            Self.energyInterest(line, percent: percent, policyKey: policyKey, price, perKWh)
        }
    }

    /// A finding's list of `line`, credited to `factor`.
    private func credited(_ line: DebtInterest?, _ factor: DebtFactor) -> [DebtInterest] {
        line.map { [$0].credited(to: factor) } ?? []
    }

    /// `line`'s electricity priced at `price` (`pricePerKWh` as written) and taken at `percent`; nil when it
    /// comes to nothing.
    private static func energyInterest(
        _ line: DebtEnergy.Line, percent: Int, policyKey: String, _ price: ExactRatio, _ pricePerKWh: Decimal
    ) -> DebtInterest? {
        // kWh × £ per kWh × percent ÷ 100 in pounds is kWh × percent × the price, in pence.
        let cost = price.times(Money(pence: line.kWhPerYear), by: Int64(percent))
        guard cost > .zero else { return nil }
        return DebtInterest(
            kind: .energy, perYear: cost,
            basis:
                "\(Table.grouped(line.kWhPerYear)) kWh a year at the meter [\(line.basis)] × £\(pricePerKWh) per kWh (energy_price_per_kwh) × \(percent)% (\(policyKey))"
        )
    }

    /// An energy interest line's figure (its kWh and the number of its basis), percent and policy key.
    struct EnergyKey: Hashable, Sendable {
        var kWhPerYear: Int64
        var basis: Int32
        var percent: Int
        var policyKey: String
    }

    /// A list of one energy interest line, credited to a factor.
    struct EnergyListKey: Hashable, Sendable {
        var line: EnergyKey
        var factor: DebtFactor
    }

    /// Per class: the policy's price, else the median purchase cost in the register.
    static func replacementPrices(assets: [Asset], debt: DebtPolicy) -> [AssetClass: (cost: Money, basis: String)] {
        var paid: [AssetClass: [Money]] = [:]
        // Assets are read in place: copying one out retains every one of its strings.
        for position in assets.indices {
            if let cost = assets[position].purchaseCost, cost > .zero {
                paid[assets[position].assetClass, default: []].append(cost)
            }
        }
        var prices: [AssetClass: (cost: Money, basis: String)] = [:]
        for assetClass in AssetClass.allCases {
            if let cost = debt.replacementCost[assetClass] {
                prices[assetClass] = (cost, "(debt_replacement_cost \(assetClass.rawValue))")
            } else if let costs = paid[assetClass]?.sorted(), !costs.isEmpty {
                let middle = costs.count / 2
                let median =
                    costs.count % 2 == 1
                    ? costs[middle] : Money(pence: (costs[middle - 1].pence + costs[middle].pence + 1) / 2)
                prices[assetClass] = (
                    median,
                    "(median price paid for \(Table.grouped(Int64(costs.count))) \(assetClass.rawValue) in the register; debt_replacement_cost not set)"
                )
            } else if let cost = DebtPolicy.fallbackReplacementCost[assetClass] {
                prices[assetClass] = (cost, "(ESTIMATE: Estate's framework price for a \(assetClass.rawValue))")
            }
        }
        return prices
    }
}
