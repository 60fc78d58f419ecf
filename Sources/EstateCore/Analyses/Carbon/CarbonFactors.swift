import Foundation

/// The reference factors carbon estimates rest on: device defaults, manufacturers' footprints, the UK grid,
/// PUE, Cloud Carbon Footprint's coefficients and the UK carbon values for appraisal.
///
/// Estate ships them in its resource bundle (``shipped()``); each row keeps its source and how sure it is,
/// so every figure built from it can say where it came from.
///
/// ```swift
/// let factors = try CarbonFactors.shipped()
/// factors.profile("laptop")?.embodiedKgCO2e   // 241.2
/// factors.grid(forYear: 2030).kgCO2ePerKWh     // 0.046
/// ```
public struct CarbonFactors: Sendable {
    /// `device-defaults.csv`, by class name (`laptop`, `server-2u`).
    public var profiles: [String: DeviceProfile]
    /// `manufacturer-pcf.csv` (Boavizta, ODbL), in file order.
    public var footprints: [ManufacturerFootprint]
    /// `grid-intensity-uk.csv`, by calendar year.
    public var grid: [Int: GridFactor]
    /// `pue.csv`, by setting as the file names it.
    public var pue: [String: PUEFactor]
    /// `cloud-coefficients.csv`, by provider.
    public var cloud: [CloudProvider: CloudCoefficients]
    /// `ccf-embodied-instance-examples.csv`.
    public var cloudHosts: [CloudHostEmbodied]
    /// `cloud-region-factors-uk.csv`, Cloud Carbon Footprint's code values first.
    public var cloudRegions: [CloudRegionFactor]
    /// `ccf-microarchitecture-coefficients.csv`'s fallback row: SPECpower's average memory per physical chip.
    public var referenceMemoryGBPerChip: [CloudProvider: Double]
    /// `appraisal.csv`, by calendar year.
    public var appraisal: [Int: AppraisalValue]

    /// Footprints by manufacturer and model key (see ``ModelKey``), built once.
    var footprintIndex: [String: [ManufacturerFootprint]]

    public init(
        profiles: [String: DeviceProfile], footprints: [ManufacturerFootprint], grid: [Int: GridFactor],
        pue: [String: PUEFactor], cloud: [CloudProvider: CloudCoefficients], cloudHosts: [CloudHostEmbodied],
        cloudRegions: [CloudRegionFactor], referenceMemoryGBPerChip: [CloudProvider: Double],
        appraisal: [Int: AppraisalValue]
    ) {
        self.profiles = profiles
        self.footprints = footprints
        self.grid = grid
        self.pue = pue
        self.cloud = cloud
        self.cloudHosts = cloudHosts
        self.cloudRegions = cloudRegions
        self.referenceMemoryGBPerChip = referenceMemoryGBPerChip
        self.appraisal = appraisal
        var index: [String: [ManufacturerFootprint]] = [:]
        for footprint in footprints {
            let key = ModelKey.key(manufacturer: footprint.manufacturer, model: footprint.name)
            index[key, default: []].append(footprint)
        }
        footprintIndex = index
    }

    /// A device-defaults row by class name.
    public func profile(_ name: String) -> DeviceProfile? { profiles[name] }

    /// The UK grid factor for a calendar year; a year outside the table takes the nearest row's factor.
    public func grid(forYear year: Int) -> GridFactor {
        if let factor = grid[year] { return factor }
        let years = grid.keys.sorted()
        guard let first = years.first, let last = years.last else {
            return GridFactor(
                year: year, kgCO2ePerKWh: 0, isProjection: true, source: "no grid factors", status: .estimate)
        }
        let nearest = year < first ? first : last
        return grid[nearest]
            ?? GridFactor(year: year, kgCO2ePerKWh: 0, isProjection: true, source: "", status: .estimate)
    }

    /// The carbon value for appraisal for a calendar year; a year outside the table takes the nearest row's.
    public func appraisalValue(forYear year: Int) -> AppraisalValue? {
        if let value = appraisal[year] { return value }
        let years = appraisal.keys.sorted()
        guard let first = years.first, let last = years.last else { return nil }
        return appraisal[year < first ? first : last]
    }

