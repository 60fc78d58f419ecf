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

    /// The classes of the powered assets (some electricity in a planned year), in the carbon analysis's line
    /// order.
    let classes: [AssetClass]
    /// The replaceable ones' profiles, in the order of ``classes``.
    let profiles: [Profile?]
    /// kWh including PUE in each planned year: ``yearCount`` values per asset, in the order of ``classes``.
    let kWh: [Double]
    let yearCount: Int
    /// The carbon analysis's last year, when the plan runs past it.
    var carriedFrom: FinancialYear?
    /// The estate's assets by id, and where each asset's figures are in these lists, by its position in the
    /// estate (-1 for one that draws no power): a million ids need no second table hashed by id.
    private let assetsById: AssetLookup
    private let entries: [Int32]

    /// The figures of `carbon`, the baseline of `estate` (ids are unique in a snapshot).
    init(carbon: CarbonAnalysis, years: [FinancialYear], estate: Estate) {
        var index: [Int: Int] = [:]
        for (position, year) in carbon.years.enumerated() { index[year.startYear] = position }
        let last = carbon.years.count - 1
        let mapping = years.map {
            index[$0.startYear] ?? (($0.startYear > (carbon.years.last?.startYear ?? 0)) ? last : -1)
        }
        carriedFrom = years.contains { index[$0.startYear] == nil } ? carbon.years.last : nil
        yearCount = years.count
        let assetsById = estate.assetsById
        self.assetsById = assetsById
        var entries = [Int32](repeating: -1, count: estate.assets.count)
        var classes: [AssetClass] = []
        var profiles: [Profile?] = []
        var kWh: [Double] = []
        // Room for every line at once: grown by appending, each list would be copied as it doubled, beside the
        // carbon analysis's lines. Room a line left out does not use is never touched, so it costs no memory.
        classes.reserveCapacity(carbon.lines.count)
        profiles.reserveCapacity(carbon.lines.count)
        kWh.reserveCapacity(carbon.lines.count * years.count)
        var values = [Double](repeating: 0, count: years.count)
        // Lines are read in place: copying one out retains every one of its strings. They follow the in-service
        // assets in inventory order, so each is found by comparing its id with that asset's, and by hashing it only
        // when they differ.
        let lines = carbon.lines
        let inService = AssetSelection.inService(estate.assets).positions
        for line in lines.indices {
            if case .cloud = lines[line].estimate.setting { continue }
            let figures = lines[line].years
            for (year, source) in mapping.enumerated() {
                values[year] = source >= 0 && source < figures.count ? figures[source].kWh : 0
            }
            guard values.contains(where: { $0 > 0 }) else { continue }
            let recorded = line < inService.count ? Int32(clamping: inService[line]) : -1
            if let position = assetsById.position(of: lines[line].estimate.assetId, recorded: recorded) {
                entries[position] = Int32(classes.count)
            }
            classes.append(lines[line].estimate.assetClass)
            kWh += values
            profiles.append(
                lines[line].estimates.isReplaceable(at: lines[line].position)
                    ? Profile(
                        currentKWhPerYear: lines[line].estimate.kWhPerYear * lines[line].estimate.pue,
                        replacementKWhPerYear: lines[line].estimate.replacementKWhPerYear * lines[line].estimate.pue)
                    : nil)
        }
        self.classes = classes
        self.profiles = profiles
        self.kWh = kWh
        self.entries = entries
    }

    /// Where the figures of the asset with `id` are in these lists, when it draws power.
    private func entry(of id: String) -> Int? {
        guard let position = assetsById.position(of: id), entries[position] >= 0 else { return nil }
        return Int(entries[position])
    }

    /// Whether the asset with `id` draws power in a planned year.
    func isPowered(_ id: String) -> Bool { entry(of: id) != nil }

    /// The asset's kWh in each planned year, or nil when it draws no power in any.
    func kWh(of id: String) -> ArraySlice<Double>? {
        entry(of: id).map { kWh[$0 * yearCount..<($0 + 1) * yearCount] }
    }

    /// The asset's profile, when it is powered and replaceable.
    func profile(of id: String) -> Profile? {
        entry(of: id).flatMap { profiles[$0] }
    }

    /// Whole kWh as an exact decimal, for pricing.
    static func wholeKWh(_ kWh: Double) -> Decimal {
        Decimal(Int64(kWh.rounded(.toNearestOrAwayFromZero)))
    }
}
