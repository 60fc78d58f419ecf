import Foundation

/// The electricity the carbon analysis estimates, per asset and financial year, as the finance plan prices it.
///
/// Cloud virtual machines are left out: their electricity is in the provider's bill. Years after the carbon
/// analysis's last year (the net-zero year) repeat its last year's figures.
struct FinanceEnergy: Sendable {
    /// A device's yearly electricity including its hosting's PUE, and its replacement's.
    struct Profile: Sendable, Hashable {
        var currentKWhPerYear: Double
        var replacementKWhPerYear: Double
    }

    /// Powered assets (some electricity in a planned year), in the carbon analysis's line order.
    let ids: [String]
    let classes: [AssetClass]
    /// The replaceable ones' profiles, in the order of ``ids``.
    let profiles: [Profile?]
    /// kWh including PUE in each planned year: ``yearCount`` values per asset, in the order of ``ids``.
    let kWh: [Double]
    let yearCount: Int
    /// Each asset's position in ``ids``.
    let positions: [String: Int]
    /// The carbon analysis's last year, when the plan runs past it.
    var carriedFrom: FinancialYear?

    init(carbon: CarbonAnalysis, years: [FinancialYear]) {
        var index: [Int: Int] = [:]
        for (position, year) in carbon.years.enumerated() { index[year.startYear] = position }
        let last = carbon.years.count - 1
        let mapping = years.map {
            index[$0.startYear] ?? (($0.startYear > (carbon.years.last?.startYear ?? 0)) ? last : -1)
        }
        carriedFrom = years.contains { index[$0.startYear] == nil } ? carbon.years.last : nil
        yearCount = years.count
        var ids: [String] = []
        var classes: [AssetClass] = []
        var profiles: [Profile?] = []
        var kWh: [Double] = []
        var values = [Double](repeating: 0, count: years.count)
        // Lines are read in place: copying one out retains every one of its strings.
        let lines = carbon.lines
        for line in lines.indices {
            if case .cloud = lines[line].estimate.setting { continue }
            let figures = lines[line].years
            for (year, source) in mapping.enumerated() {
                values[year] = source >= 0 && source < figures.count ? figures[source].kWh : 0
            }
            guard values.contains(where: { $0 > 0 }) else { continue }
            ids.append(lines[line].estimate.assetId)
            classes.append(lines[line].estimate.assetClass)
            kWh += values
            profiles.append(
                lines[line].estimates.isReplaceable(at: lines[line].position)
                    ? Profile(
                        currentKWhPerYear: lines[line].estimate.kWhPerYear * lines[line].estimate.pue,
                        replacementKWhPerYear: lines[line].estimate.replacementKWhPerYear * lines[line].estimate.pue)
                    : nil)
        }
        self.ids = ids
        self.classes = classes
        self.profiles = profiles
        self.kWh = kWh
        positions = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, later in later })
    }

    /// The asset's kWh in each planned year, or nil when it draws no power in any.
    func kWh(of id: String) -> ArraySlice<Double>? {
        positions[id].map { kWh[$0 * yearCount..<($0 + 1) * yearCount] }
    }

    /// The asset's profile, when it is powered and replaceable.
    func profile(of id: String) -> Profile? {
        positions[id].flatMap { profiles[$0] }
    }

    /// Whole kWh as an exact decimal, for pricing.
    static func wholeKWh(_ kWh: Double) -> Decimal {
        Decimal(Int64(kWh.rounded(.toNearestOrAwayFromZero)))
    }
}
