import EstateCore

/// Collects servers, virtual machines, network and storage kit, and what is installed on them,
/// numbering them the way a CMDB does (`SRV00001`, `VM00001`, `NET00001`, `FW00001`, `STG00001`).
///
/// The core estate and each scaled cluster use their own builder, so a cluster is small enough to hold
/// in memory while it is written.
struct InfrastructureBuilder {
    let asOf: LocalDate
    var random: SampleRandom
    private(set) var assets: [Asset] = []
    private(set) var components: [Component] = []
    private(set) var idByHostname: [String: String] = [:]
    private let numbering: Numbering

    /// Where the next id of each prefix comes from: the core estate counts from 1, cluster `n` from its own block.
    struct Numbering {
        var first: Int
        var width: Int
        /// Put before every id (`WB-` gives `WB-SRV00001`), so two councils' ids never meet.
        var idPrefix = ""
    }

    private var counters: [String: Int] = [:]

    init(asOf: LocalDate, random: SampleRandom, numbering: Numbering) {
        self.asOf = asOf
        self.random = random
        self.numbering = numbering
    }

    /// A physical box: host, server, switch, firewall, array or tape library. Returns its id.
    @discardableResult
    mutating func hardware(
        _ hostname: String, _ assetClass: AssetClass, make: String, model: String, room: Places.Room? = nil,
        site: String? = nil, ageMonths: Int, costPounds: Int, os: ServerOS?, cpu: String? = nil, cores: Int? = nil,
        memoryGB: Int? = nil, diskGB: Int? = nil, warrantyYears: Int, department: String = "ICT",
        status: AssetStatus = .active, installed: [Installed] = [], serial: String
    ) -> String {
        let id = nextId(Self.prefix(for: assetClass))
        let purchased = DeviceGenerator.weekday(asOf.adding(months: -ageMonths).adding(days: -random.below(28)))
        let costPence = Int64(costPounds) * Int64(95 + random.below(11))
        let hosting: AssetHosting = room.map(Self.hosting) ?? .onPremises
        let asset = Asset(
            id: id, hostname: hostname, assetClass: assetClass, manufacturer: make, model: model, serial: serial,
            site: room?.site ?? site, department: department, purchaseDate: purchased,
            purchaseCost: Money(pence: costPence),
            warrantyEnd: purchased.adding(years: warrantyYears).adding(days: -1), osName: os?.name,
            osVersion: os?.version,
            cpu: cpu, cores: cores, memoryBytes: memoryGB.map { Int64($0) << 30 },
            storageBytes: diskGB.map { Int64($0) * 1_000_000_000 }, lastSeen: lastScan(status),
            hosting: hosting, isVirtual: false, status: status)
        add(asset, installed: installed)
        return id
    }

    /// A virtual machine on one of `hosts` (ids), or, with no hosts, a cloud instance in `room`. Returns its id.
    @discardableResult
    mutating func virtualMachine(
        _ hostname: String, hosts: [String], room: Places.Room, os: ServerOS, vcpus: Int, memoryGB: Int, diskGB: Int,
        department: String = "ICT", status: AssetStatus = .active, installed: [Installed] = [], cpu: String? = nil,
        instanceType: String? = nil
    ) -> String {
        let id = nextId("VM")
        let make: String
        let model: String
        let serial: String
        switch room {
        case .aws:
            (make, model, serial) = ("Amazon EC2", instanceType ?? "m5.large", SerialNumbers.ec2(using: &random))
        case .azure:
            (make, model, serial) = ("Microsoft Corporation", "Virtual Machine", SerialNumbers.hyperV(using: &random))
        case .depotCommsRoom:
            (make, model, serial) = ("Microsoft Corporation", "Virtual Machine", SerialNumbers.hyperV(using: &random))
        default:
            let oldHardware = os.version.hasPrefix("6.") || os.name.contains("release 6")
            (make, model, serial) = (
                "VMware, Inc.", oldHardware ? "VMware Virtual Platform" : "VMware7,1",
                SerialNumbers.vmware(using: &random)
            )
        }
        let hostId = hosts.isEmpty ? nil : random.pick(hosts)
        // A guest reports its host's processor model.
        let hostCPU = hostId.flatMap { host in assets.last(where: { $0.id == host })?.cpu }
        let asset = Asset(
            id: id, hostname: hostname, assetClass: .virtualMachine, manufacturer: make, model: model, serial: serial,
            site: room.site, department: department, osName: os.name, osVersion: os.version, cpu: cpu ?? hostCPU,
            cores: vcpus, memoryBytes: Int64(memoryGB) << 30, storageBytes: Int64(diskGB) * 1_000_000_000,
            lastSeen: lastScan(status), hosting: Self.hosting(room), isVirtual: true, hostId: hostId, status: status)
        add(asset, installed: installed)
        return id
    }

    func id(of hostname: String) -> String? { idByHostname[hostname] }

    private mutating func add(_ asset: Asset, installed: [Installed]) {
        assets.append(asset)
        if let hostname = asset.hostname { idByHostname[hostname] = asset.id }
        for item in installed {
            components.append(
                Component(
                    subject: .asset, subjectId: asset.id, kind: item.kind, product: item.product, version: item.version)
            )
        }
    }

    private mutating func nextId(_ prefix: String) -> String {
        let number = counters[prefix, default: numbering.first]
        counters[prefix] = number + 1
        return numbering.idPrefix + prefix + DeviceGenerator.padded(number, numbering.width)
    }

    /// When discovery last saw it: today or yesterday if it is running, long ago if it was switched off.
    private mutating func lastScan(_ status: AssetStatus) -> LocalDate {
        status == .retired ? asOf.adding(days: -random.int(in: 200...500)) : asOf.adding(days: -random.below(2))
    }

    static func prefix(for assetClass: AssetClass) -> String {
        switch assetClass {
        case .network: "NET"
        case .firewall: "FW"
        case .storage: "STG"
        case .virtualMachine: "VM"
        default: "SRV"
        }
    }

    static func hosting(_ room: Places.Room) -> AssetHosting {
        switch room {
        case .civicCentreDataCentre: .dataCentre
        case .depotCommsRoom, .westbrookServerRoom: .onPremises
        case .colocation: .colocation
        case .azure, .aws: .cloud
        }
    }
}

/// Server and network serial numbers.
extension SerialNumbers {
    static func dellServer(using random: inout SampleRandom) -> String { random.characters(7, from: Alphabet.dellTag) }
    static func hpeServer(using random: inout SampleRandom) -> String {
        "CZJ" + random.characters(7, from: Alphabet.upperAlphanumeric)
    }
    static func cisco(using random: inout SampleRandom) -> String {
        "FOC" + random.characters(4, from: Alphabet.digits) + random.characters(4, from: Alphabet.upperAlphanumeric)
    }
    static func paloAlto(using random: inout SampleRandom) -> String {
        "0" + random.characters(11, from: Alphabet.digits)
    }
    static func fortinet(using random: inout SampleRandom) -> String {
        "FG100FTK" + random.characters(8, from: Alphabet.digits)
    }
    static func aruba(using random: inout SampleRandom) -> String {
        "SG" + random.characters(8, from: Alphabet.upperAlphanumeric)
    }
    static func netApp(using random: inout SampleRandom) -> String {
        "7" + random.characters(11, from: Alphabet.digits)
    }
    static func f5(using random: inout SampleRandom) -> String {
        "f5-" + random.characters(4, from: "abcdefghijklmnopqrstuvwxyz") + "-"
            + random.characters(4, from: "abcdefghijklmnopqrstuvwxyz")
    }
}
