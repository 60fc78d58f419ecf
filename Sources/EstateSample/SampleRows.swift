import EstateCore

/// How each file of the sample writes its records: the headers and cell formats of the tools a council
/// exports from. The asset register is a spreadsheet export (UK dates, `£1,234.50`, words a person picks
/// from a list); the CMDB export uses ISO dates, plain numbers and timestamps; the application register
/// is kept by hand; the software inventory comes from a script.
///
/// Every header folds to one of Estate's field names or synonyms, with a unit where the numbers need one
/// (`RAM (GB)`), and every vocabulary word parses.
enum SampleRows {
    static let deviceHeader = [
        "Asset Tag", "Hostname", "Type", "Manufacturer", "Model", "Serial No.", "Location", "Department",
        "Purchase Date", "Cost (£)", "Warranty Expiry", "Operating System", "OS Version", "Processor", "Cores",
        "RAM (GB)", "Storage (GB)", "TPM", "Last Seen", "Status",
    ]

    static func device(_ asset: Asset) -> [String] {
        [
            asset.id, asset.hostname ?? "", deviceType(asset), asset.manufacturer ?? "", asset.model ?? "",
            asset.serial ?? "", asset.site ?? "", asset.department ?? "", uk(asset.purchaseDate),
            asset.purchaseCost?.description ?? "", uk(asset.warrantyEnd), asset.osName ?? "", asset.osVersion ?? "",
            asset.cpu ?? "", asset.cores.map(String.init) ?? "", gibibytes(asset.memoryBytes),
            gigabytes(asset.storageBytes), asset.tpmVersion ?? "", uk(asset.lastSeen), deviceStatus(asset.status),
        ]
    }

    static let serverHeader = [
        "Asset ID", "Server Name", "Class", "Make", "Model", "Serial Number", "Site", "Service", "Purchased",
        "Purchase Price", "Warranty End", "OS", "OS Build", "CPU", "vCPUs", "Memory (GB)", "Disk (GB)", "Hosted In",
        "Virtual", "VM Host", "State", "Last Scan",
    ]

    static func server(_ asset: Asset) -> [String] {
        [
            asset.id, asset.hostname ?? "", serverClass(asset), asset.manufacturer ?? "", asset.model ?? "",
            asset.serial ?? "", asset.site ?? "", asset.department ?? "", asset.purchaseDate?.description ?? "",
            asset.purchaseCost?.plain ?? "", asset.warrantyEnd?.description ?? "", asset.osName ?? "",
            asset.osVersion ?? "", asset.cpu ?? "", asset.cores.map(String.init) ?? "", gibibytes(asset.memoryBytes),
            gigabytes(asset.storageBytes), hostedIn(asset), asset.isVirtual.map { $0 ? "Yes" : "No" } ?? "",
            asset.hostId ?? "", asset.status == .retired ? "Decommissioned" : "Live",
            timestamp(asset.lastSeen, id: asset.id),
        ]
    }

    static let systemHeader = [
        "System ID", "System Name", "Vendor", "Product", "Version", "Capability", "Department", "Users", "Hosting",
        "Client", "Customisation", "Criticality", "Data Classification", "Integrations", "Annual Cost",
        "Contract End", "Runs On", "Vendor SaaS",
    ]

    static func system(_ system: System) -> [String] {
        [
            system.id, system.name, system.vendor ?? "", system.product ?? "", system.version ?? "",
            system.capability.map { SystemRegister.labels[$0] ?? $0 } ?? "", system.department ?? "",
            system.users.map(String.init) ?? "", system.hosting.map(hostingLabel) ?? "",
            system.client.map(clientLabel) ?? "", system.customisation.map { titled($0.rawValue) } ?? "",
            system.criticality.map { titled($0.rawValue) } ?? "",
            system.dataClassification.map { $0.rawValue.uppercased() } ?? "",
            system.integrations.joined(separator: "; "), system.annualCost.map(annualCost) ?? "",
            uk(system.contractEnd), system.assetIds.joined(separator: ";"),
            system.vendorOffersSaaS.map { $0 ? "Yes" : "No" } ?? "",
        ]
    }

    static let componentHeader = ["Asset ID", "System ID", "Type", "Product", "Version"]

    static func component(_ component: Component) -> [String] {
        [
            component.subject == .asset ? component.subjectId : "",
            component.subject == .system ? component.subjectId : "",
            componentType(component), component.product, component.version ?? "",
        ]
    }

