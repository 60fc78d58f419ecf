/// The estate's technical debt on the as-of date: a score out of 100 per asset and per system from named
/// factors, what fixing it costs (principal) and what leaving it costs each year (interest), and a TIME
/// category per system.
///
/// A pure function of the estate, the policy, the lifecycle analysis (support states, refresh dates, planned
/// retirements), the as-of date and the electricity figures. Every number is traceable: each item lists each
/// factor's points with the fact, rule and policy values behind it, and each pound names its unit cost.
///
/// What it took from prior art:
/// - SQALE: debt as the remediation cost of each finding, added up by item and by group; Estate compares it
///   with the running cost of leaving it rather than with a replacement value, because councils budget
///   capital (fix) and revenue (interest) separately.
/// - ServiceNow's lifecycle risk: days to the next milestone times the milestone's multiplier, as the support
///   factor's ramp towards the next support state within the warning window.
/// - LeanIX's TIME categories (tolerate, invest, migrate, eliminate) from technical fit and business value.
///
/// ```swift
/// let debt = DebtAnalysis(estate: estate, policy: policy, lifecycle: lifecycle, asOf: today, energy: energy)
/// debt.items.first?.score           // the worst item, out of 100
/// debt.items.first?.factorSummary   // "support 25, exposure 20, customisation 9"
/// ```
public struct DebtAnalysis: Sendable {
    /// The date the debt is worked out for.
    public let asOf: LocalDate
    /// The policy whose weights, thresholds and unit costs the figures use.
    public let policy: Policy
    /// Every system, and every in-service asset with a finding, worst first (score, then principal plus a
    /// year's interest, then systems before assets, then id).
    public var items: [DebtItem]
    /// Why electricity was not priced, when it was not.
    public var energyNote: String?
    /// The ids of the systems that list each asset, for the all-in totals by system.
    let systemsByAsset: [String: [String]]

    /// Runs every rule over the estate and combines the findings per subject.
    /// - Complexity: O(*n* log *n*) in assets, systems and components.
    public init(
        estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, asOf: LocalDate, energy: DebtEnergy,
        rules: [any DebtRule] = DebtRules.all
    ) {
        self.asOf = asOf
        self.policy = policy
        energyNote = energy.note
        let context = DebtContext(
            estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf, energy: energy)
        systemsByAsset = context.systemsByAsset.mapValues { $0.map(\.id) }
        // Findings are gathered by their subject's position (assets' in the estate's, systems' in its list): an
        // asset's is the one its rule recorded, checked with one id comparison; other subjects are hashed once to
        // find it. Ids are unique in a snapshot (ingest refuses repeats); were one repeated, its first asset or
        // system would take its findings.
        let assetsById = context.assetsById
        var systemPositions: [String: Int] = [:]
        for position in estate.systems.indices where systemPositions[estate.systems[position].id] == nil {
            systemPositions[estate.systems[position].id] = position
        }
        var assetFindings = [[DebtFinding]](repeating: [], count: estate.assets.count)
        var systemFindings = [[DebtFinding]](repeating: [], count: estate.systems.count)
        for rule in rules {
            // Each finding is moved out of the rule's list, not copied (a copy retains every one of its strings).
            var found = rule.findings(in: context)
            found.withUnsafeMutableBufferPointer { $0.reverse() }
            while let finding = found.popLast() {
                guard finding.points > 0 || finding.remedy != nil || !finding.interest.isEmpty else { continue }
                switch finding.subject.kind {
                case .asset:
                    guard
                        let position = assetsById.position(
                            of: finding.subject.id, recorded: finding.subject.recordedPosition)
                    else { continue }
                    assetFindings[position].append(finding)
                case .system:
                    guard let position = systemPositions[finding.subject.id] else { continue }
                    systemFindings[position].append(finding)
                }
            }
        }
        // Each subject's findings are taken out of the table as its item is made, so the item holds the only copy.
        var items: [DebtItem] = []
        let assets = context.assets.all
        items.reserveCapacity(
            estate.systems.count + context.assets.positions.count { !assetFindings[$0].isEmpty })
        for position in estate.systems.indices {
            let system = estate.systems[position]
            var item = DebtItem(
                subject: DebtSubject(.system, system.id), name: system.name, department: system.department,
                findings: Self.take(&systemFindings[position]))
            item.criticality = system.criticality
            let time = TimeCategory.classify(
                system: system, score: item.score, findings: item.findings,
                plannedRetirement: context.plannedRetirements[system.id], poorFitScore: policy.debt.poorFitScore,
                highValue: policy.debt.highValueCriticality)
            item.timeCategory = time.category
            item.timeReason = time.reason
            items.append(item)
        }
        // Assets are read in place: copying one out retains every one of its strings.
        for position in context.assets.positions where !assetFindings[position].isEmpty {
            var item = DebtItem(
                subject: DebtSubject(.asset, assets[position].id), name: context.name(of: assets[position]),
                department: assets[position].department,
                findings: Self.take(&assetFindings[position]).withExactCapacity())
            item.assetClass = assets[position].assetClass
            items.append(item)
        }
        // Positions are sorted on the keys alone, so each item (findings and all) is moved once.
        let scores = items.map(\.score)
        let atStake = items.map(\.atStake)
        let subjects = items.map(\.subject)
        var order = Array(items.indices)
        order.sort { left, right in
            if scores[left] != scores[right] { return scores[left] > scores[right] }
            if atStake[left] != atStake[right] { return atStake[left] > atStake[right] }
            return Self.ranksBefore(subjects[left], subjects[right])
        }
        items.rearrange(by: order)
        self.items = items
    }

    /// The findings held at `slot`, leaving it empty so the taker holds the only reference.
    private static func take(_ slot: inout [DebtFinding]) -> [DebtFinding] {
        var taken: [DebtFinding] = []
        swap(&taken, &slot)
        return taken
    }

    /// Worse first: score, then principal plus a year's interest, then systems before assets, then id.
    static func ranksBefore(_ lhs: DebtItem, _ rhs: DebtItem) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.atStake != rhs.atStake { return lhs.atStake > rhs.atStake }
        return ranksBefore(lhs.subject, rhs.subject)
    }

    /// Between items of equal score and money at stake: systems before assets, then by id.
    static func ranksBefore(_ lhs: DebtSubject, _ rhs: DebtSubject) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind == .system }
        return lhs.id < rhs.id
    }

    /// Every finding of every item, in item order.
    public var findings: [DebtFinding] { items.flatMap(\.findings) }

    /// The estate's principal: the sum of every item's.
    public var principal: Money { items.indices.reduce(.zero) { $0 + items[$1].principal } }

    /// The estate's yearly interest: the sum of every item's.
    public var interestPerYear: Money { items.indices.reduce(.zero) { $0 + items[$1].interestPerYear } }

    /// The item of a subject, if it has one.
    public func item(_ kind: DebtSubject.Kind, _ id: String) -> DebtItem? {
        // Compared in place: iterating the items would copy each one's findings to look at its subject.
        items.indices.first { items[$0].subject.kind == kind && items[$0].subject.id == id }.map { items[$0] }
    }
}
