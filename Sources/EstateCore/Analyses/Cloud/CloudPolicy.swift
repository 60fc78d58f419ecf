/// The council's choices behind cloud readiness: what each obstacle weighs, where ready stops, when SaaS is
/// acceptable, how big a migration is, what a server refresh costs and how many systems a wave can take.
///
/// Set in `policy.json` under the `cloud_*` keys (see ``Policy/cloudSettings``); every default is documented
/// there with its reason.
public struct CloudPolicy: Sendable, Hashable {
    /// The weight of each kind of blocker. A weight of 0 switches the rule off.
    public var weights: [CloudBlocker.Kind: Int]
    /// A score at or above this is `not-ready`; below it, any blocker makes `ready-with-conditions`.
    public var notReadyScore: Int
    /// Integration partners from which the integrations blocker applies.
    public var integrationThreshold: Int
    /// The most customisation a system may carry and still be replaced by its supplier's SaaS.
    public var saasMaxCustomisation: Customisation
    /// Whether a system is retired when a system already in the cloud serves the same capability.
    public var retireDuplicates: Bool
    /// Operating systems the target's virtual machines cannot run: lower-case text found in the OS name, and why.
    public var targetUnsupportedOS: [String: String]
    /// Words that tie a system to its site: lower-case text found in its capability, name, product or
    /// components, and whether it means hardware or telephony.
    public var siteBoundKeywords: [String: CloudBlocker.Kind]
    /// Products whose licences change in a cloud: lower-case text found in a component, and why.
    public var licensingKeywords: [String: String]
    /// Effort points for the disposition itself.
    public var dispositionPoints: [CloudDisposition: Int]
    /// Effort points for each server beyond the first.
    public var pointsPerExtraServer: Int
    /// Effort points for each integration partner.
    public var pointsPerIntegration: Int
    /// Effort points for how much the council depends on the system.
    public var criticalityPoints: [Criticality: Int]
    /// The most points for sizes S, M and L; anything above L is XL.
    public var effortSizeLimits: [CloudEffortSize: Int]
    /// What replacing a server of each class costs, for the refresh a migration avoids.
    public var refreshUnitCost: [CloudRefreshClass: Money]
    /// Cores from which a physical server is priced as large.
    public var largeServerCores: Int
    /// The most systems one migration wave takes.
    public var waveSize: Int
    /// What a proposed migration costs and when each wave cuts over, for the finance plan.
    public var costing: CloudCosting

    public init(
        weights: [CloudBlocker.Kind: Int] = CloudPolicy.defaultWeights, notReadyScore: Int = 10,
        integrationThreshold: Int = 5, saasMaxCustomisation: Customisation = .configured,
        retireDuplicates: Bool = true,
        targetUnsupportedOS: [String: String] = CloudPolicy.defaultTargetUnsupportedOS,
        siteBoundKeywords: [String: CloudBlocker.Kind] = CloudPolicy.defaultSiteBoundKeywords,
        licensingKeywords: [String: String] = CloudPolicy.defaultLicensingKeywords,
        dispositionPoints: [CloudDisposition: Int] = CloudPolicy.defaultDispositionPoints,
        pointsPerExtraServer: Int = 1, pointsPerIntegration: Int = 1,
        criticalityPoints: [Criticality: Int] = [.critical: 3, .high: 2, .medium: 1, .low: 0],
        effortSizeLimits: [CloudEffortSize: Int] = [.s: 8, .m: 14, .l: 22],
        refreshUnitCost: [CloudRefreshClass: Money] = CloudPolicy.defaultRefreshUnitCost,
        largeServerCores: Int = 16, waveSize: Int = 6, costing: CloudCosting = CloudCosting()
    ) {
        self.weights = weights
        self.notReadyScore = notReadyScore
        self.integrationThreshold = integrationThreshold
        self.saasMaxCustomisation = saasMaxCustomisation
        self.retireDuplicates = retireDuplicates
        self.targetUnsupportedOS = targetUnsupportedOS
        self.siteBoundKeywords = siteBoundKeywords
        self.licensingKeywords = licensingKeywords
        self.dispositionPoints = dispositionPoints
        self.pointsPerExtraServer = pointsPerExtraServer
        self.pointsPerIntegration = pointsPerIntegration
        self.criticalityPoints = criticalityPoints
        self.effortSizeLimits = effortSizeLimits
        self.refreshUnitCost = refreshUnitCost
        self.largeServerCores = largeServerCores
        self.waveSize = waveSize
        self.costing = costing
    }

