/// A virtual machine running in a public cloud, as Cloud Carbon Footprint's method needs it.
public struct CloudWorkload: Sendable, Hashable {
    public var provider: CloudProvider
    /// The provider's region name (`uksouth`, `eu-west-2`).
    public var region: String
    public var vCPUs: Int
    public var memoryGB: Double
    /// Allocated disk, in terabytes; Estate assumes SSD.
    public var storageTB: Double
    /// The provider's instance type (`m5.large`), when the inventory gives one.
    public var instanceType: String?

    public init(
        provider: CloudProvider, region: String, vCPUs: Int, memoryGB: Double, storageTB: Double,
        instanceType: String? = nil
    ) {
        self.provider = provider
        self.region = region
        self.vCPUs = vCPUs
        self.memoryGB = memoryGB
        self.storageTB = storageTB
        self.instanceType = instanceType
    }
}

/// A year of a cloud workload by Cloud Carbon Footprint's method, with the basis of each part.
public struct CloudWorkloadEstimate: Sendable, Hashable {
    /// Compute, memory and storage energy in a year of 24×7 running, before PUE.
    public var itKWhPerYear: Double
    public var computeKWh: Double
    public var memoryKWh: Double
    public var storageKWh: Double
    public var pue: Double
    /// The region's grid factor (fixed, as CCF uses it).
    public var gridKgCO2ePerKWh: Double
    /// The host's embodied carbon allocated to a year of this workload.
    public var embodiedKgPerYear: Double
    public var kWhBasis: String
    public var gridBasis: String
    public var embodiedBasis: String
    public var factors: [CarbonFactor]
}

extension CloudWorkload {
    /// Hours in a year of 24×7 running.
    static let hoursPerYear = 8_760.0

