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

    /// kWh including PUE in each planned year, by asset id.
    var kWhByAsset: [String: [Double]]
    var classOf: [String: AssetClass]
    var profiles: [String: Profile]
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
        var kWh: [String: [Double]] = [:]
        var classes: [String: AssetClass] = [:]
        var profiles: [String: Profile] = [:]
        for line in carbon.lines {
            let estimate = line.estimate
            if case .cloud = estimate.setting { continue }
            let values = mapping.map { $0 >= 0 && $0 < line.years.count ? line.years[$0].kWh : 0 }
            guard values.contains(where: { $0 > 0 }) else { continue }
            kWh[estimate.assetId] = values
            classes[estimate.assetId] = estimate.assetClass
            if estimate.isReplaceable {
                profiles[estimate.assetId] = Profile(
                    currentKWhPerYear: estimate.kWhPerYear * estimate.pue,
                    replacementKWhPerYear: estimate.replacementKWhPerYear * estimate.pue)
            }
        }
        kWhByAsset = kWh
        classOf = classes
        self.profiles = profiles
    }

    /// Whole kWh as an exact decimal, for pricing.
    static func wholeKWh(_ kWh: Double) -> Decimal {
        Decimal(Int64(kWh.rounded(.toNearestOrAwayFromZero)))
    }
}
