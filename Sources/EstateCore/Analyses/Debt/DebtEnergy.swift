/// Each physical asset's yearly electricity at the meter (the device's kWh times its setting's PUE), from the
/// carbon reference factors. The debt analysis prices the energy of old kit and of dedicated servers with it.
///
/// Read-only use of the carbon estimator: the same kWh and PUE the carbon section reports.
public struct DebtEnergy: Sendable {
    /// One asset's electricity and what it rests on.
    public struct Line: Sendable, Hashable {
        /// Whole kWh a year at the meter (including the PUE of its setting).
        public var kWhPerYear: Int64
        /// `1,813 kWh/yr (class default server-2u) × PUE 1.58, as estate carbon --by asset`.
        public var basis: String

        /// Creates a line.
        public init(kWhPerYear: Int64, basis: String) {
            self.kWhPerYear = kWhPerYear
            self.basis = basis
        }
    }

    /// By asset id; physical in-service assets with an estimate only.
    public var byAsset: [String: Line]
    /// Why there are no figures, when there are none.
    public var note: String?

    /// Creates energy figures from lines.
    public init(byAsset: [String: Line], note: String? = nil) {
        self.byAsset = byAsset
        self.note = note
    }

    /// No energy figures: energy interest is left out and the report says why.
    public static func unavailable(_ reason: String) -> DebtEnergy { DebtEnergy(byAsset: [:], note: reason) }

    /// Estimates every in-service physical asset's electricity with the carbon factors.
    /// - Complexity: O(*n*) in assets.
    public init(estate: Estate, policy: Policy, factors: CarbonFactors, asOf: LocalDate) {
        // Assets are read in place by position: copying one out retains every one of its strings.
        let assets = estate.assets
        let inService = assets.indices.filter { assets[$0].status?.isInService ?? true }
        let estimator = CarbonEstimator(
            factors: factors, policy: policy, asOf: asOf, inServiceIds: Set(inService.map { assets[$0].id }))
        // Assets of one profile share their figures: write each basis once and share the text.
        struct BasisKey: Hashable {
            var kWhPerYear: Double
            var pue: Double
            /// The class-default profile, or nil for the model's own figure.
            var profile: String?
        }
        var bases: [BasisKey: String] = [:]
        var lines: [String: Line] = [:]
        for position in inService
        where assets[position].assetClass != .virtualMachine && assets[position].isVirtual != true {
            let estimate = estimator.estimate(assets[position])
            guard estimate.kWhPerYear > 0 else { continue }
            let kWh = Int64((estimate.kWhPerYear * estimate.pue).rounded(.toNearestOrAwayFromZero))
            let key = BasisKey(
                kWhPerYear: estimate.kWhPerYear, pue: estimate.pue,
                profile: estimate.kWhBasis.hasPrefix("class default")
                    ? estimate.profileName ?? estimate.assetClass.rawValue : nil)
            let basis: String
            if let known = bases[key] {
                basis = known
            } else {
                let model = key.profile.map { "class default \($0)" } ?? "the model's own figure"
                basis =
                    "\(CarbonNumber.grouped(estimate.kWhPerYear, digits: 0)) kWh/yr (\(model)) × PUE \(CarbonNumber.plain(estimate.pue, digits: 2)), as estate carbon --by asset"
                bases[key] = basis
            }
            lines[assets[position].id] = Line(kWhPerYear: kWh, basis: basis)
        }
        self.init(byAsset: lines)
    }
}