    /// Every value at its default.
    public static let defaults = CloudPolicy()

    /// Blocking obstacles weigh the not-ready score (10) on their own; conditions weigh 1-4 by the work they make.
    public static let defaultWeights: [CloudBlocker.Kind: Int] = [
        .osNotSupported: 10, .unsupportedPlatform: 3, .extendedSupport: 2, .thickClient: 3, .citrixClient: 2,
        .customised: 2, .bespoke: 4, .hardware: 10, .telephony: 10, .officialSensitive: 1, .secret: 10,
        .integrations: 2, .latency: 2, .licensing: 2,
    ]

    /// Operating systems no major cloud's virtual machines run, from Azure's supported-OS lists.
    public static let defaultTargetUnsupportedOS: [String: String] = [
        "windows server 2003": "Windows Server 2003: cloud VMs run Windows Server 2008 R2 and later",
        "windows 2000": "Windows 2000: cloud VMs run Windows Server 2008 R2 and later",
        "windows nt": "Windows NT: cloud VMs run Windows Server 2008 R2 and later",
        "solaris": "Solaris: not offered on Azure or AWS virtual machines",
        "aix": "AIX: needs IBM Power, not offered on x86 cloud virtual machines",
        "hp-ux": "HP-UX: needs Itanium or PA-RISC, not offered on cloud virtual machines",
        "netware": "NetWare: not offered on cloud virtual machines",
        "openvms": "OpenVMS: not offered on Azure or AWS virtual machines",
        "mitel standard linux": "Mitel Standard Linux: a vendor appliance supported on the vendor's platforms only",
        "photon os": "VMware Photon OS: a VMware appliance (vCenter), not a workload to lift",
    ]

    /// Words that mean equipment on site or telephony.
    public static let defaultSiteBoundKeywords: [String: CloudBlocker.Kind] = [
        "dongle": .hardware, "hasp": .hardware, "codemeter": .hardware, "weighbridge": .hardware,
        "usb licence": .hardware, "telephony": .telephony, "pbx": .telephony, "mivoice": .telephony,
        "call recording": .telephony,
    ]

    /// Products whose licences change in a cloud.
    public static let defaultLicensingKeywords: [String: String] = [
        "oracle database":
            "Oracle counts two vCPUs as one processor licence in an authorised cloud (Oracle, Licensing Oracle Software in the Cloud Computing Environment): check the licence position"
    ]

    /// Retain costs nothing now; retire and relocate are light; SaaS and rebuilds are projects.
    public static let defaultDispositionPoints: [CloudDisposition: Int] = [
        .retain: 0, .retire: 1, .relocate: 1, .rehost: 2, .replatform: 4, .repurchase: 5, .refactor: 8,
    ]

    /// ESTIMATE: a two-socket hypervisor host £22,000, a large server £16,000, a standard server £8,000, with
    /// five years' warranty, in line with the sample estate's own purchase history.
    public static let defaultRefreshUnitCost: [CloudRefreshClass: Money] = [
        .hypervisorHost: Money(pounds: 22_000), .largeServer: Money(pounds: 16_000),
        .standardServer: Money(pounds: 8_000),
    ]

    /// The weight of a kind (0 when the policy does not name it).
    public func weight(_ kind: CloudBlocker.Kind) -> Int { weights[kind] ?? 0 }

    /// The size for a number of effort points.
    public func size(points: Int) -> CloudEffortSize {
        for size in [CloudEffortSize.s, .m, .l] where points <= (effortSizeLimits[size] ?? 0) { return size }
        return .xl
    }
}