    /// A year of the workload: compute at the given utilisation, memory above what the SPECpower figures
    /// already include, disks with the provider's replication, the provider's PUE and region factor, and the
    /// host's embodied carbon by vCPU share.
    ///
    /// Memory: CCF counts, for AWS and Azure, only memory beyond SPECpower's average per physical chip. Estate
    /// does not know the host's chips, so it assumes the family's largest instance is a two-socket host, as
    /// CCF's AWS list has for m5, c5 and r5: counted GB = memory − vCPUs × 2 × GB per chip ÷ largest vCPUs.
    /// GCP memory counts in full, as CCF counts GCP memory rows.
    ///
    /// - Returns: `nil` when the factors hold no coefficients for the provider.
    public func estimate(factors: CarbonFactors, utilisationPercent: Double) -> CloudWorkloadEstimate? {
        guard let constants = factors.cloud[provider] else { return nil }
        let hours = Self.hoursPerYear
        let vcpus = Double(max(vCPUs, 0))
        let compute = CloudCarbonFootprint.computeKWh(
            utilisationPercent: utilisationPercent, vCPUHours: vcpus * hours, minWatts: constants.minWattsPerVCPU,
            maxWatts: constants.maxWattsPerVCPU, pue: 1)
        let host = factors.cloudHost(provider, instanceType: instanceType)
        let largest = Double(host?.host.largestVCPUInFamily ?? 96)
        let countedGB: Double
        let memoryRule: String
        if provider == .gcp {
            countedGB = memoryGB
            memoryRule = "all \(CarbonNumber.plain(memoryGB, digits: 1)) GB (GCP)"
        } else {
            let perChip = factors.referenceMemoryGBPerChip[provider] ?? 0
            let reference = vcpus * 2 * perChip / largest
            countedGB = max(0, memoryGB - reference)
            memoryRule =
                "\(CarbonNumber.plain(countedGB, digits: 2)) GB above the SPECpower reference of \(CarbonNumber.plain(reference, digits: 2)) GB"
        }
        let memory = CloudCarbonFootprint.memoryKWh(
            gigabyteHours: countedGB * hours, coefficient: constants.memoryKWhPerGBHour, pue: 1)
        let replication = CloudCarbonFootprint.diskReplication(provider)
        let storage = CloudCarbonFootprint.storageKWh(
            terabyteHours: storageTB * hours, whPerTBHour: constants.ssdWhPerTBHour, pue: 1,
            replicationFactor: replication.factor)
        let region = factors.cloudRegion(provider, region: self.region)
        let regionName = region?.region ?? self.region
        let grid = region?.kgCO2ePerKWh ?? factors.cloudRegion(provider, region: provider.ukRegion)?.kgCO2ePerKWh ?? 0
        let embodied = host.map { host in
            CloudCarbonFootprint.embodied(
                hostEmbodied: host.host.hostEmbodiedKgCO2e, usageHours: hours,
                lifespanHours: constants.serverLifespanHours,
                instanceVCPUs: vcpus, largestVCPUs: Double(host.host.largestVCPUInFamily))
        }
        let watts = CloudCarbonFootprint.averageWatts(
            minWatts: constants.minWattsPerVCPU, maxWatts: constants.maxWattsPerVCPU,
            utilisationPercent: utilisationPercent)
        let kWhBasis =
            "Cloud Carbon Footprint: \(vCPUs) vCPU × \(CarbonNumber.plain(watts, digits: 3)) W (\(constants.minWattsPerVCPU)-\(constants.maxWattsPerVCPU) W at \(CarbonNumber.plain(utilisationPercent, digits: 0))%) × 8,760 h; memory \(memoryRule) × \(constants.memoryKWhPerGBHour) kWh/GB-h; \(CarbonNumber.plain(storageTB, digits: 3)) TB SSD × \(constants.ssdWhPerTBHour) Wh/TB-h × \(CarbonNumber.plain(replication.factor, digits: 0)) (\(replication.basis))"
        var embodiedBasis = "no host embodied figure for \(provider.title)"
        if let host {
            embodiedBasis =
                "Cloud Carbon Footprint (SCI): \(host.isExact ? "" : "instance type not known, so ")\(host.host.instanceType) family host \(CarbonNumber.plain(host.host.hostEmbodiedKgCO2e, digits: 1)) kg × 8,760/\(CarbonNumber.plain(constants.serverLifespanHours, digits: 0)) h × \(vCPUs)/\(host.host.largestVCPUInFamily) vCPU"
        }
        var cited = [CarbonFactor.cloudCoefficients(constants)]
        if let region {
            cited.append(
                CarbonFactor(
                    id: "cloud-region-factors-uk.csv \(provider.rawValue) \(region.region)",
                    name: "\(provider.title) \(region.region) grid", value: region.kgCO2ePerKWh, unit: "kgCO2e/kWh",
                    source: region.source, status: .reference))
        }
        if let host {
            cited.append(
                CarbonFactor(
                    id: "ccf-embodied-instance-examples.csv \(provider.rawValue) \(host.host.instanceType)",
                    name: "\(provider.title) \(host.host.instanceType) host embodied",
                    value: host.host.hostEmbodiedKgCO2e,
                    unit: "kgCO2e per host", source: host.host.source, status: .reference))
        }
        return CloudWorkloadEstimate(
            itKWhPerYear: compute + memory + storage, computeKWh: compute, memoryKWh: memory, storageKWh: storage,
            pue: constants.pue, gridKgCO2ePerKWh: grid, embodiedKgPerYear: embodied ?? 0, kWhBasis: kWhBasis,
            gridBasis:
                "\(provider.title) \(regionName) \(CarbonNumber.plain(grid, digits: 5)) kgCO2e/kWh (cloud-region-factors-uk.csv, CCF code) in the first year, then following the UK grid projection",
            embodiedBasis: embodiedBasis, factors: cited)
    }
}

extension CarbonFactor {
    /// The citation of a provider's Cloud Carbon Footprint constants.
    static func cloudCoefficients(_ constants: CloudCoefficients) -> CarbonFactor {
        CarbonFactor(
            id: "cloud-coefficients.csv \(constants.provider.rawValue)",
            name: "\(constants.provider.title) constants (CCF): PUE; watts per vCPU, memory, SSD", value: constants.pue,
            unit:
                "PUE; \(constants.minWattsPerVCPU)-\(constants.maxWattsPerVCPU) W/vCPU, \(constants.memoryKWhPerGBHour) kWh/GB-h, SSD \(constants.ssdWhPerTBHour) Wh/TB-h",
            source: constants.source, status: .reference)
    }
}
