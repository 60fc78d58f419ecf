/// Cloud migration readiness of the estate: every system and server judged `ready`, `ready-with-conditions`,
/// `not-ready` or `unknown` with its blockers in words, a disposition among the 7 Rs with its reason, an
/// effort size, migration waves in dependency order, the server refreshes a migration avoids, and the servers
/// that move in the shape of Azure Migrate's CSV import.
///
/// A pure function of the estate, the policy (``CloudPolicy`` under ``Policy/cloud``), the lifecycle analysis
/// (support states, refresh dates, planned retirements) and the as-of date.
///
/// ```swift
/// let cloud = CloudReadiness(estate: estate, policy: policy, lifecycle: lifecycle, asOf: asOf)
/// cloud.systems.filter { $0.disposition == .repurchase }.map(\.name)
/// cloud.movableServerIds   // servers that become cloud VMs
/// ```
///
/// ## Topics
/// - ``systems``, ``servers``: one ``CloudAssessment`` each.
/// - ``plan``: the waves and any dependency cycles.
/// - ``refreshAvoided``: capital and revenue a migration avoids, by server and financial year.
/// - ``handOver``: the servers to assess in Azure Migrate.
public struct CloudReadiness: Sendable {
    public var asOf: LocalDate
    /// The last day of the horizon (the lifecycle analysis's).
    public var horizonEnd: LocalDate
    public var policy: Policy
    /// Every system, by id.
    public var systems: [CloudAssessment]
    /// Every in-service server and virtual machine, by id.
    public var servers: [CloudAssessment]
    public var plan: CloudWavePlan
    /// Physical servers whose refresh falls within the horizon and is avoided, by financial year then id.
    public var refreshAvoided: [CloudRefreshAvoided]
    /// The servers that move as servers (rehost, replatform, relocate), as Azure Migrate's import wants them.
    public var handOver: [CloudHandOverServer]
    /// Servers that move but cannot be handed over, and the missing fact.
    public var handOverGaps: [(id: String, missing: String)]

    /// Servers and VMs that become cloud virtual machines (rehost, replatform or relocate), by id.
    ///
    /// The carbon analysis's move-to-cloud option should move exactly these.
    public var movableServerIds: [String] {
        servers.filter { [.rehost, .replatform, .relocate].contains($0.disposition) }.map(\.id)
    }

    /// Servers and VMs switched off because everything on them retires, moves to SaaS or is rebuilt, by id.
    public var retiringServerIds: [String] {
        servers.filter { $0.disposition == .retire }.map(\.id)
    }

    public init(estate: Estate, policy: Policy, lifecycle: LifecycleAnalysis, asOf: LocalDate) {
        self.asOf = asOf
        self.policy = policy
        horizonEnd = lifecycle.horizonEnd
        var facts = CloudFacts(estate: estate, lifecycle: lifecycle, asOf: asOf, staleAfterDays: policy.staleAfterDays)
        var systems = Self.assessSystems(estate.systems, facts: &facts, policy: policy)
        var servers = Self.assessServers(facts: facts, systems: systems, policy: policy)
        let plan = CloudWavePlanner(systems: systems, facts: facts, policy: policy.cloud).plan()
        Self.applyWaves(plan, systems: &systems, servers: &servers, facts: facts)
        self.systems = systems
        self.servers = servers
        self.plan = plan
        refreshAvoided = Self.refreshAvoided(servers: servers, systems: systems, facts: facts, policy: policy)
        (handOver, handOverGaps) = Self.handOver(servers: servers, facts: facts)
    }

    /// A system's or server's assessment by id.
    public func system(_ id: String) -> CloudAssessment? { systems.first { $0.id == id } }
    public func server(_ id: String) -> CloudAssessment? { servers.first { $0.id == id } }
}
