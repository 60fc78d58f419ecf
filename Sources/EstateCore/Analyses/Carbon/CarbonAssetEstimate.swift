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
public struct CarbonAssetEstimate: Sendable, Hashable {
    public var assetId: String
    public var assetClass: AssetClass
    public var site: String?
    public var department: String?
    public var setting: CarbonSetting
    public var use: CarbonUse
    /// The `device-defaults.csv` row used for defaults and replacements (`laptop`, `server-2u`), if any.
    public var profileName: String?
    /// Electricity a year of use at the device itself, before PUE.
    public var kWhPerYear: Double
    public var kWhBasis: String
    public var pue: Double
    public var pueBasis: String
    /// A cloud region's grid factor in the first year (later years scale it by the UK grid projection).
    public var regionGridKgPerKWh: Double?
    public var gridBasis: String?
    /// The device's whole embodied carbon, amortised over ``lifeYears`` from ``purchaseDate``.
    public var embodiedKgCO2e: Double
    /// A yearly embodied charge instead (a cloud host's share), when not amortised.
    public var embodiedKgPerYear: Double?
    public var embodiedBasis: String
    /// The expected life (the policy refresh cycle for its class).
    public var lifeYears: Int
    public var purchaseDate: LocalDate?
    /// Whether ``purchaseDate`` was assumed because the inventory gave none.
    public var purchaseDateIsAssumed: Bool
    /// What a replacement bought under the refresh plan uses and embodies (the class defaults).
    public var replacementKWhPerYear: Double
    public var replacementEmbodiedKgCO2e: Double
    public var replacementBasis: String
    /// Whether any figure rests on an ESTIMATE or UNVERIFIED factor.
    public var isEstimate: Bool
    /// The reference rows cited.
    public var factors: [CarbonFactor]
    /// vCPUs (cores) for sharing a host among its virtual machines.
    public var vCPUs: Int?

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
            use: self[index].use, embodiedKgPerYear: self[index].embodiedKgPerYear, assetClass: self[index].assetClass,
            hasProfile: self[index].profileName != nil)
    }
}
