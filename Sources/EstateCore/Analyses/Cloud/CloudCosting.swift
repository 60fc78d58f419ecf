import Foundation

/// What a proposed migration costs and when it cuts over, for the finance plan
/// (``CloudReadiness/plannedMigrations(estate:)``).
///
/// Set in `policy.json` under the `cloud_migration_*`, `cloud_saas_*`, `cloud_run_*` and `cloud_wave_*` keys;
/// every default is an estimate the report lists, to be replaced by the council's quotes.
public struct CloudCosting: Sendable, Hashable {
    /// The one-off cost of a migration by its effort size: partner and council days, data migration, testing.
    public var oneOffCost: [CloudEffortSize: Money]
    /// A SaaS subscription as a multiple of the system's current annual cost (licence, support, hosting).
    public var saasCostRatio: Decimal
    /// A SaaS subscription per user a year, for a system whose register gives users but no annual cost.
    public var saasCostPerUser: Money
    /// Cloud run cost per vCPU a year for IaaS (rehost, relocate) and PaaS (replatform, refactor).
    public var runCostPerVCPU: [SystemHosting: Money]
    /// vCPUs assumed for a server whose cores the inventory does not record.
    public var assumedVCPUs: Int
    /// The first wave's cut-over date; nil for the first day of the financial year after the as-of date.
    public var firstCutOver: LocalDate?
    /// Months between one wave's cut-over and the next.
    public var waveIntervalMonths: Int

    /// Every value at its default.
    public init(
        oneOffCost: [CloudEffortSize: Money] = CloudCosting.defaultOneOffCost, saasCostRatio: Decimal = 1.2,
        saasCostPerUser: Money = Money(pounds: 100),
        runCostPerVCPU: [SystemHosting: Money] = [.iaas: Money(pounds: 500), .paas: Money(pounds: 400)],
        assumedVCPUs: Int = 4, firstCutOver: LocalDate? = nil, waveIntervalMonths: Int = 6
    ) {
        self.oneOffCost = oneOffCost
        self.saasCostRatio = saasCostRatio
        self.saasCostPerUser = saasCostPerUser
        self.runCostPerVCPU = runCostPerVCPU
        self.assumedVCPUs = assumedVCPUs
        self.firstCutOver = firstCutOver
        self.waveIntervalMonths = waveIntervalMonths
    }

    /// ESTIMATE: about £750 a day for migration partners and council staff: S 20 days, M 50, L 120, XL 250.
    public static let defaultOneOffCost: [CloudEffortSize: Money] = [
        .s: Money(pounds: 15_000), .m: Money(pounds: 37_500), .l: Money(pounds: 90_000), .xl: Money(pounds: 187_500),
    ]

    /// The one-off cost of a migration of `size`.
    public func oneOff(_ size: CloudEffortSize) -> Money {
        oneOffCost[size] ?? Self.defaultOneOffCost[size] ?? .zero
    }

    /// The run cost per vCPU a year on `target` (IaaS or PaaS).
    public func runCost(on target: SystemHosting) -> Money { runCostPerVCPU[target] ?? .zero }

    /// The cut-over date of wave `number` (1 is first), given the first wave's date.
    public func cutOver(wave number: Int, first: LocalDate) -> LocalDate {
        first.adding(months: max(0, number - 1) * waveIntervalMonths)
    }
}
