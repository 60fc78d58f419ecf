import EstateCore

/// A deterministic synthetic ICT estate of a fictional council, the London Borough of Eastwick, shaped
/// like the estates in real council ICT strategies: end-user devices with a long tail past seven years
/// and many not seen for months, about 90 servers across a data centre, a depot comms room, a colocation
/// suite and two clouds, about 45 line-of-business systems with overlapping capabilities, and the
/// products installed on all of them.
///
/// The same seed, size and as-of date always give the same estate, byte for byte: every number comes
/// from the sample's own xoshiro256** generator, and every date is counted back from `asOf`. Larger
/// sizes (for benchmarks) add devices and, for every 1,000 devices over 2,500, one more hypervisor
/// cluster with its virtual machines, switches and systems; records are made one at a time, so a
/// million-asset estate streams to disk in bounded memory.
///
/// ```swift
/// let sample = SampleEstate.standard               // 2,500 devices, as of 2026-10-01
/// sample.generate { record in
///     if case .device(let asset) = record { print(asset.id) }
/// }
/// let big = SampleEstate(totalAssets: 1_000_000)   // for benchmarks
/// ```
///
/// ## Topics
/// - ``generate(_:)``
/// - ``tally()``
/// - ``snapshot()``
/// - ``yearEarlier()``
/// - ``secondOrganisation()``
/// - ``SampleWriter``
public struct SampleEstate: Sendable, Hashable {
    /// The seed of every random choice.
    public var seed: UInt64
    /// How many end-user devices (desktops, laptops, thin clients, monitors, phones, tablets, printers).
    public var endUserDevices: Int
    /// The date the estate is pictured on; purchase dates, last-seen dates and contract ends count from it.
    public var asOf: LocalDate

    /// `0x4541_5354_5749_434B`, "EASTWICK" in ASCII.
    public static let defaultSeed: UInt64 = 0x4541_5354_5749_434B
    /// 2,500 end-user devices: a mid-sized London borough.
    public static let defaultEndUserDevices = 2_500
    /// The sample's pinned date, 2026-10-01.
    public static let defaultAsOf = LocalDate(year: 2026, month: 10, day: 1) ?? LocalDate(daysSinceEpoch: 20_727)
    /// The fictional council the sample describes.
    public static let organisation = "London Borough of Eastwick"
    /// The estate committed in `Inventory/`: the default seed, size and date.
    public static let standard = SampleEstate()

    /// Devices per extra cluster, once the estate is larger than the default.
    static let devicesPerCluster = 1_000

    /// An estate of `endUserDevices` devices (at least 0) and the infrastructure that goes with them.
    public init(seed: UInt64 = defaultSeed, endUserDevices: Int = defaultEndUserDevices, asOf: LocalDate = defaultAsOf)
    {
        self.seed = seed
        self.endUserDevices = max(0, endUserDevices)
        self.asOf = asOf
    }

    /// An estate of about `totalAssets` assets in all (devices, servers, virtual machines, network, storage).
    public init(seed: UInt64 = defaultSeed, totalAssets: Int, asOf: LocalDate = defaultAsOf) {
        let core = Self.coreInfrastructureCount
        let perCluster = ClusterInfrastructure.hostsPerCluster + ClusterInfrastructure.virtualMachinesPerCluster + 2
        let atDefault = Self.defaultEndUserDevices + core
        let devices: Int
        if totalAssets <= atDefault {
            devices = totalAssets - core
        } else {
            // total = d + core + perCluster * (d - default) / devicesPerCluster, solved for d.
            let scale = Self.devicesPerCluster + perCluster
            devices = ((totalAssets - core) * Self.devicesPerCluster + perCluster * Self.defaultEndUserDevices) / scale
        }
        self.init(seed: seed, endUserDevices: devices, asOf: asOf)
    }

    /// How many extra hypervisor clusters the size calls for.
    public var clusterCount: Int { max(0, (endUserDevices - Self.defaultEndUserDevices) / Self.devicesPerCluster) }

    /// How many assets the core infrastructure has (the same for every seed and date).
    static let coreInfrastructureCount = CoreInfrastructure.build(asOf: defaultAsOf, seed: 0).assets.count

    /// Calls `body` with every record of the estate, in a fixed order: the core infrastructure and what is
    /// installed on it, the systems register, each extra cluster, then the devices and their software.
    ///
    /// - Complexity: O(n) in the number of records; memory is bounded by the core estate and one cluster,
    ///   whatever the number of devices.
    public func generate(_ body: (SampleRecord) throws -> Void) rethrows {
        let core = CoreInfrastructure.build(asOf: asOf, seed: seed)
        for asset in core.assets { try body(.infrastructure(asset)) }
        for component in core.components { try body(.component(component)) }
        let register = SystemRegister.core(asOf: asOf, servers: core)
        for system in register.systems { try body(.system(system)) }
        for component in register.components { try body(.component(component)) }

        if clusterCount > 0 {
            for number in 1...clusterCount {
                let cluster = ClusterInfrastructure.build(number: number, asOf: asOf, seed: seed)
                for asset in cluster.assets { try body(.infrastructure(asset)) }
                for component in cluster.components { try body(.component(component)) }
                for system in ClusterSystems.systems(number: number, cluster: cluster, asOf: asOf, seed: seed) {
                    try body(.system(system))
                }
            }
        }

        var devices = DeviceGenerator(seed: seed, asOf: asOf)
        for _ in 0..<endUserDevices {
            let (asset, components) = devices.next()
            try body(.device(asset))
            for component in components { try body(.component(component)) }
        }
    }

    /// Counts of what ``generate(_:)`` makes, for messages and the README.
    ///
    /// - Complexity: O(n): it generates the whole estate.
    public func tally() -> SampleTally {
        var tally = SampleTally()
        generate { record in
            switch record {
            case .device(let asset):
                tally.devices += 1
                tally.byClass[asset.assetClass, default: 0] += 1
            case .infrastructure(let asset):
                tally.infrastructure += 1
                tally.byClass[asset.assetClass, default: 0] += 1
            case .system: tally.systems += 1
            case .component: tally.components += 1
            }
        }
        return tally
    }
}

/// One record of a sample estate, tagged with the file it belongs in.
public enum SampleRecord: Sendable, Hashable {
    /// A desktop, laptop, thin client, monitor, phone, tablet or printer (the asset register).
    case device(Asset)
    /// A server, virtual machine, switch, firewall or storage array (the CMDB export).
    case infrastructure(Asset)
    /// A line-of-business system (the application register).
    case system(System)
    /// A product installed on an asset or a system (the software inventory).
    case component(Component)
}

/// How many records of each kind a sample estate holds.
public struct SampleTally: Sendable, Hashable {
    /// End-user devices (the asset register).
    public var devices = 0
    /// Servers, virtual machines, network, firewalls and storage (the CMDB export).
    public var infrastructure = 0
    /// Line-of-business systems.
    public var systems = 0
    /// Installed products on assets and systems.
    public var components = 0
    /// Assets of each class, devices and infrastructure together.
    public var byClass: [AssetClass: Int] = [:]

    /// An empty tally.
    public init() {}

    /// Devices and infrastructure together.
    public var assets: Int { devices + infrastructure }
}
