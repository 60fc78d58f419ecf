import EstateCore

extension SampleEstate {
    /// The second organisation of the sample.
    public static let secondOrganisationName = "London Borough of Westbrook"
    /// The folder name of the second organisation under `Inventory/organisations/`.
    public static let secondOrganisationFolder = "westbrook"
    /// `0x5745_5354_4252_4F4B`, "WESTBROK" in ASCII: the second organisation's seed with the default seed.
    public static let secondOrganisationSeed: UInt64 = 0x5745_5354_4252_4F4B
    /// Westbrook's end-user devices: a smaller borough than Eastwick.
    public static let secondOrganisationDevices = 850

    /// The London Borough of Westbrook, Eastwick's smaller neighbour, pictured on the same date: about 850
    /// devices and 45 servers, network and storage assets, and a register of 28 systems (`WB-APP001` on).
    ///
    /// Its register shares capabilities with Eastwick's, so a combined review finds shared-service
    /// candidates: seven capabilities run the very same product (vendor and product as Eastwick writes
    /// them), six run another product, and fifteen are Westbrook's own. Asset ids and hostnames carry
    /// `WB` prefixes (`WB300001`, `WBK-…`, `WB-SRV00001`), so they never meet Eastwick's.
    ///
    /// Its seed follows this estate's: the default seed gives ``secondOrganisationSeed``.
    ///
    /// - Complexity: O(n) in its (fixed) size.
    public func secondOrganisation() -> SampleSnapshot {
        let seed = self.seed ^ Self.defaultSeed ^ Self.secondOrganisationSeed
        let infrastructure = WestbrookInfrastructure.build(asOf: asOf, seed: seed)
        let register = SystemRegister.make(WestbrookSystems.catalogue, asOf: asOf) { infrastructure.id(of: $0) }
        var devices: [Asset] = []
        var deviceComponents: [Component] = []
        var generator = DeviceGenerator(seed: seed, asOf: asOf, borough: .westbrook)
        for _ in 0..<Self.secondOrganisationDevices {
            let (asset, components) = generator.next()
            devices.append(asset)
            deviceComponents += components
        }
        return SampleSnapshot(
            organisation: Self.secondOrganisationName, asOf: asOf, devices: devices,
            infrastructure: infrastructure.assets, systems: register.systems,
            components: infrastructure.components + register.components + deviceComponents)
    }
}
