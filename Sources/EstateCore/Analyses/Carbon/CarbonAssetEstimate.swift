/// Where an asset draws its power, which decides the PUE its energy is multiplied by.
public enum CarbonSetting: Sendable, Hashable, Comparable {
    /// On a desk, at home or in a pocket: no PUE.
    case desk
    /// A comms room or server room on the council's own premises.
    case onPremises
    case dataCentre
    case colocation
    case cloud(CloudProvider)
    /// Infrastructure whose hosting the inventory does not give.
    case notGiven

    /// `desk`, `on-premises`, `cloud-azure`: the key in CSV.
    public var key: String {
        switch self {
        case .desk: "desk"
        case .onPremises: "on-premises"
        case .dataCentre: "data-centre"
        case .colocation: "colocation"
        case .cloud(let provider): "cloud-\(provider.rawValue)"
        case .notGiven: "not-given"
        }
    }

    /// The setting in words.
    public var title: String {
        switch self {
        case .desk: "Desks and homes (no PUE)"
        case .onPremises: "Comms and server rooms"
        case .dataCentre: "Data centre"
        case .colocation: "Colocation"
        case .cloud(let provider): "Cloud (\(provider.title))"
        case .notGiven: "Hosting not given"
        }
    }

    private var rank: Int {
        switch self {
        case .desk: 0
        case .onPremises: 1
        case .dataCentre: 2
        case .colocation: 3
        case .cloud(let provider): 4 + (CloudProvider.allCases.firstIndex(of: provider) ?? 0)
        case .notGiven: 10
        }
    }

    public static func < (lhs: CarbonSetting, rhs: CarbonSetting) -> Bool { lhs.rank < rhs.rank }
}

/// How an asset is used, as far as its energy goes.
public enum CarbonUse: Sendable, Hashable {
    /// Seen by a tool within the policy's stale limit.
    case inUse
    /// Never seen by a tool: assumed in use.
    case neverSeen
    /// Not seen since this date, longer ago than the policy's stale limit: assumed switched off.
    case stale(lastSeen: LocalDate)
    /// A spare in stock: not powered.
    case inStock
    /// A virtual machine on a host in the inventory: its energy and manufacture are the host's.
    case inHost(hostId: String)
    /// A cloud virtual machine, estimated by Cloud Carbon Footprint's method.
    case cloud
    /// Estate has no factors for it.
    case notEstimated(reason: String)

    /// Whether the asset draws power (and, for a physical device, is replaced when its cycle ends).
    public var isPowered: Bool {
        switch self {
        case .inUse, .neverSeen, .cloud: true
        case .stale, .inStock, .inHost, .notEstimated: false
        }
    }

    /// The use in words, for the per-asset table.
    public var description: String {
        switch self {
        case .inUse: "in use"
        case .neverSeen: "never seen by a tool: assumed in use"
        case .stale(let date): "not seen since \(date): assumed unused, no energy, not replaced"
        case .inStock: "in stock: no energy, not replaced"
        case .inHost(let host): "virtual machine: counted in its host \(host)"
        case .cloud: "cloud virtual machine"
        case .notEstimated(let reason): "not estimated: \(reason)"
        }
    }
}

/// One asset's carbon profile: its yearly energy, PUE and embodied carbon, each with the basis it rests on.
///
/// The figures are per year of use; ``CarbonAnalysis`` turns them into financial years with the grid factor
/// of each year and the refresh plan.
///
/// What the asset shares with others of its model in its setting (figures, bases, cited rows) is held once, in a
/// ``CarbonProfile`` the estimates point to; only what is the asset's own is held in each.
public struct CarbonAssetEstimate: Sendable, Hashable {
    public var assetId: String
    public var assetClass: AssetClass
    public var site: String?
    public var department: String?
    public var use: CarbonUse
    public var purchaseDate: LocalDate?
    /// Whether ``purchaseDate`` was assumed because the inventory gave none.
    public var purchaseDateIsAssumed: Bool
    /// vCPUs (cores) for sharing a host among its virtual machines.
    public var vCPUs: Int?
    /// The figures and their bases, shared by the estimates that have the same.
    var profile: CarbonProfile

    init(
        assetId: String, assetClass: AssetClass, site: String?, department: String?, use: CarbonUse,
        purchaseDate: LocalDate?, purchaseDateIsAssumed: Bool, vCPUs: Int?, profile: CarbonProfile
    ) {
        self.assetId = assetId
        self.assetClass = assetClass
        self.site = site
        self.department = department
        self.use = use
        self.purchaseDate = purchaseDate
        self.purchaseDateIsAssumed = purchaseDateIsAssumed
        self.vCPUs = vCPUs
        self.profile = profile
    }

    /// Changes the shared figures of this estimate alone.
    mutating func changeProfile(_ change: (inout CarbonProfile.Figures) -> Void) {
        var figures = profile.figures
        change(&figures)
        profile = CarbonProfile(figures)
    }

