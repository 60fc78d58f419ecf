import Foundation

/// The council's choices behind the finance plan: what replacements cost, how purchases are capitalised
/// and depreciated, how contracts renew, what a spike is, how far smoothing may move a refresh, what extended
/// support and post-warranty cover cost, and the terms of leases.
///
/// Set in `policy.json` under the `finance_*` keys (see ``Policy/financeSettings``). The capitalisation
/// threshold, energy price, discount rate and capital budget are the core settings of ``Policy``.
public struct FinancePolicy: Sendable, Hashable {
    /// What a like-for-like replacement of one asset of each class costs, excluding VAT.
    public var replacementCost: [AssetClass: Money]
    /// Whether the capitalisation threshold applies to each item or to each year's programme of a class.
    public var capitalisationBasis: CapitalisationBasis
    /// A year is a spike when its capital exceeds the plan's yearly average by more than this fraction (0.25 is 25%).
    public var spikeFraction: Decimal
    /// The rise in a support or licence contract's annual cost at each renewal, as a fraction (0.03 is 3%).
    public var renewalUplift: Decimal
    /// Years a renewed contract runs before it renews again.
    public var renewalTermYears: Int
    /// What a year of paid extended security updates costs per asset of each class, where the council bought them.
    public var extendedSupportFee: [AssetClass: Money]
    /// A year of post-warranty hardware support for a refresh deferred past its due date, as a fraction of
    /// the class's replacement cost.
    public var postWarrantySupportFraction: Decimal
    /// The longest a smoothed plan may defer a refresh past its due date, in years.
    public var maxDeferralYears: Int
    /// The furthest a smoothed plan may bring a refresh forward, in years.
    public var maxAdvanceYears: Int
    /// Lease terms in years for classes the council set; other classes lease over their refresh cycle.
    public var leaseTermYears: [AssetClass: Int]
    /// The interest rate implicit in a lease (the lessor's rate), for classes without their own.
    public var leaseInterestRate: Decimal
    /// Lease interest rates for classes the council set.
    public var leaseInterestRateByClass: [AssetClass: Decimal]
    /// Leases of assets worth no more than this when new are low-value leases, charged to revenue; dearer
    /// assets are right-of-use assets under IFRS 16 and count as capital.
    public var leaseLowValueLimit: Money
    /// The one-off cost of replacing a system whose product goes out of support, as a multiple of its annual cost.
    public var systemReplacementMultiple: Decimal
    /// Years over which a system replacement or a migration's capital cost is depreciated.
    public var systemLifeYears: Int
    /// How depreciation is charged in the year an asset is bought.
    public var depreciation: DepreciationConvention
    /// Whether a cloud migration's one-off cost is capital (subject to the threshold) or revenue.
    public var migrationOneOff: FinanceType

    /// Every value at its default.
    public static let defaults = FinancePolicy(
        replacementCost: defaultReplacementCost, capitalisationBasis: .programme,
        spikeFraction: Decimal(string: "0.25") ?? 0, renewalUplift: Decimal(string: "0.03") ?? 0,
        renewalTermYears: 3, extendedSupportFee: defaultExtendedSupportFee,
        postWarrantySupportFraction: Decimal(string: "0.10") ?? 0, maxDeferralYears: 2, maxAdvanceYears: 2,
        leaseTermYears: [:], leaseInterestRate: Decimal(string: "0.07") ?? 0, leaseInterestRateByClass: [:],
        leaseLowValueLimit: Money(pounds: 5_000), systemReplacementMultiple: Decimal(string: "1.5") ?? 0,
        systemLifeYears: 5, depreciation: .yearAfter, migrationOneOff: .capital)

    /// ESTIMATE: typical public-sector prices excluding VAT (councils recover it) for a like-for-like
    /// replacement of a mid-range device of each class.
    public static let defaultReplacementCost: [AssetClass: Money] = [
        .desktop: Money(pounds: 650), .laptop: Money(pounds: 850), .workstation: Money(pounds: 1_600),
        .thinClient: Money(pounds: 350), .monitor: Money(pounds: 140), .tablet: Money(pounds: 450),
        .smartphone: Money(pounds: 300), .server: Money(pounds: 12_000), .storage: Money(pounds: 45_000),
        .network: Money(pounds: 3_500), .firewall: Money(pounds: 8_000), .printer: Money(pounds: 2_500),
        .virtualMachine: .zero, .other: Money(pounds: 500),
    ]

    /// ESTIMATE: Windows 10 Extended Security Updates cost commercial customers US$61 a device in their first
    /// year (about £48); server operating system and SQL Server extended security updates bought through Azure
    /// Arc cost a few thousand pounds a year for a typical server or virtual machine.
    public static let defaultExtendedSupportFee: [AssetClass: Money] = [
        .desktop: Money(pounds: 48), .laptop: Money(pounds: 48), .workstation: Money(pounds: 48),
        .thinClient: Money(pounds: 48), .tablet: Money(pounds: 48), .server: Money(pounds: 2_000),
        .virtualMachine: Money(pounds: 2_000), .storage: Money(pounds: 2_000), .network: Money(pounds: 500),
        .firewall: Money(pounds: 500),
    ]

    /// The replacement cost of one asset of a class (zero for a class the council priced at nothing).
    public func replacementCost(of assetClass: AssetClass) -> Money {
        replacementCost[assetClass] ?? Self.defaultReplacementCost[assetClass] ?? .zero
    }

    /// The yearly extended-support fee for one asset of a class (the server fee for a system).
    public func extendedSupportFee(of assetClass: AssetClass) -> Money {
        extendedSupportFee[assetClass] ?? .zero
    }

    /// The lease term of a class: the council's, else the class's refresh cycle under `policy`.
    public func leaseTerm(of assetClass: AssetClass, policy: Policy) -> Int {
        leaseTermYears[assetClass] ?? policy.refreshCycle(for: assetClass)
    }

    /// The lease interest rate of a class.
    public func leaseRate(of assetClass: AssetClass) -> Decimal {
        leaseInterestRateByClass[assetClass] ?? leaseInterestRate
    }
}

/// Where the capitalisation threshold applies.
public enum CapitalisationBasis: String, Vocabulary {
    /// Each year's purchases of a class form one programme (a year's laptop refresh), capitalised when the
    /// programme's total reaches the threshold, as councils capitalise grouped purchases.
    case programme
    /// Each item on its own: a £850 laptop is revenue under a £10,000 threshold.
    case item

    public var synonyms: [String] {
        switch self {
        case .programme: ["program", "group", "grouped", "perprogramme", "purchase", "perpurchase"]
        case .item: ["peritem", "single", "asset", "perasset"]
        }
    }
}

/// How depreciation is charged in the year of purchase.
public enum DepreciationConvention: String, Vocabulary {
    /// Nothing in the year of purchase; a full year's charge in each of the next *life* financial years.
    case yearAfter = "year-after"
    /// By days from the purchase date, over exactly *life* years.
    case proRata = "pro-rata"

    public var synonyms: [String] {
        switch self {
        case .yearAfter: ["yearafteracquisition", "followingyear", "nextyear", "noneinyearofpurchase"]
        case .proRata: ["daily", "bydays", "prorated", "timeapportioned"]
        }
    }
}
