/// A server refresh a migration avoids: the physical server's refresh falls within the horizon, and it is
/// freed (moved or switched off) with every system on it that moves ready to move.
///
/// Hackney: when on-premises kit reaches end of life, moving the service to cloud can avoid the refresh
/// "altogether".
public struct CloudRefreshAvoided: Sendable, Hashable {
    public var assetId: String
    public var name: String
    public var refreshClass: CloudRefreshClass
    /// Purchase date plus the class's refresh cycle (the lifecycle analysis).
    public var refreshDue: LocalDate
    /// The year the refresh would fall in: the one containing the due date, or the as-of year when overdue.
    public var financialYear: FinancialYear
    /// The policy's unit cost for the class.
    public var cost: Money
    /// Whether the cost is at or above the capitalisation threshold (else it would be revenue).
    public var isCapital: Bool
    public var disposition: CloudDisposition
    public var wave: Int?
    /// Its systems, or a host's virtual machines.
    public var related: [String]
    /// How the figure was reached: class, unit cost, due date and the policy values behind them.
    public var basis: String
}

extension CloudReadiness {
    static func refreshAvoided(
        servers: [CloudAssessment], systems: [CloudAssessment], facts: CloudFacts, policy: Policy
    ) -> [CloudRefreshAvoided] {
        let cloud = policy.cloud
        let byId = Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let systemsById = Dictionary(systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [CloudRefreshAvoided] = []
        for assessment in servers {
            guard let asset = facts.assetsById[assessment.id], !CloudFacts.isVirtual(asset), asset.hosting != .cloud,
                assessment.disposition.freesHardware, let status = facts.hardware[asset.id],
                let due = status.refreshDue, due <= facts.horizonEnd,
                isReadyToLeave(assessment, servers: byId, systems: systemsById, facts: facts)
            else { continue }
            let refreshClass: CloudRefreshClass =
                facts.guestsByHost[asset.id] != nil
                ? .hypervisorHost : (asset.cores ?? 0) >= cloud.largeServerCores ? .largeServer : .standardServer
            let cost =
                cloud.refreshUnitCost[refreshClass] ?? CloudPolicy.defaultRefreshUnitCost[refreshClass] ?? .zero
            let counted = max(due, facts.asOf)
            let year = policy.financialYear(containing: counted)
            let isCapital = cost >= policy.capitalisationThreshold
            let cycle = policy.refreshCycle(for: asset.assetClass)
            var basis =
                "\(refreshClass.rawValue) \(cost.wholePounds) (policy cloud_refresh_unit_cost"
                + (refreshClass == .largeServer
                    ? ", \(asset.cores ?? 0) cores ≥ cloud_large_server_cores \(cloud.largeServerCores)" : "")
                + "); refresh due \(due) (bought \(due.adding(years: -cycle)), \(cycle)-year cycle, policy refresh_cycle_years)"
            if due < facts.asOf { basis += ", overdue: counted in \(year)" }
            basis +=
                isCapital
                ? "; capital (at or above capitalisation_threshold \(policy.capitalisationThreshold.wholePounds))"
                : "; revenue (below capitalisation_threshold \(policy.capitalisationThreshold.wholePounds))"
            result.append(
                CloudRefreshAvoided(
                    assetId: asset.id, name: assessment.name, refreshClass: refreshClass, refreshDue: due,
                    financialYear: year, cost: cost, isCapital: isCapital, disposition: assessment.disposition,
                    wave: assessment.wave, related: assessment.related, basis: basis))
        }
        return result.sorted { ($0.financialYear, $0.assetId) < ($1.financialYear, $1.assetId) }
    }

    /// Whether everything on a freed server that moves can move: a switched-off server needs only what moves
    /// off it ready (its systems, or a host's virtual machines); a server that moves needs to be ready itself.
    static func isReadyToLeave(
        _ assessment: CloudAssessment, servers: [String: CloudAssessment], systems: [String: CloudAssessment],
        facts: CloudFacts
    ) -> Bool {
        guard assessment.disposition == .retire else { return assessment.readiness.canMove }
        let onIt = facts.guestsByHost[assessment.id] != nil ? servers : systems
        return assessment.related.compactMap { onIt[$0] }.filter { $0.disposition != .retire }
            .allSatisfy { $0.readiness.canMove }
    }
}