    // MARK: Words

    /// The register's word for a device's type; a few rows use the other words people pick.
    static func deviceType(_ asset: Asset) -> String {
        let model = asset.model ?? ""
        let variant = hash(asset.id) % 100
        switch asset.assetClass {
        case .desktop:
            if model.contains("All-in-One") { return "All-in-One" }
            return variant < 8 ? "Desktop PC" : variant < 12 ? "SFF" : "Desktop"
        case .laptop: return variant < 7 ? "Notebook" : "Laptop"
        case .workstation: return "Workstation"
        case .thinClient: return "Thin Client"
        case .monitor: return "Monitor"
        case .smartphone: return variant < 30 ? "Smartphone" : "Mobile Phone"
        case .tablet: return "Tablet"
        case .printer: return model.contains("LaserJet") ? "Printer" : "MFD"
        default: return asset.assetClass.rawValue
        }
    }

    static func deviceStatus(_ status: AssetStatus?) -> String {
        switch status {
        case .active: "In Use"
        case .inStock: "In Stock"
        case .inRepair: "In Repair"
        case .retired: "Retired"
        case .disposed: "Disposed"
        case .lost: "Lost"
        case nil: ""
        }
    }

    static func serverClass(_ asset: Asset) -> String {
        let model = asset.model ?? ""
        switch asset.assetClass {
        case .server:
            if asset.osName?.contains("ESXi") == true { return "ESXi Host" }
            if asset.hostname?.contains("HV") == true { return "Hypervisor" }
            return "Server"
        case .virtualMachine: return "Virtual Machine"
        case .network: return model.contains("BIG-IP") ? "Load Balancer" : "Switch"
        case .firewall: return "Firewall"
        case .storage: return model.contains("Tape") ? "Tape Library" : "SAN"
        default: return asset.assetClass.rawValue
        }
    }

    static func hostedIn(_ asset: Asset) -> String {
        switch asset.hosting {
        case .dataCentre: "Data Centre"
        case .onPremises: "Comms Room"
        case .colocation: "Colocation"
        case .cloud: asset.site?.hasPrefix("AWS") == true ? "AWS" : "Azure"
        case nil: ""
        }
    }

    static func hostingLabel(_ hosting: SystemHosting) -> String {
        switch hosting {
        case .onPremises: "On-Premises"
        case .hosted: "Hosted"
        case .iaas: "IaaS"
        case .paas: "PaaS"
        case .saas: "SaaS"
        }
    }

    static func clientLabel(_ client: ClientType) -> String {
        switch client {
        case .browser: "Browser"
        case .thick: "Thick Client"
        case .virtualDesktop: "Citrix"
        case .mobile: "Mobile App"
        }
    }

    static func componentType(_ component: Component) -> String {
        switch component.kind {
        case .operatingSystem: return "OS"
        case .database: return "Database"
        case .middleware:
            let product = component.product
            let isWebServer = ["Internet Information Services", "httpd", "apache2", "nginx"].contains {
                product.hasPrefix($0)
            }
            return isWebServer ? "Web Server" : "Middleware"
        case .runtime: return component.product.contains(".NET") ? "Framework" : "Runtime"
        case .office: return "Office Suite"
        case .browser: return "Browser"
        case .application: return "Application"
        case .firmware: return "Firmware"
        case .other: return "Other"
        }
    }

    /// `customised` → `Customised`.
    static func titled(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    // MARK: Numbers and dates

    /// `£310,000` for whole pounds, `£1,234.50` otherwise.
    static func annualCost(_ money: Money) -> String {
        money.pence % 100 == 0 ? money.wholePounds : money.description
    }

    /// `dd/mm/yyyy`, or empty.
    static func uk(_ date: LocalDate?) -> String {
        guard let date else { return "" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// A discovery timestamp on `date` (ISO 8601, UTC) in the overnight scan window, its time fixed by the asset's id.
    static func timestamp(_ date: LocalDate?, id: String) -> String {
        guard let date else { return "" }
        let seconds = Int(hash(id) % (6 * 3_600))
        return "\(date.description)T\(two(seconds / 3_600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    static func gibibytes(_ bytes: Int64?) -> String { bytes.map { String($0 >> 30) } ?? "" }
    static func gigabytes(_ bytes: Int64?) -> String { bytes.map { String($0 / 1_000_000_000) } ?? "" }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// FNV-1a: a fixed, platform-independent hash of an id, for choices the writer makes per row.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
