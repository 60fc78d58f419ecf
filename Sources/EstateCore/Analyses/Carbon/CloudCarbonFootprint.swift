/// Cloud Carbon Footprint's estimation formulas, one function each, in CCF's own units.
///
/// Each takes usage and constants and returns kWh (energy at the data centre, PUE included) or, for
/// ``embodied(hostEmbodied:usageHours:lifespanHours:instanceVCPUs:largestVCPUs:)``, emissions in the unit of
/// `hostEmbodied`. Multiply kWh by a grid factor for operational emissions.
///
/// ```swift
/// // CCF's own test: 1% utilisation, 1 vCPU-hour, 0.71-3.46 W, PUE 1.135, replication 2
/// CloudCarbonFootprint.computeKWh(utilisationPercent: 1, vCPUHours: 1, minWatts: 0.71, maxWatts: 3.46,
///                                 pue: 1.135, replicationFactor: 2)   // 0.001674125
/// ```
///
/// Related documentation: Cloud Carbon Footprint methodology <https://www.cloudcarbonfootprint.org/docs/methodology>
public enum CloudCarbonFootprint {
    /// Min watts + utilisation × (max watts − min watts), with utilisation in percent.
    public static func averageWatts(minWatts: Double, maxWatts: Double, utilisationPercent: Double) -> Double {
        minWatts + (utilisationPercent / 100) * (maxWatts - minWatts)
    }

    /// Compute: average watts × vCPU-hours × PUE × replication ÷ 1000. A given average replaces min/max.
    public static func computeKWh(
        utilisationPercent: Double, vCPUHours: Double, minWatts: Double, maxWatts: Double, pue: Double,
        replicationFactor: Double = 1, averageWatts: Double? = nil
    ) -> Double {
        let watts =
            averageWatts
            ?? self.averageWatts(minWatts: minWatts, maxWatts: maxWatts, utilisationPercent: utilisationPercent)
        return watts * vCPUHours * pue * replicationFactor / 1_000
    }

    /// Memory: GB-hours × kWh per GB-hour × PUE × replication.
    public static func memoryKWh(gigabyteHours: Double, coefficient: Double, pue: Double, replicationFactor: Double = 1)
        -> Double
    {
        gigabyteHours * coefficient * pue * replicationFactor
    }

    /// Storage: TB-hours × Wh per TB-hour × PUE × replication ÷ 1000 (allocated, not used, capacity).
    public static func storageKWh(
        terabyteHours: Double, whPerTBHour: Double, pue: Double, replicationFactor: Double = 1
    )
        -> Double
    {
        terabyteHours * whPerTBHour * pue * replicationFactor / 1_000
    }

    /// Networking: GB moved between regions × kWh per GB × PUE.
    public static func networkKWh(gigabytes: Double, coefficient: Double, pue: Double = 1) -> Double {
        gigabytes * coefficient * pue
    }

    /// Embodied (Green Software Foundation SCI): host embodied × (hours used ÷ lifespan hours) × (instance
    /// vCPUs ÷ largest vCPUs in the family).
    public static func embodied(
        hostEmbodied: Double, usageHours: Double, lifespanHours: Double, instanceVCPUs: Double, largestVCPUs: Double
    ) -> Double {
        guard lifespanHours > 0, largestVCPUs > 0 else { return 0 }
        return hostEmbodied * (usageHours / lifespanHours) * (instanceVCPUs / largestVCPUs)
    }

    /// Storage replication Estate assumes for a virtual machine's disks, with the reason.
    public static func diskReplication(_ provider: CloudProvider) -> (factor: Double, basis: String) {
        switch provider {
        case .aws: (2, "EBS volumes ×2 (CCF replication factor)")
        case .azure: (3, "managed disks, locally redundant ×3 (CCF replication factor)")
        case .gcp: (2, "persistent disks ×2 (CCF replication factor)")
        }
    }
}
