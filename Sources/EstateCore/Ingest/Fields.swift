/// The columns Estate understands in an inventory file, each with its canonical header
/// and the headers other tools and spreadsheets use for it.
///
/// Headers are compared folded (see ``HeaderKey/fold(_:)``): `Serial No.`, `serial_no` and
/// `SERIAL NO` are one header. A user mapping file adds headers for anything else.
public protocol InventoryField: CaseIterable, Sendable, Hashable, RawRepresentable<String> {
    /// Folded headers that mean this field, besides its raw value.
    var synonyms: [String] { get }
}

/// Columns of an asset register.
public enum AssetField: String, InventoryField {
    case id, hostname
    case assetClass = "class"
    case manufacturer, model, serial, site, department
    case purchaseDate = "purchase_date"
    case purchaseCost = "purchase_cost"
    case warrantyEnd = "warranty_end"
    case osName = "os_name"
    case osVersion = "os_version"
    case cpu, cores
    case memory = "memory"
    case storage = "storage"
    case tpm = "tpm"
    case lastSeen = "last_seen"
    case hosting
    case isVirtual = "virtual"
    case hostId = "host_id"
    case status

    public var synonyms: [String] {
        switch self {
        case .id: ["assettag", "assetid", "assetno", "assetnumber", "tag", "inventorynumber", "assetref", "ref"]
        case .hostname: ["name", "devicename", "computername", "host", "machinename", "servername", "fqdn", "dnsname"]
        case .assetClass: ["type", "assettype", "devicetype", "category", "assetclass", "kind", "formfactor"]
        case .manufacturer: ["make", "vendor", "brand", "oem"]
        case .model: ["modelname", "product", "productname", "modelnumber"]
        case .serial: ["serialno", "serialnumber", "sn", "servicetag", "serialnum"]
        case .site: ["location", "building", "office", "room"]
        case .department: ["dept", "directorate", "service", "businessunit", "costcentre", "team"]
        case .purchaseDate: ["purchased", "dateofpurchase", "acquired", "acquisitiondate", "orderdate", "installdate"]
        case .purchaseCost:
            ["cost", "price", "purchaseprice", "value", "purchasevalue", "costgbp", "cost£", "unitcost"]
        case .warrantyEnd:
            ["warrantyexpiry", "warrantyexpires", "warranty", "warrantyexpiration", "warrantyenddate", "warrantyuntil"]
        case .osName: ["operatingsystem", "os", "osname", "platform", "oscaption"]
        case .osVersion: ["osversion", "osbuild", "build", "version", "operatingsystemversion"]
        case .cpu: ["processor", "cpumodel", "processormodel"]
        case .cores: ["cpucores", "corecount", "numcpu", "vcpus", "vcpu", "cpus", "processorcores"]
        case .memory: ["ram", "memorytotal", "physicalmemory", "totalmemory", "memorysize"]
        case .storage: ["disk", "disksize", "hdd", "ssd", "totaldisk", "storagecapacity", "capacity", "provisioned"]
        case .tpm: ["tpmversion", "tpmspecversion"]
        case .lastSeen: ["lastcontact", "lastcheckin", "lastlogon", "lastsync", "lastseenon", "lastlogin", "lastscan"]
        case .hosting: ["hostingsetting", "hostedin", "datacentre", "locationtype"]
        case .isVirtual: ["isvirtual", "virtualmachine", "vm", "physicalorvirtual"]
        case .hostId: ["hostassetid", "vmhost", "hypervisorhost", "parenthost", "runson"]
        case .status: ["state", "assetstatus", "lifecyclestatus", "devicestatus"]
        }
    }
}

/// Columns of a systems (application) register.
public enum SystemField: String, InventoryField {
    case id, name, vendor, product, version, capability, department, users, hosting, client, customisation
    case criticality
    case dataClassification = "data_classification"
    case integrations
    case annualCost = "annual_cost"
    case contractEnd = "contract_end"
    case assetIds = "runs_on"
    case vendorOffersSaaS = "vendor_saas"

    public var synonyms: [String] {
        switch self {
        case .id: ["systemid", "appid", "applicationid", "ref"]
        case .name: ["systemname", "application", "applicationname", "system", "appname"]
        case .vendor: ["supplier", "provider", "manufacturer"]
        case .product: ["productname", "package"]
        case .version: ["release", "productversion"]
        case .capability: ["function", "businessfunction", "businesscapability", "category", "servicearea"]
        case .department: ["dept", "directorate", "owner", "businessowner", "service"]
        case .users: ["usercount", "numberofusers", "noofusers", "activeusers", "licences", "licenses"]
        case .hosting: ["hostingmodel", "deployment", "deploymentmodel"]
        case .client: ["clienttype", "accessmethod", "frontend", "access"]
        case .customisation: ["customization", "customisationlevel", "customizationlevel"]
        case .criticality: ["businesscriticality", "tier", "priority", "importance"]
        case .dataClassification: ["classification", "securityclassification", "dataclass", "protectivemarking"]
        case .integrations: ["interfaces", "integrateswith", "dependencies", "feeds"]
        case .annualCost:
            [
                "yearlycost", "annualcharge", "supportcost", "annualsupport", "costperyear", "annualcostgbp",
                "annualcost£",
            ]
        case .contractEnd: ["contractexpiry", "contractenddate", "renewaldate", "contractexpires", "renewal"]
        case .assetIds: ["servers", "runson", "hostedon", "assets", "serverids"]
        case .vendorOffersSaaS: ["saasavailable", "saasoffered", "vendorsaas", "saasoption", "cloudoption"]
        }
    }
}

/// Columns of a components (installed software) list.
public enum ComponentField: String, InventoryField {
    case subject
    case subjectId = "subject_id"
    /// Shorthand columns: a value here names the subject and its kind at once.
    case assetId = "asset_id"
    case systemId = "system_id"
    case kind, product, version

    public var synonyms: [String] {
        switch self {
        case .subject: ["subjecttype", "belongsto", "ontype"]
        case .subjectId: ["parentid", "ownerid"]
        case .assetId:
            ["assettag", "hostid", "installedon", "device", "deviceid", "hostname", "computername", "server"]
        case .systemId: ["appid", "applicationid", "systemref"]
        case .kind: ["componenttype", "type", "category"]
        case .product: ["software", "softwarename", "displayname", "productname", "package", "name", "title"]
        case .version: ["displayversion", "productversion", "ver", "release"]
        }
    }
}
