/// What kind of thing an asset is. Decides its refresh cycle, power and embodied-carbon defaults.
public enum AssetClass: String, Vocabulary {
    case desktop, laptop, workstation
    case thinClient = "thin-client"
    case monitor, tablet, smartphone, server, storage, network, firewall, printer
    case virtualMachine = "virtual-machine"
    case other

    public var synonyms: [String] {
        switch self {
        case .desktop: ["pc", "desktoppc", "tower", "sff", "allinone", "aio", "minipc", "microtower"]
        case .laptop: ["notebook", "ultrabook", "convertible", "2in1", "laptopcomputer"]
        case .workstation: ["cadworkstation", "mobileworkstation"]
        case .thinClient: ["thinclient", "zeroclient", "wyse"]
        case .monitor: ["display", "screen", "lcd", "tft"]
        case .tablet: ["ipad", "slate"]
        case .smartphone: ["phone", "mobile", "mobilephone", "iphone", "android", "handset", "smartphone"]
        case .server: ["physicalserver", "host", "hypervisor", "esxihost", "bladeserver", "rackserver", "blade"]
        case .storage: ["san", "nas", "storagearray", "diskarray", "tapelibrary"]
        case .network: ["switch", "router", "accesspoint", "wap", "wirelessap", "networkswitch", "loadbalancer"]
        case .firewall: ["utm", "securityappliance"]
        case .printer: ["mfd", "mfp", "multifunctiondevice", "copier", "plotter"]
        case .virtualMachine: ["vm", "virtual", "virtualserver", "guest"]
        case .other: []
        }
    }

    /// Classes on someone's desk or in their pocket (as against the data centre).
    public var isEndUserDevice: Bool {
        switch self {
        case .desktop, .laptop, .workstation, .thinClient, .monitor, .tablet, .smartphone, .printer: true
        default: false
        }
    }

    /// Classes that form the infrastructure (servers, storage, network).
    public var isInfrastructure: Bool {
        switch self {
        case .server, .storage, .network, .firewall, .virtualMachine: true
        default: false
        }
    }
}

/// Where an asset is hosted.
public enum AssetHosting: String, Vocabulary {
    case onPremises = "on-premises"
    case dataCentre = "data-centre"
    case colocation
    case cloud

    public var synonyms: [String] {
        switch self {
        case .onPremises: ["onprem", "onpremise", "office", "commsroom", "serverroom", "desk", "local", "site"]
        case .dataCentre: ["datacenter", "dc", "owndatacentre", "councildatacentre"]
        case .colocation: ["colo", "colocated", "thirdpartydatacentre"]
        case .cloud: ["azure", "aws", "gcp", "publiccloud", "iaas"]
        }
    }
}

/// Where an asset stands in its life.
public enum AssetStatus: String, Vocabulary {
    case active
    case inStock = "in-stock"
    case inRepair = "in-repair"
    case retired
    case disposed
    case lost

    public var synonyms: [String] {
        switch self {
        case .active: ["inuse", "deployed", "live", "production", "allocated", "assigned", "ok"]
        case .inStock: ["stock", "spare", "instore", "unassigned", "pending", "readytodeploy"]
        case .inRepair: ["repair", "broken", "faulty", "rma"]
        case .retired: ["decommissioned", "archived", "endoflife", "eol", "withdrawn"]
        case .disposed: ["scrapped", "recycled", "sold", "weee"]
        case .lost: ["stolen", "missing"]
        }
    }

    /// Whether the asset is still part of the running estate.
    public var isInService: Bool { self == .active || self == .inStock || self == .inRepair }
}
