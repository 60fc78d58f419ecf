import Foundation

/// The figures a committee follows from year to year, for one snapshot: size, support, age, debt, carbon,
/// money and storage, each with the rule behind it (``HeadlineFigures/definitions``).
public struct HeadlineFigures: Sendable, Hashable {
    public var snapshotId: Int64
    public var takenOn: LocalDate
    public var organisation: String?
    /// In-service assets.
    public var assets: Int
    public var systems: Int
    /// In-service assets whose operating system's support has ended (unsupported or extended-only).
    public var unsupportedAssets: Int
    /// In-service assets whose operating system the catalogue matched (the share's denominator).
    public var assetsWithKnownSupport: Int
    /// Systems whose worst component is unsupported or on extended support only.
    public var unsupportedSystems: Int
    /// The median age in years (one decimal) of in-service end-user devices with a purchase date.
    public var medianDeviceAgeYears: Decimal?
    /// In-service end-user devices at or past the policy's old-device age.
    public var oldDevices: Int
    /// The estate's debt score: the average of every scored system's and asset's 0-100 score.
    public var debtScore: Decimal
    public var debtPrincipal: Money
    public var debtInterestPerYear: Money
    /// Emissions in the financial year of the snapshot, tonnes CO2e; nil without carbon factors.
    public var tonnesCO2e: Decimal?
    /// The financial year after the snapshot's, and the plan's capital and revenue in it.
    public var nextYear: FinancialYear
    public var nextYearCapital: Money
    public var nextYearRevenue: Money
    /// Storage provisioned on in-service servers and virtual machines (not hypervisor hosts or arrays), bytes.
    public var storageBytes: Int64

    /// The share of in-service assets with known support whose support has ended (0-1), or nil with none known.
    public var unsupportedShare: Decimal? {
        assetsWithKnownSupport == 0 ? nil : Decimal(unsupportedAssets) / Decimal(assetsWithKnownSupport)
    }

    /// The figures of one analysed snapshot.
    public init(_ analyses: EstateAnalyses) {
        let estate = analyses.estate
        let policy = analyses.policy
        let asOf = analyses.asOf
        snapshotId = estate.snapshot.id
        takenOn = estate.snapshot.takenOn
        organisation = estate.snapshot.organisation
        // Assets are read in place by position: copying one out retains every one of its strings.
        let assetList = estate.assets
        let inService = assetList.indices.filter { assetList[$0].status?.isInService ?? true }
        // Counts the overview section already makes, so the two never disagree.
        let overview = analyses.overview
        assets = overview.inService
        systems = overview.systems
        oldDevices = overview.oldEndUserDevices
        // The worst state of each asset's operating systems, by the asset's position.
        var osState = [SupportState?](repeating: nil, count: assetList.count)
        let components = analyses.lifecycle.components
        for position in components.indices
        where components[position].subjectKind == .asset && components[position].kind == .operatingSystem
            && components[position].resolution.cycle != nil
        {
            guard let asset = ComponentStatus.assetPosition(of: components, at: position, lookup: estate.assetsById)
            else {
                continue
            }
            let state = components[position].state
            if let known = osState[asset], known.badness >= state.badness { continue }
            osState[asset] = state
        }
        var known = 0
        var unsupported = 0
        for position in inService {
            guard let state = osState[position], state != .unknown else { continue }
            known += 1
            if state == .unsupported || state == .extendedOnly { unsupported += 1 }
        }
        assetsWithKnownSupport = known
        unsupportedAssets = unsupported
        unsupportedSystems = analyses.lifecycle.systems.count { $0.state == .unsupported || $0.state == .extendedOnly }
        var ages: [Int] = []
        for position in inService where assetList[position].assetClass.isEndUserDevice {
            guard let bought = assetList[position].purchaseDate, bought <= asOf else { continue }
            let days = asOf.daysSinceEpoch - bought.daysSinceEpoch
            ages.append(days)
        }
        ages.sort()
        if ages.isEmpty {
            medianDeviceAgeYears = nil
        } else {
            let middle = ages.count / 2
            let days = ages.count % 2 == 1 ? Double(ages[middle]) : Double(ages[middle - 1] + ages[middle]) / 2
            medianDeviceAgeYears = Decimal((days / 365.25 * 10).rounded() / 10)
        }
        let scored = analyses.debt.items
        let scoreSum = scored.indices.reduce(0) { $0 + scored[$1].score }
        debtScore = scored.isEmpty ? 0 : Decimal((Double(scoreSum) / Double(scored.count) * 10).rounded() / 10)
        debtPrincipal = analyses.debt.principal
        debtInterestPerYear = analyses.debt.interestPerYear
        tonnesCO2e = analyses.carbon.map { Decimal(($0.currentYear.totalKg / 100).rounded() / 10) }
        let thisYear = policy.financialYear(containing: asOf)
        nextYear = thisYear.next
        let plan = analyses.finance.baseline
        let index = plan.years.firstIndex(of: nextYear)
        nextYearCapital = index.map { plan.capitalByYear[$0] } ?? .zero
        nextYearRevenue = index.map { plan.revenueByYear[$0] } ?? .zero
        let hosts = Set(inService.compactMap { assetList[$0].hostId })
        storageBytes = inService.reduce(Int64(0)) { total, position in
            let assetClass = assetList[position].assetClass
            let counted =
                (assetClass == .server || assetClass == .virtualMachine) && !hosts.contains(assetList[position].id)
            return counted ? total + (assetList[position].storageBytes ?? 0) : total
        }
    }

    /// What each figure means and where it comes from, for the report's method notes.
    public static let definitions: [(name: String, rule: String)] = [
        ("Assets", "in-service assets (active, in stock or in repair)"),
        ("Systems", "systems in the register"),
        (
            "Unsupported share",
            "in-service assets whose operating system's support has ended (unsupported, or extended support only), over those whose operating system the lifecycle catalogue matched"
        ),
        ("Median device age", "median years since purchase of in-service end-user devices"),
        ("Old devices", "in-service end-user devices at or past policy old_device_years"),
        ("Debt score", "average 0-100 debt score of every system and every asset with a finding (debt section)"),
        ("Debt principal", "what fixing every debt item costs (debt section)"),
        ("tCO2e", "the carbon analysis's emissions in the snapshot's financial year"),
        (
            "Next year's capital and revenue",
            "the finance plan's baseline for the following financial year, with cloud readiness's proposed migrations"
        ),
        ("Storage held", "storage provisioned on in-service servers and virtual machines, not hosts or arrays"),
    ]
}