    /// The manufacturers' footprints whose manufacturer and model name match an asset's, and whose class
    /// fits the asset's class.
    public func footprints(manufacturer: String?, model: String?, assetClass: AssetClass) -> [ManufacturerFootprint] {
        guard let manufacturer, let model else { return [] }
        let key = ModelKey.key(manufacturer: manufacturer, model: model)
        return (footprintIndex[key] ?? []).filter { ModelKey.fits($0.deviceClass, assetClass) }
    }

    /// The region grid factor Cloud Carbon Footprint's code uses for a provider's region.
    public func cloudRegion(_ provider: CloudProvider, region: String) -> CloudRegionFactor? {
        let rows = cloudRegions.filter { $0.provider == provider.rawValue && $0.region == region }
        return rows.first { $0.origin.hasPrefix("code") && !$0.origin.hasPrefix("code option") } ?? rows.first
    }

    /// The whole-host embodied figure for an instance type, or the provider's general-purpose reference family.
    public func cloudHost(_ provider: CloudProvider, instanceType: String?) -> (host: CloudHostEmbodied, isExact: Bool)?
    {
        let rows = cloudHosts.filter { $0.provider == provider.rawValue }
        if let instanceType {
            let folded = HeaderKey.fold(instanceType)
            if let exact = rows.first(where: { HeaderKey.fold($0.instanceType) == folded }) { return (exact, true) }
        }
        return rows.first.map { ($0, false) }
    }
}

/// One row of `device-defaults.csv`: a class's embodied carbon, yearly energy and typical watts.
public struct DeviceProfile: Sendable, Hashable {
    /// The class as the file names it: `laptop`, `server-2u`, `network-switch`.
    public var name: String
    public var embodiedKgCO2e: Double
    /// Typical energy in a year of use (ENERGY STAR TEC for end-user devices; 24×7 for servers).
    public var yearlyKWh: Double
    public var activeWatts: Double
    public var idleWatts: Double
    /// The manufacturers' own lifetime assumption, shown for reference; Estate amortises over the policy cycle.
    public var lifetimeYears: Double
    public var sampleCount: Int
    public var source: String
    /// ``FactorStatus/estimate`` when the row is built rather than measured (its source says so).
    public var status: FactorStatus
    public var line: Int

    public init(
        name: String, embodiedKgCO2e: Double, yearlyKWh: Double, activeWatts: Double, idleWatts: Double,
        lifetimeYears: Double, sampleCount: Int, source: String, status: FactorStatus, line: Int
    ) {
        self.name = name
        self.embodiedKgCO2e = embodiedKgCO2e
        self.yearlyKWh = yearlyKWh
        self.activeWatts = activeWatts
        self.idleWatts = idleWatts
        self.lifetimeYears = lifetimeYears
        self.sampleCount = sampleCount
        self.source = source
        self.status = status
        self.line = line
    }
}

/// One row of `manufacturer-pcf.csv`: a product carbon footprint as its manufacturer published it.
public struct ManufacturerFootprint: Sendable, Hashable {
    public var manufacturer: String
    public var name: String
    /// Estate's classification of the row (`laptop`, `server-2u`, `printer-mfd`).
    public var deviceClass: String
    /// gwp_total × (1 − gwp_use_ratio), when the row gives both.
    public var embodiedKgCO2e: Double?
    /// The manufacturer's typical energy consumption, when given.
    public var yearlyKWh: Double?
    public var reportDate: String
    public var line: Int

    public init(
        manufacturer: String, name: String, deviceClass: String, embodiedKgCO2e: Double?, yearlyKWh: Double?,
        reportDate: String, line: Int
    ) {
        self.manufacturer = manufacturer
        self.name = name
        self.deviceClass = deviceClass
        self.embodiedKgCO2e = embodiedKgCO2e
        self.yearlyKWh = yearlyKWh
        self.reportDate = reportDate
        self.line = line
    }
}

/// One row of `grid-intensity-uk.csv`: UK electricity kgCO2e per kWh in a year.
public struct GridFactor: Sendable, Hashable {
    public var year: Int
    public var kgCO2ePerKWh: Double
    /// Whether the row is a projection (after 2025) rather than a DESNZ reporting factor.
    public var isProjection: Bool
    public var source: String
    public var status: FactorStatus

    public init(year: Int, kgCO2ePerKWh: Double, isProjection: Bool, source: String, status: FactorStatus) {
        self.year = year
        self.kgCO2ePerKWh = kgCO2ePerKWh
        self.isProjection = isProjection
        self.source = source
        self.status = status
    }
}

