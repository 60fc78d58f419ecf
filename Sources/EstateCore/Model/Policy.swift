import Foundation

/// The council's choices that analyses depend on: refresh cycles, thresholds, prices, targets.
///
/// Every value has a documented default and the reason for it. A policy file
/// (`Inventory/policy.json`) overrides any of them; ``assumptions`` records, for each
/// setting, whether the figure a report used came from the file or is Estate's default,
/// so every report can say which defaults it assumed.
public struct Policy: Sendable {
    /// The organisation's name, for report titles.
    public var organisation: String?
    /// Month (1-12) in which the financial year starts.
    public var financialYearStartMonth: Int
    /// Years an asset of each class is expected to serve before it is due for refresh.
    public var refreshCycleYears: [AssetClass: Int]
    /// Age in years from which a device counts as old (Hackney's measure: "more than seven years old").
    public var oldDeviceYears: Int
    /// Days without being seen after which an asset counts as unused.
    public var staleAfterDays: Int
    /// Purchases below this are revenue, not capital.
    public var capitalisationThreshold: Money
    /// Price of electricity, in pounds per kWh.
    public var energyPricePerKWh: Decimal
    /// Real discount rate for net present values (a fraction: 0.035 is 3.5%).
    public var discountRate: Decimal
    /// Capital the council can spend on ICT in a year, if it has set a limit.
    public var capitalBudgetPerYear: Money?
    /// The year by which ICT should be net zero.
    public var netZeroYear: Int
    /// Choices behind carbon estimates (hours of use, PUE, cloud, consolidation, appraisal).
    public var carbon: CarbonPolicy
    /// Weights, thresholds and unit costs behind the technical-debt score and its money.
    public var debt: DebtPolicy
    /// Replacement prices, capitalisation, renewals, smoothing limits and lease terms behind the finance plan.
    public var finance: FinancePolicy
    /// Weights, thresholds, effort points, refresh unit costs and wave size behind cloud readiness.
    public var cloud: CloudPolicy

    /// Where each setting's value came from, in the order of ``Policy/settings``.
    public var assumptions: [Assumption]

    /// One setting as a report prints it.
    public struct Assumption: Sendable, Hashable {
        public var key: String
        public var value: String
        public var isDefault: Bool
        /// Why the default is what it is, or the file and line the value came from.
        public var basis: String
    }

    /// The policy with every value at its default.
    public static var defaults: Policy {
        var policy = Policy(
            organisation: nil, financialYearStartMonth: 4, refreshCycleYears: defaultRefreshCycleYears,
            oldDeviceYears: 7, staleAfterDays: 90, capitalisationThreshold: Money(pounds: 10_000),
            energyPricePerKWh: Decimal(string: "0.25") ?? 0, discountRate: Decimal(string: "0.035") ?? 0,
            capitalBudgetPerYear: nil, netZeroYear: 2030, carbon: .defaults, debt: .defaults, finance: .defaults,
            cloud: .defaults, assumptions: [])
        policy.assumptions = settings.map { setting in
            Assumption(key: setting.key, value: setting.describe(policy), isDefault: true, basis: setting.rationale)
        }
        return policy
    }

    /// Refresh cycles by class. End-user devices follow common public-sector practice; Hackney's
    /// strategy gives infrastructure "an operational life of 4-5 years".
    public static let defaultRefreshCycleYears: [AssetClass: Int] = [
        .desktop: 5, .laptop: 4, .workstation: 5, .thinClient: 7, .monitor: 7, .tablet: 3, .smartphone: 3,
        .server: 5, .storage: 5, .network: 7, .firewall: 5, .printer: 5, .virtualMachine: 5, .other: 5,
    ]

    /// The refresh cycle for a class.
    public func refreshCycle(for assetClass: AssetClass) -> Int {
        refreshCycleYears[assetClass] ?? Policy.defaultRefreshCycleYears[assetClass] ?? 5
    }

    /// The financial year containing a date, under this policy's start month.
    public func financialYear(containing date: LocalDate) -> FinancialYear {
        FinancialYear(containing: date, startMonth: financialYearStartMonth)
    }
}
