/// The council's choices behind the debt score and its money: factor weights, multipliers, thresholds,
/// unit costs for fixing debt and yearly costs of leaving it.
///
/// Set in `policy.json` under the `debt_*` keys (see ``Policy/debtSettings``), where each default's
/// rationale is recorded. Percentages are whole percents; money is whole pence.
public struct DebtPolicy: Sendable, Hashable {
    /// Points each factor adds at full severity; a score is the sum of its factors' points, capped at 100.
    public var weights: [DebtFactor: Int]
    /// How much of the support weight each state carries, in percent (ServiceNow's milestone multiplier).
    public var supportPercent: [SupportState: Int]
    /// Days ahead in which a coming change of support state already raises the score, in proportion to how
    /// near it is.
    public var supportWarningDays: Int
    /// How much of the exposure weight each criticality carries, in percent.
    public var criticalityPercent: [Criticality: Int]
    /// The exposure percent of a device or system with no recorded criticality.
    public var unrecordedCriticalityPercent: Int
    /// How much of the customisation weight each level carries, in percent.
    public var customisationPercent: [Customisation: Int]
    /// Years past its class's life at which an asset's age factor is full (it rises month by month until then).
    public var ageFullYears: Int
    /// The council's current minimum specification for PCs (desktops, laptops, workstations).
    public var minimumSpecification: MinimumSpecification
    /// A system costing more than this a year per user has few users for its cost.
    public var costPerUserLimit: Money
    /// Capabilities whose recorded users are administrators or whose audience is the public, which the
    /// cost-per-user test skips (lower-case hyphenated tokens, as the systems register's capabilities).
    public var perUserExemptCapabilities: [String]
    /// A system scoring at least this has poor technical fit in the TIME categories.
    public var poorFitScore: Int
    /// The least criticality at which a system has high business value in the TIME categories.
    public var highValueCriticality: Criticality
    /// The council's replacement prices by class; a class not listed uses the median price paid in the register,
    /// then ``DebtPolicy/fallbackReplacementCost``.
    public var replacementCost: [AssetClass: Money]
    /// Upgrading an asset's operating system, or updating its other software, per asset.
    public var upgradeCost: UpgradeCosts
    /// Moving a dedicated physical server's system onto the virtual estate, per server.
    public var virtualiseCost: Money
    /// Finding an unused asset and redeploying or disposing of it, per asset.
    public var reclaimCost: Money
    /// What fixing a system costs, as a percent of its annual cost.
    public var systemRemedyPercent: [DebtRemedy.Kind: Int]
    /// The least a system remedy costs, for systems with a small or unrecorded annual cost.
    public var systemRemedyMinimum: Money
    /// Yearly fees of paid extended support (for components in the extended-only state).
    public var extendedSupportFee: SupportCharges
    /// Yearly extra cost of running unsupported software (isolation, monitoring, third-party support).
    public var unsupportedCost: SupportCharges
    /// Yearly extra support of a customised or bespoke system, as a percent of its annual cost.
    public var customisationCostPercent: [Customisation: Int]
    /// The share of a duplicate system's annual cost that consolidation saves, in percent.
    public var duplicateSavingPercent: Int
    /// Yearly running cost of an unused asset (management, security and support licences).
    public var idleAssetCost: Money
    /// How much more electricity kit past its life uses than its replacement, in percent.
    public var oldKitEnergyPenaltyPercent: Int

    /// A PC's minimum specification.
    public struct MinimumSpecification: Sendable, Hashable {
        /// Least memory, in GB.
        public var memoryGB: Int
        /// Least storage, in GB.
        public var storageGB: Int
        /// The TPM major version required (2 for TPM 2.0); 0 for none.
        public var tpmMajor: Int
        /// Whether the processor must be on Microsoft's Windows 11 supported list.
        public var requiresWindows11Processor: Bool

        /// Creates a specification.
        public init(memoryGB: Int, storageGB: Int, tpmMajor: Int, requiresWindows11Processor: Bool) {
            self.memoryGB = memoryGB
            self.storageGB = storageGB
            self.tpmMajor = tpmMajor
            self.requiresWindows11Processor = requiresWindows11Processor
        }
    }

    /// Per-asset upgrade prices.
    public struct UpgradeCosts: Sendable, Hashable {
        /// Upgrading an end-user device's operating system.
        public var deviceOS: Money
        /// Updating an end-user device's other software.
        public var deviceSoftware: Money
        /// Upgrading a server's operating system (rebuild, migration and test).
        public var serverOS: Money
        /// Upgrading a server's other software (a database, a runtime).
        public var serverSoftware: Money

