/// The council's choices behind carbon estimates: how long devices are used, PUE where it knows better,
/// cloud assumptions, the consolidation ratio and which carbon values to appraise with.
///
/// Set in `policy.json` under the `carbon_*` keys (see ``Policy/carbonSettings``).
public struct CarbonPolicy: Sendable, Hashable {
    /// Hours a year an end-user device is in use; the rest of the year it sleeps.
    public var endUserHoursPerYear: Int
    /// PUE the council knows for its own hosting settings, replacing `pue.csv`'s.
    public var pueOverrides: [AssetHosting: Double]
    /// Average CPU utilisation of cloud and unhosted virtual machines, in percent.
    public var cloudUtilisationPercent: Double
    /// Virtual machines per host when physical servers are virtualised.
    public var consolidationRatio: Int
    /// Which DESNZ carbon-value series appraisals use.
    public var appraisalSeries: AppraisalSeries
    /// The provider the move-to-cloud option assumes.
    public var cloudProvider: CloudProvider
    /// People using the estate, for kWh per user; `nil` to use the largest system's user count.
    public var users: Int?

    public init(
        endUserHoursPerYear: Int = 2_000, pueOverrides: [AssetHosting: Double] = [:],
        cloudUtilisationPercent: Double = 50,
        consolidationRatio: Int = 10, appraisalSeries: AppraisalSeries = .central,
        cloudProvider: CloudProvider = .azure,
        users: Int? = nil
    ) {
        self.endUserHoursPerYear = endUserHoursPerYear
        self.pueOverrides = pueOverrides
        self.cloudUtilisationPercent = cloudUtilisationPercent
        self.consolidationRatio = consolidationRatio
        self.appraisalSeries = appraisalSeries
        self.cloudProvider = cloudProvider
        self.users = users
    }

    /// Every value at its default.
    public static let defaults = CarbonPolicy()

    /// The hours the end-user device watts in `device-defaults.csv` were calibrated on: at these hours a
    /// device uses its ENERGY STAR typical energy consumption.
    public static let calibrationHoursPerYear = 2_000
}
