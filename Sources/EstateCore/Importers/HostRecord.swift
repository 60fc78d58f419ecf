/// One machine as one host-shaped source saw it, before Estate merges it with what other sources say.
///
/// Importers of scans, agents, management consoles and package lists produce these. They wait until the end of
/// the `estate ingest` call, so that the laptop an Intune export, an osquery result and the asset register all
/// describe becomes one asset (see ``IngestSession/finish(into:)``).
///
/// ```swift
/// var host = HostRecord(line: 1)
/// host.asset.hostname = "ew-web-01"
/// host.asset.serial = "7XK2L33"
/// host.macAddresses = ["00:50:56:9a:1b:2c"]
/// host.components.append(Component(subject: .asset, subjectId: "", kind: .database, product: "postgresql-14"))
/// ```
public struct HostRecord: Sendable, Hashable {
    /// The asset as the source describes it. `id` holds the source's own asset tag when it has one, else is
    /// empty: the merge names the asset by its tag, else its serial number, else its hostname.
    public var asset: Asset
    /// The machine's network MAC addresses, `aa:bb:cc:dd:ee:ff`, used to match it when serial and hostname are
    /// missing.
    public var macAddresses: [String]
    /// What is installed on it; the merge fills in each component's subject id.
    public var components: [Component]
    /// The line of the file where the source describes the machine (1 for a file that is one machine).
    public var line: Int

    public init(
        asset: Asset = Asset(id: "", assetClass: .other), macAddresses: [String] = [], components: [Component] = [],
        line: Int
    ) {
        self.asset = asset
        self.macAddresses = macAddresses
        self.components = components
        self.line = line
    }

    /// Adds a component of this host, unless its product is empty.
    public mutating func install(_ kind: ComponentKind, _ product: String?, version: String? = nil) {
        guard let product = HostIdentity.clean(product) else { return }
        components.append(
            Component(
                subject: .asset, subjectId: "", kind: kind, product: product, version: HostIdentity.clean(version)))
    }
}

/// An application an SBOM describes, with the software it contains, waiting to be matched to the systems register.
public struct SystemSoftware: Sendable, Hashable {
    /// The system as the SBOM names it (its id is the product name until a register entry claims it).
    public var system: System
    public var components: [Component]
    public var line: Int

    public init(system: System, components: [Component], line: Int) {
        self.system = system
        self.components = components
        self.line = line
    }
}

/// What an importer read from one file.
struct ImportBatch: Sendable {
    var hosts: [HostRecord] = []
    var systems: [SystemSoftware] = []
    var rejects: [Reject] = []
    var notes: [String] = []

    /// Records counted as accepted: each host or system and each of its components.
    var acceptedCount: Int {
        hosts.reduce(0) { $0 + 1 + $1.components.count } + systems.reduce(0) { $0 + 1 + $1.components.count }
    }
}

/// How far a source is trusted for each kind of fact when sources disagree.
///
/// Facts about the machine itself (OS, CPU, memory, serial) are best taken from the machine; facts about the
/// council's ownership (purchase, site, department, status) from the register.
enum SourceKind: Int, Sendable, Hashable, Comparable {
    /// An asset register or Estate JSON written by people.
    case register
    /// Collected on the machine: `estate scan`, osquery, Ansible, dmidecode, systeminfo, a GLPI agent.
    case collected
    /// A management console's view: Intune, NetBox, RVTools.
    case console
    /// A list of installed software: dpkg, rpm, registry exports, SBOMs.
    case softwareList

    init(_ format: InputFormat) {
        switch format {
        case .assetsCSV, .systemsCSV, .componentsCSV, .estateJSON, .snipeITCSV: self = .register
        case .estateScan, .osqueryJSON, .ansibleFacts, .dmidecode, .systeminfo, .glpiJSON: self = .collected
        case .intuneCSV, .netBoxCSV, .rvToolsCSV: self = .console
        case .dpkgStatus, .dpkgList, .rpmQuery, .registryUninstall, .cycloneDXJSON, .spdxJSON: self = .softwareList
        }
    }

    /// Rank for facts about the machine: lower wins.
    var machineRank: Int {
        switch self {
        case .collected: 0
        case .console: 1
        case .register: 2
        case .softwareList: 3
        }
    }

    /// Rank for the council's own facts (purchase, site, department, status, class): lower wins.
    var businessRank: Int {
        switch self {
        case .register: 0
        case .console: 1
        case .collected: 2
        case .softwareList: 3
        }
    }

    static func < (lhs: SourceKind, rhs: SourceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