        /// Creates the prices.
        public init(deviceOS: Money, deviceSoftware: Money, serverOS: Money, serverSoftware: Money) {
            self.deviceOS = deviceOS
            self.deviceSoftware = deviceSoftware
            self.serverOS = serverOS
            self.serverSoftware = serverSoftware
        }
    }

    /// A yearly support charge: per end-user device, per server or other infrastructure asset, and for a
    /// system's own product as a percent of its annual cost.
    public struct SupportCharges: Sendable, Hashable {
        /// Per end-user device a year.
        public var device: Money
        /// Per server, virtual machine or other infrastructure asset a year.
        public var server: Money
        /// For a system's own product, a percent of its annual cost a year.
        public var systemPercent: Int

        /// Creates the charges.
        public init(device: Money, server: Money, systemPercent: Int) {
            self.device = device
            self.server = server
            self.systemPercent = systemPercent
        }
    }

    /// Every value at its default (see ``Policy/debtSettings`` for the reasons).
    public static let defaults = DebtPolicy(
        weights: [
            .support: 25, .exposure: 20, .age: 15, .customisation: 15, .duplication: 10, .unused: 10,
            .virtualisation: 10, .specification: 10,
        ],
        supportPercent: [.supported: 0, .unknown: 0, .securityOnly: 40, .extendedOnly: 75, .unsupported: 100],
        supportWarningDays: 365,
        criticalityPercent: [.low: 25, .medium: 50, .high: 75, .critical: 100],
        unrecordedCriticalityPercent: 25,
        customisationPercent: [.none: 0, .configured: 0, .customised: 60, .bespoke: 100],
        ageFullYears: 3,
        minimumSpecification: MinimumSpecification(
            memoryGB: 8, storageGB: 256, tpmMajor: 2, requiresWindows11Processor: true),
        costPerUserLimit: Money(pounds: 2_500),
        perUserExemptCapabilities: [
            "backup", "endpoint-management", "file-transfer", "integration", "it-service-management", "open-data",
            "virtual-desktop", "website",
        ],
        poorFitScore: 40,
        highValueCriticality: .medium,
        replacementCost: [:],
        upgradeCost: UpgradeCosts(
            deviceOS: Money(pounds: 100), deviceSoftware: Money(pounds: 10), serverOS: Money(pounds: 2_500),
            serverSoftware: Money(pounds: 500)),
        virtualiseCost: Money(pounds: 4_000),
        reclaimCost: Money(pounds: 40),
        systemRemedyPercent: [.upgrade: 50, .standardise: 50, .reimplement: 150, .retire: 25, .consolidate: 50],
        systemRemedyMinimum: Money(pounds: 5_000),
        extendedSupportFee: SupportCharges(device: Money(pounds: 50), server: Money(pounds: 1_500), systemPercent: 20),
        unsupportedCost: SupportCharges(device: Money(pounds: 25), server: Money(pounds: 2_000), systemPercent: 25),
        customisationCostPercent: [.none: 0, .configured: 0, .customised: 10, .bespoke: 20],
        duplicateSavingPercent: 75,
        idleAssetCost: Money(pounds: 50),
        oldKitEnergyPenaltyPercent: 20)

    /// Replacement prices used when neither the policy nor the register gives one. ESTIMATE: typical UK
    /// public-sector framework prices for a like-for-like unit, installed.
    public static let fallbackReplacementCost: [AssetClass: Money] = [
        .desktop: Money(pounds: 650), .laptop: Money(pounds: 900), .workstation: Money(pounds: 1_800),
        .thinClient: Money(pounds: 350), .monitor: Money(pounds: 150), .tablet: Money(pounds: 500),
        .smartphone: Money(pounds: 300), .server: Money(pounds: 12_000), .storage: Money(pounds: 40_000),
        .network: Money(pounds: 3_000), .firewall: Money(pounds: 8_000), .printer: Money(pounds: 1_500),
        .virtualMachine: Money(pounds: 0), .other: Money(pounds: 500),
    ]

    /// The weight of a factor (0 when the policy leaves it out).
    public func weight(_ factor: DebtFactor) -> Int { weights[factor] ?? 0 }

    /// The support percent of a state.
    public func percent(_ state: SupportState) -> Int { supportPercent[state] ?? 0 }

    /// The exposure percent of a criticality, or of none recorded.
    public func percent(_ criticality: Criticality?) -> Int {
        criticality.map { criticalityPercent[$0] ?? 0 } ?? unrecordedCriticalityPercent
    }
}
