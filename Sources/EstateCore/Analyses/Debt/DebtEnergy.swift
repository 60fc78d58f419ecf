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

    /// Lines given by asset id, by a caller without an estate.
    private var given: [String: Line]
    /// The lines of an estate's assets, by position: a million assets need no table hashed by id.
    private var ofEstate: EstateLines?
    /// Why there are no figures, when there are none.
    public var note: String?

    /// Creates energy figures from lines.
    public init(byAsset: [String: Line], note: String? = nil) {
        self.given = byAsset
        self.note = note
    }

    private init(_ lines: EstateLines) {
        given = [:]
        ofEstate = lines
    }

    /// Every line by asset id; physical in-service assets with an estimate only.
    /// - Complexity: O(*n*) in assets for figures worked out from an estate (they are held by position): look one
    ///   asset up with ``line(of:)``.
    public var byAsset: [String: Line] {
        guard let ofEstate else { return given }
        var out: [String: Line] = [:]
        for position in ofEstate.kWh.indices {
            if let line = ofEstate.line(at: position) { out[ofEstate.assets[position].id] = line }
        }
        return out
    }

    /// The line of the asset with `id`, if it has one.
    public func line(of id: String) -> Line? {
        guard let ofEstate else { return given[id] }
        return ofEstate.assetsById.position(of: id).flatMap(ofEstate.line(at:))
    }

    /// The line of the asset with `id`, found where it was at `position` (in the estate's assets) when the figures
    /// were worked out for that estate, a comparison of one id; by its id otherwise. With it, the number of its
    /// basis among the estate's: lines of one number read alike (one figure, PUE and profile), so callers can key
    /// on the number without hashing the text; nil for lines given by id.
    func numberedLine(at position: Int, id: String) -> (line: Line, basis: Int32?)? {
        guard let ofEstate else { return given[id].map { ($0, nil) } }
        guard let found = ofEstate.assetsById.position(of: id, recorded: Int32(clamping: position)),
            let line = ofEstate.line(at: found)
        else { return nil }
        return (line, ofEstate.basis[found])
    }

    /// No energy figures: energy interest is left out and the report says why.
    public static func unavailable(_ reason: String) -> DebtEnergy { DebtEnergy(byAsset: [:], note: reason) }

    /// Estimates every in-service physical asset's electricity with the carbon factors.
    /// - Complexity: O(*n*) in assets.
    public init(estate: Estate, policy: Policy, factors: CarbonFactors, asOf: LocalDate) {
        // Assets are read in place by position: copying one out retains every one of its strings.
        let assets = estate.assets
        let inService = AssetSelection.inService(assets).positions
        let estimator = CarbonEstimator(
            factors: factors, policy: policy, asOf: asOf, inServiceIds: Set(inService.map { assets[$0].id }))
        var lines = EstateLines(estate)
        for position in inService where Self.isPhysical(assets, at: position) {
            let estimate = estimator.estimate(assets[position])
            let shared = estimate.profile
            lines.add(
                at: position, kWhPerYear: shared.figures.kWhPerYear, pue: shared.figures.pue,
                kWhBasis: shared.figures.kWhBasis, profileName: shared.figures.profileName,
                assetClass: estimate.assetClass)
        }
        self.init(lines)
    }

    /// The same figures read from the baseline carbon analysis of the same estate, policy and date (the caller
    /// vouches for the policy and date), whose lines hold the estimates of every in-service asset in inventory
    /// order: the report has worked them out already. Nil when the lines are not exactly those (an option's
    /// analysis, one that kept no lines, or one of another estate).
    /// - Complexity: O(*n*) in assets.
    public init?(estate: Estate, carbon: CarbonAnalysis) {
        // Assets and lines are read in place by position: copying one out retains every one of its strings.
        guard carbon.scenario == nil else { return nil }
        let assets = estate.assets
        let carbonLines = carbon.lines
        var lines = EstateLines(estate)
        var line = 0
        for position in AssetSelection.inService(assets).positions {
            guard line < carbonLines.count else { return nil }
            let estimates = carbonLines[line].estimates
            let index = carbonLines[line].position
            guard estimates[index].assetId == assets[position].id else { return nil }
            if Self.isPhysical(assets, at: position) { lines.add(at: position, estimates, index) }
            line += 1
        }
        guard line == carbonLines.count else { return nil }
        self.init(lines)
    }

    /// Virtual machines draw their power through their hosts. Read where the asset is held: an asset handed to a
    /// function is copied first, retaining every one of its strings.
    private static func isPhysical(_ assets: [Asset], at position: Int) -> Bool {
        assets[position].assetClass != .virtualMachine && assets[position].isVirtual != true
    }

    /// The lines of an estate's assets, by position, with each basis written once and shared by the assets of its
    /// profile.
    private struct EstateLines: Sendable {
        struct BasisKey: Hashable {
            var kWhPerYear: Double
            var pue: Double
            /// The class-default profile, or nil for the model's own figure.
            var profile: String?
        }
        /// The estate's assets, and their index by id.
        let assets: [Asset]
        let assetsById: AssetLookup
        /// Whole kWh a year at the meter by position.
        var kWh: [Int64]
        /// The position in ``bases`` of each asset's basis; -1 for an asset with no line.
        var basis: [Int32]
        var bases: [String] = []
        var basisPositions: [BasisKey: Int32] = [:]

        init(_ estate: Estate) {
            assets = estate.assets
            assetsById = estate.assetsById
            kWh = Array(repeating: 0, count: estate.assets.count)
            basis = Array(repeating: -1, count: estate.assets.count)
        }

        func line(at position: Int) -> Line? {
            guard basis[position] >= 0 else { return nil }
            return Line(kWhPerYear: kWh[position], basis: bases[Int(basis[position])])
        }

        /// Adds the line of the asset at `position` from its estimate, `estimates[index]`, when it draws power. The
        /// estimate's fields are read where it is held: a whole estimate handed to a function is copied first.
        mutating func add(at position: Int, _ estimates: [CarbonAssetEstimate], _ index: Int) {
            let shared = estimates[index].profile
            add(
                at: position, kWhPerYear: shared.figures.kWhPerYear, pue: shared.figures.pue,
                kWhBasis: shared.figures.kWhBasis, profileName: shared.figures.profileName,
                assetClass: estimates[index].assetClass)
        }

        /// Adds the line of the asset at `position` from the figures of its estimate, when it draws power.
        mutating func add(
            at position: Int, kWhPerYear: Double, pue: Double, kWhBasis: String, profileName: String?,
            assetClass: AssetClass
        ) {
            guard kWhPerYear > 0 else { return }
            let kWh = Int64((kWhPerYear * pue).rounded(.toNearestOrAwayFromZero))
            let key = BasisKey(
                kWhPerYear: kWhPerYear, pue: pue,
                profile: kWhBasis.hasPrefix("class default") ? profileName ?? assetClass.rawValue : nil)
            let found: Int32
            if let known = basisPositions[key] {
                found = known
            } else {
                let model = key.profile.map { "class default \($0)" } ?? "the model's own figure"
                found = Int32(bases.count)
                bases.append(
                    "\(CarbonNumber.grouped(kWhPerYear, digits: 0)) kWh/yr (\(model)) × PUE \(CarbonNumber.plain(pue, digits: 2)), as estate carbon --by asset"
                )
                basisPositions[key] = found
            }
            self.kWh[position] = kWh
            basis[position] = found
        }
    }
}