    public var setting: CarbonSetting {
        get { profile.figures.setting }
        set { changeProfile { $0.setting = newValue } }
    }
    /// The `device-defaults.csv` row used for defaults and replacements (`laptop`, `server-2u`), if any.
    public var profileName: String? {
        get { profile.figures.profileName }
        set { changeProfile { $0.profileName = newValue } }
    }
    /// Electricity a year of use at the device itself, before PUE.
    public var kWhPerYear: Double {
        get { profile.figures.kWhPerYear }
        set { changeProfile { $0.kWhPerYear = newValue } }
    }
    public var kWhBasis: String {
        get { profile.figures.kWhBasis }
        set { changeProfile { $0.kWhBasis = newValue } }
    }
    public var pue: Double {
        get { profile.figures.pue }
        set { changeProfile { $0.pue = newValue } }
    }
    public var pueBasis: String {
        get { profile.figures.pueBasis }
        set { changeProfile { $0.pueBasis = newValue } }
    }
    /// A cloud region's grid factor in the first year (later years scale it by the UK grid projection).
    public var regionGridKgPerKWh: Double? {
        get { profile.figures.regionGridKgPerKWh }
        set { changeProfile { $0.regionGridKgPerKWh = newValue } }
    }
    public var gridBasis: String? {
        get { profile.figures.gridBasis }
        set { changeProfile { $0.gridBasis = newValue } }
    }
    /// The device's whole embodied carbon, amortised over ``lifeYears`` from ``purchaseDate``.
    public var embodiedKgCO2e: Double {
        get { profile.figures.embodiedKgCO2e }
        set { changeProfile { $0.embodiedKgCO2e = newValue } }
    }
    /// A yearly embodied charge instead (a cloud host's share), when not amortised.
    public var embodiedKgPerYear: Double? {
        get { profile.figures.embodiedKgPerYear }
        set { changeProfile { $0.embodiedKgPerYear = newValue } }
    }
    public var embodiedBasis: String {
        get { profile.figures.embodiedBasis }
        set { changeProfile { $0.embodiedBasis = newValue } }
    }
    /// The expected life (the policy refresh cycle for its class).
    public var lifeYears: Int {
        get { profile.figures.lifeYears }
        set { changeProfile { $0.lifeYears = newValue } }
    }
    /// What a replacement bought under the refresh plan uses and embodies (the class defaults).
    public var replacementKWhPerYear: Double {
        get { profile.figures.replacementKWhPerYear }
        set { changeProfile { $0.replacementKWhPerYear = newValue } }
    }
    public var replacementEmbodiedKgCO2e: Double {
        get { profile.figures.replacementEmbodiedKgCO2e }
        set { changeProfile { $0.replacementEmbodiedKgCO2e = newValue } }
    }
    public var replacementBasis: String {
        get { profile.figures.replacementBasis }
        set { changeProfile { $0.replacementBasis = newValue } }
    }
    /// Whether any figure rests on an ESTIMATE or UNVERIFIED factor.
    public var isEstimate: Bool {
        get { profile.figures.isEstimate }
        set { changeProfile { $0.isEstimate = newValue } }
    }
    /// The reference rows cited.
    public var factors: [CarbonFactor] {
        get { profile.figures.factors }
        set { changeProfile { $0.factors = newValue } }
    }

    /// Whether the refresh plan replaces the device when its cycle ends: a powered physical device.
    public var isReplaceable: Bool {
        Self.isReplaceable(
            use: use, embodiedKgPerYear: embodiedKgPerYear, assetClass: assetClass, hasProfile: profileName != nil)
    }

    /// ``isReplaceable`` from the fields it rests on.
    static func isReplaceable(use: CarbonUse, embodiedKgPerYear: Double?, assetClass: AssetClass, hasProfile: Bool)
        -> Bool
    {
        guard use.isPowered, embodiedKgPerYear == nil else { return false }
        if case .cloud = use { return false }
        return assetClass != .virtualMachine && hasProfile
    }
}

extension [CarbonAssetEstimate] {
    /// ``CarbonAssetEstimate/isReplaceable`` of the estimate at `index`, its fields read where it is held:
    /// `self[index].isReplaceable` copies the whole estimate first, retaining every one of its strings.
    func isReplaceable(at index: Int) -> Bool {
        CarbonAssetEstimate.isReplaceable(
            use: self[index].use, embodiedKgPerYear: self[index].profile.figures.embodiedKgPerYear,
            assetClass: self[index].assetClass, hasProfile: self[index].profile.figures.profileName != nil)
    }
}

/// The figures an asset's estimate shares with the other assets whose figures are the same, held once: a physical
/// device's with every device of its model in its setting (dated, or with its purchase date assumed), a virtual
/// machine's with the others on its host. A cloud VM has its own.
///
/// A million devices repeat a few hundred models: each estimate points to its profile rather than holding
/// a dozen strings and numbers of its own. A profile never changes once made; setting a figure of one estimate
/// gives that estimate a profile of its own.
final class CarbonProfile: Sendable, Hashable {
    struct Figures: Sendable, Hashable {
        var setting: CarbonSetting
        var profileName: String?
        var kWhPerYear: Double
        var kWhBasis: String
        var pue: Double
        var pueBasis: String
        var regionGridKgPerKWh: Double?
        var gridBasis: String?
        var embodiedKgCO2e: Double
        var embodiedKgPerYear: Double?
        var embodiedBasis: String
        var lifeYears: Int
        var replacementKWhPerYear: Double
        var replacementEmbodiedKgCO2e: Double
        var replacementBasis: String
        var isEstimate: Bool
        var factors: [CarbonFactor]
    }

    let figures: Figures

    init(_ figures: Figures) { self.figures = figures }

    static func == (lhs: CarbonProfile, rhs: CarbonProfile) -> Bool {
        lhs === rhs || lhs.figures == rhs.figures
    }

    func hash(into hasher: inout Hasher) { hasher.combine(figures) }
}