/// One row of `pue.csv`: power usage effectiveness in a hosting setting.
public struct PUEFactor: Sendable, Hashable {
    public var setting: String
    public var pue: Double
    public var source: String
    public var status: FactorStatus

    public init(setting: String, pue: Double, source: String, status: FactorStatus) {
        self.setting = setting
        self.pue = pue
        self.source = source
        self.status = status
    }
}

/// One row of `cloud-coefficients.csv`: Cloud Carbon Footprint's constants for a provider.
public struct CloudCoefficients: Sendable, Hashable {
    public var provider: CloudProvider
    public var minWattsPerVCPU: Double
    public var maxWattsPerVCPU: Double
    public var memoryKWhPerGBHour: Double
    public var ssdWhPerTBHour: Double
    public var hddWhPerTBHour: Double
    public var networkKWhPerGB: Double
    public var pue: Double
    public var defaultUtilisationPercent: Double
    /// Hours a cloud server is expected to serve (35,040 = 4 years); the GCP row leaves it blank.
    public var serverLifespanHours: Double
    public var source: String

    public init(
        provider: CloudProvider, minWattsPerVCPU: Double, maxWattsPerVCPU: Double, memoryKWhPerGBHour: Double,
        ssdWhPerTBHour: Double, hddWhPerTBHour: Double, networkKWhPerGB: Double, pue: Double,
        defaultUtilisationPercent: Double, serverLifespanHours: Double, source: String
    ) {
        self.provider = provider
        self.minWattsPerVCPU = minWattsPerVCPU
        self.maxWattsPerVCPU = maxWattsPerVCPU
        self.memoryKWhPerGBHour = memoryKWhPerGBHour
        self.ssdWhPerTBHour = ssdWhPerTBHour
        self.hddWhPerTBHour = hddWhPerTBHour
        self.networkKWhPerGB = networkKWhPerGB
        self.pue = pue
        self.defaultUtilisationPercent = defaultUtilisationPercent
        self.serverLifespanHours = serverLifespanHours
        self.source = source
    }
}

/// One row of `ccf-embodied-instance-examples.csv`: a cloud host's embodied carbon and its family's size.
public struct CloudHostEmbodied: Sendable, Hashable {
    public var provider: String
    public var instanceType: String
    public var vcpu: Int
    public var largestVCPUInFamily: Int
    public var hostEmbodiedKgCO2e: Double
    public var source: String

    public init(
        provider: String, instanceType: String, vcpu: Int, largestVCPUInFamily: Int, hostEmbodiedKgCO2e: Double,
        source: String
    ) {
        self.provider = provider
        self.instanceType = instanceType
        self.vcpu = vcpu
        self.largestVCPUInFamily = largestVCPUInFamily
        self.hostEmbodiedKgCO2e = hostEmbodiedKgCO2e
        self.source = source
    }
}

/// One row of `cloud-region-factors-uk.csv`: the grid factor a tool uses for a UK cloud region.
public struct CloudRegionFactor: Sendable, Hashable {
    public var provider: String
    public var region: String
    public var kgCO2ePerKWh: Double
    public var source: String
    /// `code`, `code default`, `doc (older)`: where in the tool the value sits.
    public var origin: String

    public init(provider: String, region: String, kgCO2ePerKWh: Double, source: String, origin: String) {
        self.provider = provider
        self.region = region
        self.kgCO2ePerKWh = kgCO2ePerKWh
        self.source = source
        self.origin = origin
    }
}

/// One row of `appraisal.csv`: the UK carbon values for policy appraisal in a year, real 2022 prices.
public struct AppraisalValue: Sendable, Hashable {
    public var year: Int
    public var central: Money
    public var low: Money
    public var high: Money
    public var source: String

    public init(year: Int, central: Money, low: Money, high: Money, source: String) {
        self.year = year
        self.central = central
        self.low = low
        self.high = high
        self.source = source
    }

    /// The value per tonne in the chosen series.
    public func value(_ series: AppraisalSeries) -> Money {
        switch series {
        case .central: central
        case .low: low
        case .high: high
        }
    }
}

/// Which of DESNZ's three series of carbon values an appraisal uses.
public enum AppraisalSeries: String, Vocabulary {
    case central, low, high

    public var synonyms: [String] { [] }
}
